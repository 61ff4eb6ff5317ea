import type { EntityType } from '@newsflow/contracts';

/** A labelled span over token indices [start, end). */
export interface TokenSpan {
  start: number;
  end: number;
  type: EntityType;
}

export interface ConllDocument {
  /** File name, with "#n" for the n-th -DOCSTART- document in it. */
  name: string;
  tokens: string[];
  /** True where a token starts a sentence (after a blank line). */
  sentenceStarts: boolean[];
  spans: TokenSpan[];
}

const TAG_RE = /^(?:O|[BIESLU][-_][A-Za-z][\w.-]*)$/i;

/**
 * Maps a data set's type name to ours; undefined for types we do not tag (MISC, DATE, NORP…). Besides CoNLL's, the
 * names of OntoNotes (GPE; FAC: airports, stadiums, bridges, which CoNLL-2003 and we call locations), GMB ("geo")
 * and WNUT ("geo-loc", "corporation", "company").
 */
export function mapType(name: string): EntityType | undefined {
  switch (name.toLowerCase()) {
    case 'per':
    case 'person':
    case 'pers':
      return 'PERSON';
    case 'org':
    case 'organisation':
    case 'organization':
    case 'corporation':
    case 'company':
      return 'ORG';
    case 'loc':
    case 'location':
    case 'gpe':
    case 'geo':
    case 'geo-loc':
    case 'fac':
    case 'facility':
      return 'LOCATION';
    default:
      return undefined;
  }
}

interface Line {
  token: string;
  tag: string;
  /** Whether the line really ended with a tag (else it was read as O). */
  tagged: boolean;
}

/** Splits a line into columns; undefined for a comment line. */
function parseLine(raw: string): Line | undefined | 'docstart' {
  const cols = raw.trim().split(/\s+/);
  const first = cols[0] as string;
  if (first === '-DOCSTART-') return 'docstart';
  const last = cols[cols.length - 1] as string;
  if (cols.length >= 2 && TAG_RE.test(last)) return { token: first, tag: last, tagged: true };
  if (first.startsWith('#')) return undefined; // a comment such as "# sent_id = 3"
  return { token: first, tag: 'O', tagged: false };
}

/**
 * Reads CoNLL column text: token in the first column, tag in the last, blank lines between sentences,
 * -DOCSTART- lines between documents. IOB1, BIO and IOBES are all read: an I- after O or after another type
 * starts a span. Returns [] when the text does not look like CoNLL (fewer than half of its lines end with a tag).
 */
export function parseConll(content: string, name: string): ConllDocument[] {
  const text = content.charCodeAt(0) === 0xfeff ? content.slice(1) : content;
  const docs: ConllDocument[] = [];
  let tokens: string[] = [];
  let tags: string[] = [];
  let starts: boolean[] = [];
  let newSentence = true;
  let tagged = 0;
  let lines = 0;
  const flush = (): void => {
    if (tokens.length > 0) {
      docs.push({
        name: `${name}#${docs.length + 1}`,
        tokens,
        sentenceStarts: starts,
        spans: decodeSpans(tags),
      });
    }
    tokens = [];
    tags = [];
    starts = [];
    newSentence = true;
  };
  for (const raw of text.split(/\r?\n|\r/)) {
    if (raw.trim() === '') {
      newSentence = true;
      continue;
    }
    const line = parseLine(raw);
    if (line === undefined) continue;
    if (line === 'docstart') {
      flush();
      continue;
    }
    lines++;
    if (line.tagged) tagged++;
    tokens.push(line.token);
    tags.push(line.tag);
    starts.push(newSentence);
    newSentence = false;
  }
  flush();
  if (lines === 0 || tagged / lines < 0.5) return [];
  if (docs.length === 1 && docs[0]) docs[0].name = name;
  return docs;
}

/** Spans from a tag sequence in IOB1, BIO or IOBES (also with "_" separators and L-/U- for BILOU). */
export function decodeSpans(tags: readonly string[]): TokenSpan[] {
  const spans: TokenSpan[] = [];
  let open: { start: number; typeName: string } | undefined;
  const close = (end: number): void => {
    if (open) {
      const type = mapType(open.typeName);
      if (type) spans.push({ start: open.start, end, type });
    }
    open = undefined;
  };
  tags.forEach((tag, i) => {
    if (tag === 'O' || tag === 'o' || tag.length < 3) {
      close(i);
      return;
    }
    const prefix = tag.charAt(0).toUpperCase();
    const typeName = tag.slice(2);
    if (prefix === 'B' || prefix === 'S' || prefix === 'U' || !open || open.typeName !== typeName) {
      close(i);
      open = { start: i, typeName };
    }
    if (prefix === 'E' || prefix === 'S' || prefix === 'L' || prefix === 'U') close(i + 1);
  });
  close(tags.length);
  return spans;
}

const SIGIL = /^[@#]$/;
/** Tokens written against the word before them ("Trump 's", "do n't", "said ,"), as articles write them. */
const CLOSES = /^(?:[,.;:!?)\]}%…]+|['’](?:s|S|re|ve|ll|d|m)?|n't|n’t)$/;
/** Tokens written against the word after them. */
const OPENS = /^[([{$£€¥]$/;

/** Whether an article writes no space before token i ("Trump 's" is "Trump's"); `inQuote` says a '"' is open. */
function writtenTogether(tokens: readonly string[], i: number, inQuote: boolean): boolean {
  const token = tokens[i] as string;
  const previous = tokens[i - 1] as string;
  if (CLOSES.test(token) || OPENS.test(previous) || SIGIL.test(previous)) return true;
  // A straight double quote opens and closes in turn: it leans on the quoted words.
  return (token === '"' && inQuote) || (previous === '"' && inQuote);
}

/**
 * The text of a document as our extractor sees it: tokens joined by spaces, a line break between sentences.
 * With `joinSigils`, a lone "@" or "#" the data set's tokenizer split off is joined to the handle or hashtag after
 * it ("@ BBCNews" is "@BBCNews"), as it was written; the evaluation does, training keeps the data set's tokens
 * (trained on joined text, the model scored lower on wikigold and news held out, and the same in cross-validation).
 * With `asWritten`, every token an article writes against its neighbour is joined to it ("Trump's", "said,",
 * "(Reuters)", '"quoted"'), sigils too: the text as feeds send it.
 */
export function documentText(
  doc: ConllDocument,
  { joinSigils = false, asWritten = false }: { joinSigils?: boolean; asWritten?: boolean } = {},
): { text: string; offsets: Array<[number, number]> } {
  const parts: string[] = [];
  const offsets: Array<[number, number]> = [];
  let pos = 0;
  let inQuote = false;
  doc.tokens.forEach((token, i) => {
    if (i > 0 && !doc.sentenceStarts[i]) {
      const together = asWritten
        ? writtenTogether(doc.tokens, i, inQuote)
        : joinSigils && SIGIL.test(doc.tokens[i - 1] as string);
      if (!together) {
        parts.push(' ');
        pos += 1;
      }
    } else if (i > 0) {
      parts.push('\n');
      pos += 1;
    }
    if (token === '"') inQuote = !inQuote;
    parts.push(token);
    offsets.push([pos, pos + token.length]);
    pos += token.length;
  });
  return { text: parts.join(''), offsets };
}
