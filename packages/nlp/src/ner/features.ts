import type { Gazetteer } from './gazetteer.js';
import { isMonth, isOrgHead, isPersonTitle, isWeekday } from './gazetteer.js';
import { plainQuotes } from '../text/plain-quotes.js';

/** A token as the tagger sees it. */
export interface TagToken {
  text: string;
  sentenceStart: boolean;
}

/** The tokens with plainQuotes texts (the same array when none has a typographic quote). */
function plainTokens(tokens: readonly TagToken[]): readonly TagToken[] {
  let out: TagToken[] | undefined;
  tokens.forEach((t, i) => {
    const text = plainQuotes(t.text);
    if (text === t.text && !out) return;
    out ??= tokens.slice(0, i).map((x) => ({ text: x.text, sentenceStart: x.sentenceStart }));
    out.push({ text, sentenceStart: t.sentenceStart });
  });
  return out ?? tokens;
}

/** Word shape with runs collapsed: "Putin" → "Xx", "U.S." → "X.X.", "2024" → "d", "high-stakes" → "x-x". */
export function shape(word: string): string {
  let out = '';
  let last = '';
  for (const ch of word) {
    let c: string;
    if (ch >= '0' && ch <= '9') c = 'd';
    else if (ch !== ch.toLowerCase()) c = 'X';
    else if (ch !== ch.toUpperCase()) c = 'x';
    else c = ch;
    if (c !== last) out += c;
    last = c;
    if (out.length > 8) break;
  }
  return out;
}

export function isCapitalized(word: string): boolean {
  const code = word.charCodeAt(0);
  // ASCII without allocating; other scripts by their case mapping.
  if (code < 128) return code >= 65 && code <= 90;
  const c = word.charAt(0);
  return c !== c.toLowerCase();
}

/** "NATO", "LENDER": two or more letters, all capitals. */
export const isAllCapitals = (word: string): boolean =>
  word.length > 1 && word === word.toUpperCase() && word !== word.toLowerCase();

/**
 * Receives a word's feature as its kind and value: ("w", "putin") is the feature "w=putin"; a flag such as "b" or
 * "g:fn" has the value "" (the others' values, a word or part of one, are never empty). Training names the features;
 * the tagger looks their weights up by kind, then value, without building the names.
 */
export type FeatureSink = (kind: string, value: string) => void;

/** The name a feature has in the model. */
export const featureName = (kind: string, value: string): string =>
  value === '' ? kind : kind + '=' + value;

/** A feature name's kind and value: the kind ends at the first "=", a flag has the value "". */
export function splitFeature(name: string): [kind: string, value: string] {
  const eq = name.indexOf('=');
  return eq < 0 ? [name, ''] : [name.slice(0, eq), name.slice(eq + 1)];
}

/** Features of a word alone, cacheable per word type. */
export function staticFeatures(word: string, gaz: Gazetteer): string[] {
  const f: string[] = [];
  emitStaticFeatures(word, gaz, (kind, value) => f.push(featureName(kind, value)));
  return f;
}

/** `lower`, `sh` and `cluster` are the word's lower case, shape and class, for a caller that has them already. */
export function emitStaticFeatures(
  word: string,
  gaz: Gazetteer,
  emit: FeatureSink,
  lower = word.toLowerCase(),
  sh = shape(word),
  cluster = gaz.clusters.get(lower),
): void {
  emit('b', '');
  emit('w', lower);
  emit('sh', sh);
  emit('p3', lower.slice(0, 3));
  emit('s2', lower.slice(-2));
  emit('s3', lower.slice(-3));
  emit('s4', lower.slice(-4));
  if (word.length === 1) emit('len1', '');
  if (cluster !== undefined) emit('cl', String(cluster));
  if (gaz.firstNames.has(word)) emit('g:fn', '');
  if (gaz.personNames.has(word)) emit('g:pn', '');
  const hyphen = word.indexOf('-');
  if (hyphen > 0) {
    const head = word.slice(0, hyphen);
    const tail = word.slice(hyphen + 1);
    if (gaz.firstNames.has(head) || gaz.firstNames.has(tail)) emit('g:fnh', '');
    if (gaz.personNames.has(head) && gaz.personNames.has(tail)) emit('g:pnh', '');
    if (gaz.singleKinds(head)?.has('COUNTRY')) emit('g:ctryh', '');
  }
  if (gaz.demonyms.has(word)) emit('g:dem', '');
  const kinds = gaz.singleKinds(word);
  if (kinds) for (const k of kinds) emit('g1:' + k, '');
  if (isPersonTitle(lower)) emit('g:ttl', '');
  if (isOrgHead(lower)) emit('g:orgh', '');
  if (isMonth(lower)) emit('g:mon', '');
  if (isWeekday(lower)) emit('g:day', '');
  if (gaz.lowerWords.has(lower)) emit('g:lw', '');
  if (isAllCapitals(word)) emit('allcaps', '');
}

/** Document-level facts about each lower-cased word: seen capitalised mid-sentence, seen in lower case. */
export interface DocCase {
  capMid: Set<string>;
  lower: Set<string>;
}

export function docCase(tokens: readonly TagToken[]): DocCase {
  const capMid = new Set<string>();
  const lower = new Set<string>();
  for (const t of tokens) {
    const l = t.text.toLowerCase();
    if (t.text === l) lower.add(l);
    else if (!t.sentenceStart && isCapitalized(t.text)) capMid.add(l);
  }
  return { capMid, lower };
}

export interface ContextInput {
  tokens: readonly TagToken[];
  lowers: readonly string[];
  shapes: readonly string[];
  /** Gazetteer phrase label per token: "COUNTRY-B", "ORG-I" … or "". */
  gaz: readonly string[];
  doc: DocCase;
}

const BOS = '<s>';
const EOS = '</s>';

/** Features that depend on the neighbours of token i and on the two previous tags. */
export function contextFeatures(
  input: ContextInput,
  i: number,
  prev: string,
  prev2: string,
  gazRef: Gazetteer,
  history = '',
): string[] {
  const { tokens, lowers, shapes, gaz, doc } = input;
  const t = tokens[i] as TagToken;
  const lower = lowers[i] as string;
  const sh = shapes[i] as string;
  const startHere = t.sentenceStart;
  const nextStarts = i + 1 >= tokens.length || (tokens[i + 1] as TagToken).sentenceStart;
  const w1 = startHere ? BOS : (lowers[i - 1] ?? BOS);
  const w2 = startHere || (tokens[i - 1] as TagToken).sentenceStart ? BOS : (lowers[i - 2] ?? BOS);
  const n1 = nextStarts ? EOS : (lowers[i + 1] ?? EOS);
  const n2 =
    nextStarts || i + 2 >= tokens.length || (tokens[i + 2] as TagToken).sentenceStart
      ? EOS
      : (lowers[i + 2] ?? EOS);
  const s1 = startHere ? BOS : (shapes[i - 1] ?? BOS);
  const sn1 = nextStarts ? EOS : (shapes[i + 1] ?? EOS);
  const f = [
    'w-1=' + w1,
    'w+1=' + n1,
    'w-2=' + w2,
    'w+2=' + n2,
    'sh-1|sh=' + s1 + '|' + sh,
    'sh|sh+1=' + sh + '|' + sn1,
    'w-1|w=' + w1 + '|' + lower,
    'w|w+1=' + lower + '|' + n1,
    'pt=' + prev,
    'pt2=' + prev2 + '|' + prev,
    'pt|sh=' + prev + '|' + sh,
    'pt|w=' + prev + '|' + lower,
  ];
  // The classes of the words around: a rare neighbour still tells what it is like ("in Lusaka", "Gazprom said").
  const c1 = startHere ? undefined : gazRef.clusters.get(w1);
  if (c1 !== undefined) f.push('cl-1=' + String(c1));
  const cn1 = nextStarts ? undefined : gazRef.clusters.get(n1);
  if (cn1 !== undefined) f.push('cl+1=' + String(cn1));
  if (startHere) f.push('ss|sh=' + sh);
  if (isPersonTitle(w1)) f.push('ttl-1');
  if (i > 0 && !startHere) {
    const p = tokens[i - 1] as TagToken;
    if (gazRef.firstNames.has(p.text)) f.push('fn-1');
  }
  if (!nextStarts && i + 1 < tokens.length) {
    const nx = (tokens[i + 1] as TagToken).text;
    if (isCapitalized(nx) && gazRef.personNames.has(nx)) f.push('pn+1');
    if (isCapitalized(nx) && isOrgHead(n1)) f.push('orgh+1');
  }
  const g = gaz[i] as string;
  if (g !== '') f.push('gz=' + g);
  if (isCapitalized(t.text)) {
    const cm = doc.capMid.has(lower);
    const lw = doc.lower.has(lower);
    f.push('dc=' + (cm ? 'C' : '') + (lw ? 'L' : '') + (startHere ? 'S' : ''));
    if (history !== '') f.push('hist=' + history);
  }
  return f;
}

/**
 * What the tagger last read a capitalised word as, earlier in the same document ("PER", "ORG", "LOC" or "O"):
 * a name keeps its type through a story. Kept by `rememberLabel` as tagging goes left to right.
 */
export function historyOf(history: ReadonlyMap<string, string>, token: TagToken, lower: string): string {
  return isCapitalized(token.text) ? (history.get(lower) ?? '') : '';
}

export function rememberLabel(
  history: Map<string, string>,
  token: TagToken,
  lower: string,
  label: string,
): void {
  if (isCapitalized(token.text) && !token.sentenceStart)
    history.set(lower, label === 'O' ? 'O' : label.slice(2));
}

/** Everything contextFeatures needs about a token sequence, whose texts it reads with plain quotes. */
export function prepare(written: readonly TagToken[], gazRef: Gazetteer): ContextInput {
  const tokens = plainTokens(written);
  const lowers = tokens.map((t) => t.text.toLowerCase());
  const shapes = tokens.map((t) => shape(t.text));
  const gaz: string[] = new Array<string>(tokens.length).fill('');
  for (const m of gazRef.matchPhrases(tokens.map((t) => t.text))) {
    for (let k = m.start; k < m.end; k++) gaz[k] = m.kind + (k === m.start ? '-B' : '-I');
  }
  return { tokens, lowers, shapes, gaz, doc: docCase(tokens) };
}
