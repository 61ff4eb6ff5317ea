import { describe, expect, it } from '@jest/globals';
import { itemToSubmission, parseFeedDocument } from '@newsflow/feeds';

export const RSS = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel>
  <title>Example &amp; News</title>
  <item>
    <title>Harbour bridge reopens</title>
    <link>https://example.org/news/bridge?utm_source=rss</link>
    <guid isPermaLink="false">bridge-1</guid>
    <pubDate>Tue, 24 Nov 2026 10:00:00 GMT</pubDate>
    <description>The bridge in Lisbon reopened on Monday.</description>
    <dc:creator>Ana Silva</dc:creator>
    <category>transport</category>
    <category>lisbon</category>
  </item>
  <item>
    <title><![CDATA[Markup <b>inside</b>]]></title>
    <link>https://example.org/news/markup</link>
    <content:encoded><![CDATA[<p>First paragraph with <a href="/x">a link</a>.</p><script>alert(1)</script>]]></content:encoded>
  </item>
  <item><description>no link, no guid: skipped</description></item>
</channel>
</rss>`;

export const ATOM = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title type="text">Atom example</title>
  <entry>
    <title>Atom entry</title>
    <id>urn:uuid:1225c695-cfb8-4ebb-aaaa-80da344efa6a</id>
    <link rel="self" href="https://example.org/self"/>
    <link rel="alternate" href="https://example.org/atom/1"/>
    <updated>2026-11-20T18:30:02Z</updated>
    <summary>Some text.</summary>
    <author><name>John Doe</name></author>
    <category term="science"/>
  </entry>
</feed>`;

describe('parseFeedDocument', () => {
  it('reads RSS 2.0 items, entities and CDATA included', () => {
    const doc = parseFeedDocument(RSS);
    expect(doc).toMatchObject({ ok: true, format: 'rss', title: 'Example & News' });
    if (!doc.ok) return;
    expect(doc.items).toHaveLength(2);
    expect(doc.items[0]).toEqual({
      key: 'bridge-1',
      guid: 'bridge-1',
      link: 'https://example.org/news/bridge?utm_source=rss',
      title: 'Harbour bridge reopens',
      content: 'The bridge in Lisbon reopened on Monday.',
      publishedAt: '2026-11-24T10:00:00.000Z',
      authors: ['Ana Silva'],
      categories: ['transport', 'lisbon'],
    });
    expect(doc.items[1]).toMatchObject({
      key: 'https://example.org/news/markup',
      title: 'Markup <b>inside</b>',
    });
    expect(doc.items[1]?.content).toContain('<script>');
  });

  it('reads Atom entries, choosing the alternate link', () => {
    const doc = parseFeedDocument(ATOM);
    expect(doc).toMatchObject({ ok: true, format: 'atom' });
    if (!doc.ok) return;
    expect(doc.items[0]).toMatchObject({
      key: 'urn:uuid:1225c695-cfb8-4ebb-aaaa-80da344efa6a',
      link: 'https://example.org/atom/1',
      content: 'Some text.',
      publishedAt: '2026-11-20T18:30:02.000Z',
      authors: ['John Doe'],
      categories: ['science'],
    });
  });

  it.each([
    ['not XML', 'hello'],
    ['broken XML', '<rss><channel><item></channel>'],
    ['another document', '<html><body/></html>'],
  ])('refuses %s with a reason', (_what, xml) => {
    expect(parseFeedDocument(xml)).toMatchObject({ ok: false, reason: expect.any(String) });
  });
});

describe('itemToSubmission', () => {
  const context = { source: 'example.org', fetchedAt: new Date('2026-11-25T00:00:00Z') };

  it('makes a plain-text item a JSON article, dated by the fetch when it has no date', () => {
    const doc = parseFeedDocument(ATOM);
    if (!doc.ok) throw new Error(doc.reason);
    const result = itemToSubmission({ ...doc.items[0]!, publishedAt: undefined }, context);
    expect(result).toEqual({
      ok: true,
      submission: {
        kind: 'article',
        article: {
          url: 'https://example.org/atom/1',
          title: 'Atom entry',
          body: 'Some text.',
          source: 'example.org',
          publishedAt: '2026-11-25T00:00:00.000Z',
          authors: ['John Doe'],
          tags: ['science'],
          externalId: 'urn:uuid:1225c695-cfb8-4ebb-aaaa-80da344efa6a',
        },
      },
    });
  });

  it('makes a markup item an HTML page with its title escaped', () => {
    const doc = parseFeedDocument(RSS);
    if (!doc.ok) throw new Error(doc.reason);
    const result = itemToSubmission(doc.items[1]!, context);
    expect(result.ok).toBe(true);
    if (!result.ok || result.submission.kind !== 'html') throw new Error('expected html');
    expect(result.submission.page).toContain('<title>Markup &lt;b&gt;inside&lt;/b&gt;</title>');
    expect(result.submission.params).toMatchObject({
      source: 'example.org',
      url: 'https://example.org/news/markup',
    });
  });

  it('refuses an item that is not a valid article, saying which field', () => {
    const result = itemToSubmission(
      { key: 'k', link: 'ftp://x', title: 't', content: 'c', authors: [], categories: [] },
      context,
    );
    expect(result).toMatchObject({ ok: false, reason: expect.stringContaining('/url') });
  });
});
