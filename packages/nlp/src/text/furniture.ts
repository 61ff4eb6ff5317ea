/**
 * Page furniture that scraped pages and extracted HTML share: lines that are not article text, labelled tag lines
 * after the story, and the meta line under a headline ("By … | Published 3 hours ago | 1,245 comments").
 */

/** What a share button says. */
const SHARE =
  '(?:share|tweet|e-?mail|print|whatsapp|facebook|twitter|x|linkedin|telegram|reddit|pinterest|messenger|bluesky|threads|copy link)';

/** Lines that are page furniture, not article text. */
const BOILERPLATE = [
  /^leave a (?:reply|comment)\b/i,
  /^(?:post a )?comments?\s*(?:\(\d+\))?$/i,
  /^\d+\s+comments?$/i,
  // Share buttons, labelled or not: "Share this article:", "Share on Facebook", "Facebook | Twitter | Email".
  new RegExp(
    `^(?:share(?: this(?: article| story| page)?)?(?: on)?\\s*[:：]?)?(?:\\s*${SHARE}(?:[\\s|·•,]+${SHARE})*)?$`,
    'i',
  ),
  /^(?:related|recommended|read more|also read|advertisement|sponsored|trending)(?: (?:stories|articles|posts|news))?:?$/i,
  /^you must be logged in to post a comment\.?$/i,
  /^(?:click|tap) (?:here )?to (?:share|comment|subscribe)/i,
  /^(?:subscribe|sign up)(?: to| for)? (?:our )?newsletter/i,
  // Calls to follow the outlet elsewhere: "Follow us on Google News", "Subscribe to our WhatsApp channel for …".
  /^(?:follow us|subscribe to our|join our)\b.{0,80}$/i,
  /^scroll (?:down )?to (?:continue|read)\b.{0,40}$/i,
  /^your email address will not be published/i,
  /^cancel reply$/i,
  /^tags?:?$/i,
  // A link to another story inside the article: "READ MORE: Why Europe's heatwaves are getting longer".
  /^(?:read more|also read|read also|see also|more on this|related|recommended|watch)\s*[:：]\s*\S.{0,150}$/iu,
  // The page's copyright line: "© 2026 Southern Daily News. All rights reserved."
  /^(?:©|\(c\)|copyright\s+(?:©|\(c\)|\d{4})).{0,120}$/iu,
  /^.{0,100}\ball rights reserved\.?$/iu,
  // A picture's credit: "Photo: Jennifer Alvarez / The Plain Dealer", "Image credit: Reuters".
  /^(?:photo|image|picture|photograph|video)s?(?: credit)?\s*[:：]\s*\S.{0,100}$/iu,
];

/** A counter of readers' reactions: "1,245 comments", "3.1K Views". */
const COUNTER = String.raw`[\d.,]+\s*[kKmM]?\s*(?:comments?|shares?|views?|likes?|reads?|reactions?|replies)`;

/** One part of a meta line: when the story was published, how long it reads, how many reacted. */
const META_PART = [
  /^(?:(?:published|updated|posted)(?: on)?\s*:?\s*)?(?:\d+\s*(?:seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?)\s+ago|just now)$/i,
  /^(?:published|updated|posted)(?: on)?\s*:?\s*(?:\d|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d)/i,
  /^\d+\s*(?:min(?:ute)?s?)\s+read$/i,
  new RegExp(`^${COUNTER}$`, 'i'),
];
const BYLINE = /^[Bb][Yy]\s+\p{Lu}/u;
const META_SEPARATOR = /\s+[|·•]\s+/u;

/** Meta parts are short: a paragraph that starts "Posted 4 wins …" is the story's. */
const isMetaPart = (part: string): boolean => part.length <= 60 && META_PART.some((re) => re.test(part));

/** Counters in a row without separators: "3.1K Views 15 Likes 4 Comments". */
const COUNTERS = new RegExp(`^(?:${COUNTER}\\s*){2,}$`, 'i');

export function isBoilerplate(line: string): boolean {
  return BOILERPLATE.some((re) => re.test(line)) || isMetaPart(line) || COUNTERS.test(line);
}

/** A picture's credit after a caption's last sentence: "… in Paiporta. Photo: Reuters", "(Picture: AP)". */
const TRAILING_CREDIT =
  /(?<=[.!?…])\s+[([]?(?:photo|image|picture|photograph)s?(?: credit)?\s*[:：]\s*[^.!?()[\]]{1,80}[)\]]?$/iu;

/**
 * A line without the furniture inside it: a caption's trailing credit is dropped, and a meta line is reduced to its
 * byline ("By Jennifer Alvarez and Mark Chen | Published 3 hours ago | 1,245 comments" → "By Jennifer Alvarez and
 * Mark Chen"), "" when it holds none.
 */
export function withoutFurniture(text: string): string {
  const line = text.replace(TRAILING_CREDIT, '');
  const parts = line.split(META_SEPARATOR);
  if (parts.length < 2 || !parts.some(isMetaPart)) return line;
  if (!parts.every((p) => isMetaPart(p) || BYLINE.test(p))) return line;
  return parts.filter((p) => BYLINE.test(p)).join(' ');
}

/** A labelled line of tags or links after the story: its label and the rest of the line. */
const LABELLED_LINE =
  /^(tags?|tagged(?: with)?|filed under|topics?|categories|category|keywords|related(?: topics| stories| articles)?|more on|see also)\s*[:：]\s*(.*)$/iu;
const TAG_LABELS = /^(?:tags?|tagged(?: with)?|filed under|topics?|categories|category|keywords)$/i;

/**
 * The publisher's tags of a labelled line after the story ("Tags: Intel, Ohio"), [] for a line of links
 * ("Related: …"); undefined when the line is not labelled so.
 */
export function labelledTags(line: string): string[] | undefined {
  const m = LABELLED_LINE.exec(line);
  if (!m) return undefined;
  if (!TAG_LABELS.test(m[1] as string)) return [];
  return (m[2] as string)
    .split(/\s*[,;|·•]\s*/u)
    .map((t) => t.trim())
    .filter((t) => t !== '');
}
