import { XMLParser, XMLValidator } from 'fast-xml-parser';

/** One entry of an RSS or Atom document, as plain strings, before any validation. */
export interface FeedItem {
  /** guid (RSS) or id (Atom); falls back to the link. */
  readonly key: string;
  readonly guid?: string | undefined;
  readonly link?: string | undefined;
  readonly title?: string | undefined;
  /** content:encoded or description (RSS), content or summary (Atom); may be HTML. */
  readonly content?: string | undefined;
  /** ISO 8601, when the document gave a date that could be read. */
  readonly publishedAt?: string | undefined;
  readonly authors: readonly string[];
  readonly categories: readonly string[];
}

export type FeedDocument =
  | {
      readonly ok: true;
      readonly format: 'rss' | 'atom';
      readonly title?: string | undefined;
      readonly items: readonly FeedItem[];
    }
  | { readonly ok: false; readonly reason: string };

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  textNodeName: '#text',
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  processEntities: true,
  htmlEntities: true,
  isArray: (name) => ['item', 'entry', 'link', 'category', 'author', 'dc:creator'].includes(name),
});

type Node = Record<string, unknown>;

const isNode = (value: unknown): value is Node =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function textOf(value: unknown): string | undefined {
  if (typeof value === 'string') return value.trim() || undefined;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return textOf(value[0]);
  if (isNode(value)) return textOf(value['#text']);
  return undefined;
}

function listOf(value: unknown): unknown[] {
  if (value === undefined || value === null) return [];
  return Array.isArray(value) ? value : [value];
}

function isoDate(value: string | undefined): string | undefined {
  if (!value) return undefined;
  const time = Date.parse(value);
  return Number.isNaN(time) ? undefined : new Date(time).toISOString();
}

function rssItem(item: Node): FeedItem | undefined {
  const guid = textOf(item['guid']);
  const link = textOf(item['link']);
  const key = guid ?? link;
  if (!key) return undefined;
  return {
    key,
    guid,
    link,
    title: textOf(item['title']),
    content: textOf(item['content:encoded']) ?? textOf(item['description']),
    publishedAt: isoDate(textOf(item['pubDate']) ?? textOf(item['dc:date'])),
    authors: [...listOf(item['author']), ...listOf(item['dc:creator'])]
      .map(textOf)
      .filter((a): a is string => !!a),
    categories: listOf(item['category'])
      .map(textOf)
      .filter((c): c is string => !!c),
  };
}

function atomLink(entry: Node): string | undefined {
  const links = listOf(entry['link']).filter(isNode);
  const alternate = links.find((l) => l['@_rel'] === undefined || l['@_rel'] === 'alternate') ?? links[0];
  const href = alternate?.['@_href'];
  return typeof href === 'string' ? href : undefined;
}

function atomEntry(entry: Node): FeedItem | undefined {
  const id = textOf(entry['id']);
  const link = atomLink(entry);
  const key = id ?? link;
  if (!key) return undefined;
  return {
    key,
    guid: id,
    link,
    title: textOf(entry['title']),
    content: textOf(entry['content']) ?? textOf(entry['summary']),
    publishedAt: isoDate(textOf(entry['published']) ?? textOf(entry['updated'])),
    authors: listOf(entry['author'])
      .map((a) => (isNode(a) ? textOf(a['name']) : textOf(a)))
      .filter((a): a is string => !!a),
    categories: listOf(entry['category'])
      .map((c) => (isNode(c) ? (typeof c['@_term'] === 'string' ? c['@_term'] : textOf(c)) : textOf(c)))
      .filter((c): c is string => !!c),
  };
}

/** Reads an RSS 2.0 or Atom 1.0 document with a real XML parser; entries without any id are skipped. */
export function parseFeedDocument(xml: string): FeedDocument {
  const valid = XMLValidator.validate(xml);
  if (valid !== true)
    return { ok: false, reason: `not well-formed XML: ${valid.err.msg} (line ${valid.err.line})` };
  let root: unknown;
  try {
    root = parser.parse(xml);
  } catch (error) {
    return {
      ok: false,
      reason: `unreadable XML: ${error instanceof Error ? error.message : 'unknown error'}`,
    };
  }
  if (!isNode(root)) return { ok: false, reason: 'empty document' };
  const rss = root['rss'];
  if (isNode(rss) && isNode(rss['channel'])) {
    const channel = rss['channel'];
    const items = listOf(channel['item']).filter(isNode).map(rssItem);
    return {
      ok: true,
      format: 'rss',
      title: textOf(channel['title']),
      items: items.filter((i): i is FeedItem => !!i),
    };
  }
  const feed = root['feed'];
  if (isNode(feed)) {
    const items = listOf(feed['entry']).filter(isNode).map(atomEntry);
    return {
      ok: true,
      format: 'atom',
      title: textOf(feed['title']),
      items: items.filter((i): i is FeedItem => !!i),
    };
  }
  return { ok: false, reason: 'neither an RSS <rss><channel> nor an Atom <feed> document' };
}
