import type { Fingerprint } from '@newsflow/contracts';

export const SHINGLE = 3;
export const BANDS = 4;

/** Two independent 32-bit FNV-1a style hashes of a string (one 64-bit hash). */
function hash64(s: string): [number, number] {
  let h1 = 0x811c9dc5;
  let h2 = 0x01000193 ^ 0x9e3779b9;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193);
    h2 = Math.imul(h2 ^ c, 0x5bd1e995);
    h2 ^= h2 >>> 13;
  }
  h1 ^= h1 >>> 16;
  h1 = Math.imul(h1, 0x85ebca6b);
  h1 ^= h1 >>> 13;
  h2 = Math.imul(h2, 0xc2b2ae35);
  h2 ^= h2 >>> 16;
  return [h1 >>> 0, h2 >>> 0];
}

const WORD_RE = /[\p{L}\p{N}]+/gu;

/**
 * The lower-case words of a text whose letters and digits are all ASCII (other characters only separate words),
 * without lower-casing the whole text first; undefined when a letter or digit is not ASCII ("São"), for the
 * general path. The same words as `text.toLowerCase().match(WORD_RE)`.
 */
function asciiWords(text: string): string[] | undefined {
  const words: string[] = [];
  let start = -1;
  let lowered = false;
  const flush = (end: number): void => {
    if (start < 0) return;
    const w = text.slice(start, end);
    words.push(lowered ? w.toLowerCase() : w);
    start = -1;
    lowered = false;
  };
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const lower = c >= 97 && c <= 122;
    const upper = c >= 65 && c <= 90;
    if (lower || upper || (c >= 48 && c <= 57)) {
      if (start < 0) start = i;
      if (upper) lowered = true;
    } else {
      if (c >= 128 && NON_ASCII_WORD.test(text.charAt(i))) return undefined;
      flush(i);
    }
  }
  flush(text.length);
  return words;
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
  const words = asciiWords(body) ?? body.toLowerCase().match(WORD_RE) ?? [];
  const v = new Int32Array(64);
  const n = words.length < SHINGLE ? (words.length > 0 ? 1 : 0) : words.length - SHINGLE + 1;
  // Hash each word once; a shingle's hash mixes the hashes of its words in order.
  const wh1 = new Uint32Array(words.length);
  const wh2 = new Uint32Array(words.length);
  words.forEach((w, i) => {
    const [a, b] = hash64(w);
    wh1[i] = a;
    wh2[i] = b;
  });
  for (let i = 0; i < n; i++) {
    let hi = 0x9e3779b9;
    let lo = 0x85ebca6b;
    for (let k = i; k < Math.min(words.length, i + SHINGLE); k++) {
      hi = Math.imul(hi ^ (wh1[k] as number), 0x01000193);
      hi ^= hi >>> 15;
      lo = Math.imul(lo ^ (wh2[k] as number), 0xc2b2ae35);
      lo ^= lo >>> 13;
    }
    hi = Math.imul(hi ^ (hi >>> 16), 0x85ebca6b) >>> 0;
    lo = Math.imul(lo ^ (lo >>> 16), 0x27d4eb2f) >>> 0;
    // +weight for a set bit, -weight for a clear one, without branches (the bits are random).
    const weight = i < LEAD_WORDS ? LEAD_WEIGHT : 1;
    for (let b = 0; b < 32; b++) {
      v[b] = (v[b] as number) + weight * ((((hi >>> (31 - b)) & 1) << 1) - 1);
      v[32 + b] = (v[32 + b] as number) + weight * ((((lo >>> (31 - b)) & 1) << 1) - 1);
    }
  }
  let hex = '';
  for (let nib = 0; nib < 16; nib++) {
    let x = 0;
    for (let b = 0; b < 4; b++) x = (x << 1) | ((v[nib * 4 + b] as number) > 0 ? 1 : 0);
    hex += x.toString(16);
  }
  const width = 16 / BANDS;
  const bands = Array.from({ length: BANDS }, (_, i) => `${i}:${hex.slice(i * width, (i + 1) * width)}`);
  return { simhash: hex, bands };
}
