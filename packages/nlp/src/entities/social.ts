/** Tweets and captions: the person or organisation behind an @handle, and hashtags that name an entity. */
import type { EntityType, TextField } from '@newsflow/contracts';
import type { Token } from '../text/tokenize.js';
import { GAZ, namesNothingAlone } from './words.js';
import type { Span } from './spans.js';
import { GAZ_TYPE } from './known-names.js';
import { titleCase } from '../ner/canonical.js';

const HANDLE = /^@[\p{L}\p{N}_]{2,}$/u;
const HASHTAG = /^#[\p{L}\p{N}_]{2,}$/u;
/** A word inside a handle that makes it an organisation's account ("@BBCNews", "@WestMidsPolice"). */
const ORG_HANDLE_WORD =
  /news|tv|radio|fm|times|post|press|daily|online|official|hq|fc|club|police|gov|party|council|media|magazine|live|sport|team|org|inc|group|bank|air|records|music|games|app|store|journal|herald|tribune|gazette|network|channel|foundation|trust|charity|school|universit|college|hospital|nhs|examiner|politics|labour|legion|chronicle|telegraph/i;

/**
 * The type of the account behind a handle: a well-known place or organisation, an organisation's words or name
 * first, else a person.
 */
function handleType(name: string): EntityType {
  // The name as one word, or in lower case: "@YouTube", "@SpaceX", "@guardian", "@reddit".
  for (const written of [name, titleCase(name)]) {
    const whole = GAZ.wholeKind([written]);
    if (whole && GAZ_TYPE[whole]) return GAZ_TYPE[whole];
  }
  const words = name
    .replace(/_+/g, ' ')
    .replace(/(\p{Ll})(\p{Lu})/gu, '$1 $2')
    .replace(/(\p{Lu})(\p{Lu}\p{Ll})/gu, '$1 $2')
    .trim()
    .split(' ');
  const kind = GAZ.wholeKind(words);
  const known = kind && GAZ_TYPE[kind];
  if (known) return known;
  if (ORG_HANDLE_WORD.test(name)) return 'ORG';
  // An organisation's name before what the account is for: "@BBCBreaking", "@AppleSupport".
  const first = words.length > 1 ? GAZ.wholeKind([words[0] as string]) : undefined;
  return first && GAZ_TYPE[first] === 'ORG' ? 'ORG' : 'PERSON';
}

/**
 * What a tweet writes for a retweet: 714 of the training tweets' 719 "RT" name nothing. A text with a handle, a
 * hashtag or a link is a tweet; a caption without them may name the broadcaster ("state broadcaster RT reported").
 */
const RETWEET = 'RT';
/** A link as the tokenizer keeps it, one token. */
const LINK = /^https?:\/\//;
const isTweetSign = (word: string): boolean => HANDLE.test(word) || HASHTAG.test(word) || LINK.test(word);

const isRetweetMark = (s: Span, field: TextField): boolean =>
  s.field === field && s.end - s.start === 1 && (s.tokens[s.start] as Token).text === RETWEET;

/**
 * Short texts only (tweets, captions): an @handle is the account of a person or an organisation, and a hashtag
 * that is a name found in the text or a well-known place or organisation is that entity ("#Ukraine", "#UN"); "RT"
 * is a retweet.
 */
export function socialNames(spans: Span[], field: TextField, tokens: Token[]): Span[] {
  const known = new Map<string, EntityType>();
  for (const s of spans)
    if (s.field === field)
      for (let k = s.start; k < s.end; k++) known.set((s.tokens[k] as Token).text, s.type);
  const tweet = tokens.some((t) => isTweetSign(t.text));
  const out = tweet ? spans.filter((s) => !isRetweetMark(s, field)) : [...spans];
  tokens.forEach((t, i) => {
    let type: EntityType | undefined;
    if (HANDLE.test(t.text)) type = handleType(t.text.slice(1));
    else if (HASHTAG.test(t.text)) {
      const name = t.text.slice(1);
      const kind = GAZ.wholeKind([name]);
      type = known.get(name) ?? (kind && !namesNothingAlone(name, undefined) ? GAZ_TYPE[kind] : undefined);
    }
    if (type) out.push({ field, tokens, start: i, end: i + 1, type });
  });
  return out;
}
