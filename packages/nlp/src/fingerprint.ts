import type { Fingerprint } from '@newsflow/contracts';

export const SHINGLE = 3;
export const BANDS = 4;

/**
 * A word's hash: two independent 32-bit FNV-1a style hashes (one 64-bit hash), fed one UTF-16 code unit at a time
 * from their seeds and finished apart. Pure functions of numbers, so that the state stays in local variables.
 */
const SEED1 = 0x811c9dc5;
const SEED2 = 0x01000193 ^ 0x9e3779b9;
const add1 = (h1: number, c: number): number => Math.imul(h1 ^ c, 0x01000193);
const add2 = (h2: number, c: number): number => {
  const h = Math.imul(h2 ^ c, 0x5bd1e995);
  return h ^ (h >>> 13);
};
const end1 = (h1: number): number => {
  let h = h1 ^ (h1 >>> 16);
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  return h >>> 0;
};
const end2 = (h2: number): number => {
  let h = Math.imul(h2, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
};

const WORD_RE = /[\p{L}\p{N}]+/gu;

/**
 * The hashes of the words of `text.toLowerCase().match(WORD_RE)`, in text order, chunk by chunk of text between white
 * space. A chunk whose letters and digits are all ASCII (most) is read from its characters in one pass, without a
 * string per word; one that turns out to hold another letter or digit has its hashes dropped and is lower-cased and
 * matched alone, which gives the same words: lower-casing looks at no character but the one it maps, except for a
 * final sigma, which looks no further than white space.
 */
function wordHashes(text: string): { h1s: number[]; h2s: number[] } {
  const h1s: number[] = [];
  const h2s: number[] = [];
  let h1 = 0;
  let h2 = 0;
  let chunkStart = 0;
  let chunkHashes = 0;
  let inWord = false;
  // One step past the end, read as white space, ends the last word.
  for (let i = 0; i <= text.length; i++) {
    const c = i < text.length ? text.charCodeAt(i) : 32;
    const code = c < 128 ? (ASCII_CODES[c] as number) : 0;
    if (code === WHITE_SPACE) {
      if (inWord) {
        h1s.push(end1(h1));
        h2s.push(end2(h2));
      }
      inWord = false;
      chunkStart = i + 1;
      chunkHashes = h1s.length;
      continue;
    }
    if (c >= 128 && NON_ASCII_WORD.test(text.charAt(i))) {
      let end = i;
      while (end < text.length && !isWhiteSpace(text.charCodeAt(end))) end++;
      h1s.length = chunkHashes;
      h2s.length = chunkHashes;
      for (const word of text.slice(chunkStart, end).toLowerCase().match(WORD_RE) ?? []) {
        let w1 = SEED1;
        let w2 = SEED2;
        for (let k = 0; k < word.length; k++) {
          w1 = add1(w1, word.charCodeAt(k));
          w2 = add2(w2, word.charCodeAt(k));
        }
        h1s.push(end1(w1));
        h2s.push(end2(w2));
      }
      inWord = false;
      // The white space at `end` (or the end of the text) comes next.
      i = end - 1;
      continue;
    }
    const wordChar = code > 0;
    if (wordChar && !inWord) {
      h1 = SEED1;
      h2 = SEED2;
    } else if (!wordChar && inWord) {
      h1s.push(end1(h1));
      h2s.push(end2(h2));
    }
    if (wordChar) {
      h1 = add1(h1, code);
      h2 = add2(h2, code);
    }
    inWord = wordChar;
  }
  return { h1s, h2s };
}

/** Space, tab, line feed, carriage return: neither cased nor case-ignorable, so a final sigma's context ends there. */
const isWhiteSpace = (c: number): boolean => c === 32 || c === 10 || c === 9 || c === 13;

/**
 * Per ASCII character, what a word hashes for it (a letter in lower case, a digit), WHITE_SPACE (isWhiteSpace), or 0
 * for another: one look-up per character.
 */
const WHITE_SPACE = -1;
const ASCII_CODES = new Int8Array(128);
for (let c = 0; c < 128; c++) {
  if (isWhiteSpace(c)) ASCII_CODES[c] = WHITE_SPACE;
  else if (c >= 65 && c <= 90) ASCII_CODES[c] = c + 32;
  else if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57)) ASCII_CODES[c] = c;
}

/** A character that a word can hold, or that lower-cases into one (surrogate halves checked as a pair). */
const NON_ASCII_WORD = /[\p{L}\p{N}\p{M}\uD800-\uDFFF\u0130\u212A]/u;

/**
 * Outlets republishing a wire story cut it from the bottom (news is written lead first), so the shingles of the
 * first LEAD_WORDS words weigh LEAD_WEIGHT times the rest: a copy cut by a fifth stays a near-duplicate
 * (`npm run eval` measures the copies; 96 % of our news articles cut so are within NEAR_DUPLICATE_BITS, 70 % with
 * equal weights), and different articles stay as far apart.
 */
const LEAD_WORDS = 150;
const LEAD_WEIGHT = 4;

/**
 * 64-bit simhash of a body over word 3-shingles (lower case, punctuation ignored, the lead weighing more), and 4
 * bands of 16 bits ("0:abcd" … "3:ef01"): documents whose simhashes differ in at most 3 bits share at least one
 * band.
 */
export function fingerprint(body: string): Fingerprint {
  // Hash each word once; a shingle's hash mixes the hashes of its words in order.
  const { h1s, h2s } = wordHashes(body);
  const hex = hexOf(shingleVotes(h1s, h2s));
  const width = 16 / BANDS;
  const bands = Array.from({ length: BANDS }, (_, i) => `${i}:${hex.slice(i * width, (i + 1) * width)}`);
  return { simhash: hex, bands };
}

/**
 * Per bit of the simhash, the weighted votes of the shingles: +weight where a shingle's hash has the bit set, -weight
 * where not. Counted as set bits per position (BitCounts), the lead's apart, instead of 64 additions per shingle.
 */
function shingleVotes(wh1: readonly number[], wh2: readonly number[]): Int32Array {
  const words = wh1.length;
  const n = words < SHINGLE ? (words > 0 ? 1 : 0) : words - SHINGLE + 1;
  const leadHi = new BitCounts();
  const leadLo = new BitCounts();
  const restHi = new BitCounts();
  const restLo = new BitCounts();
  for (let i = 0; i < n; i++) {
    let hi = 0x9e3779b9;
    let lo = 0x85ebca6b;
    for (let k = i; k < Math.min(words, i + SHINGLE); k++) {
      hi = Math.imul(hi ^ (wh1[k] as number), 0x01000193);
      hi ^= hi >>> 15;
      lo = Math.imul(lo ^ (wh2[k] as number), 0xc2b2ae35);
      lo ^= lo >>> 13;
    }
    hi = Math.imul(hi ^ (hi >>> 16), 0x85ebca6b);
    lo = Math.imul(lo ^ (lo >>> 16), 0x27d4eb2f);
    if (i < LEAD_WORDS) {
      leadHi.add(hi);
      leadLo.add(lo);
    } else {
      restHi.add(hi);
      restLo.add(lo);
    }
  }
  const leadShingles = Math.min(n, LEAD_WORDS);
  const restShingles = n - leadShingles;
  // Bit b of the simhash is bit 31 - b of the high word, bit 32 + b that of the low word.
  const v = new Int32Array(64);
  for (let b = 0; b < 32; b++) {
    v[b] = LEAD_WEIGHT * (2 * leadHi.count(31 - b) - leadShingles) + 2 * restHi.count(31 - b) - restShingles;
    v[32 + b] =
      LEAD_WEIGHT * (2 * leadLo.count(31 - b) - leadShingles) + 2 * restLo.count(31 - b) - restShingles;
  }
  return v;
}

/**
 * How many of the 32-bit words added have each bit set, kept as bit planes (plane j holds bit j of the count of
 * every position): adding a word ripples a carry through a plane or two on average, not 32 counters.
 */
class BitCounts {
  private readonly planes = new Int32Array(32);

  add(word: number): void {
    for (let j = 0, carry = word; carry !== 0; j++) {
      const plane = this.planes[j] as number;
      this.planes[j] = plane ^ carry;
      carry = plane & carry;
    }
  }

  /** The count of the words with bit `bit` set. */
  count(bit: number): number {
    let c = 0;
    for (let j = 31; j >= 0; j--) c = c * 2 + (((this.planes[j] as number) >>> bit) & 1);
    return c;
  }
}

/** The simhash in hex: a bit is set where its votes are positive. */
function hexOf(v: Int32Array): string {
  let hex = '';
  for (let nib = 0; nib < 16; nib++) {
    let x = 0;
    for (let b = 0; b < 4; b++) x = (x << 1) | ((v[nib * 4 + b] as number) > 0 ? 1 : 0);
    hex += x.toString(16);
  }
  return hex;
}
