import { describe, expect, it } from '@jest/globals';
import { extractHtml } from '@newsflow/nlp';

const paragraph = (i: number): string =>
  `<p>Paragraph ${i} of the story: the council voted to build a new bridge over the river, and the mayor said work would start in spring.</p>`;

describe('extractHtml', () => {
  it('keeps the article and drops navigation, scripts and footers', () => {
    const html = `<!doctype html><html><head><title>Bridge vote | City News</title><script>var x = "<p>not text</p>";</script></head>
      <body><nav><a href="/">Home</a> <a href="/sport">Sport</a></nav>
      <article><h1>Council votes for new bridge</h1>${[1, 2, 3, 4, 5].map(paragraph).join('')}</article>
      <footer>Copyright City News. Subscribe to our newsletter.</footer></body></html>`;
    const r = extractHtml(html);
    expect(r.title).toMatch(/bridge/i);
    expect(r.body).toContain('Paragraph 1 of the story');
    expect(r.body).toContain('Paragraph 5 of the story');
    expect(r.body).not.toContain('not text');
    expect(r.body).not.toContain('Subscribe to our newsletter');
    expect(r.body).not.toMatch(/<[a-z]/);
  });

  it('copes with empty and broken HTML', () => {
    expect(extractHtml('')).toEqual({ title: '', body: '', publisherTags: [] });
    expect(() => extractHtml('<div><p>unclosed <b>bold')).not.toThrow();
  });
  it('moves a trailing tag line to publisherTags and drops "Related:" and share/comment lines', () => {
    const html = `<!doctype html><html><head><title>Ferry returns | Bay News</title></head><body>
      <article><h1>Island ferry returns after repairs</h1>${[1, 2, 3, 4].map(paragraph).join('')}
      <p>Share this article</p>
      <p>The ferry will run every hour on weekends, the operator said on Friday.</p>
      <p>Leave a comment</p>
      <p>Related: <a href="/a">Harbour dredging starts</a></p>
      <p class="tags">Filed under: <a href="/t/ferries">ferries</a>, <a href="/t/islands">Gull Island</a></p>
      <p>Tags: transport, local news</p></article></body></html>`;
    const r = extractHtml(html);
    expect(r.body).toContain('Paragraph 4 of the story');
    expect(r.body.endsWith('the operator said on Friday.')).toBe(true);
    expect(r.body).not.toMatch(/Tags:|Filed under|Related:|Share this|Leave a comment/);
    expect(r.publisherTags).toEqual(['ferries', 'Gull Island', 'transport', 'local news']);
  });

  it("drops a row of share buttons and a caption's trailing credit, keeping the caption", () => {
    const html = `<article><h1>Floods force thousands from homes</h1>
      <figure><img src="x.jpg"><figcaption>Residents wade through a flooded street in Paiporta. Photo: Reuters</figcaption></figure>
      ${[1, 2, 3].map(paragraph).join('')}
      <div class="share"><p>Share this article: Facebook Twitter WhatsApp Email</p></div></article>`;
    const r = extractHtml(html);
    expect(r.body).toContain('Residents wade through a flooded street in Paiporta.');
    expect(r.body).not.toMatch(/Reuters|Share this|WhatsApp/);
    expect(r.body.endsWith('work would start in spring.')).toBe(true);
  });

  it('keeps a sentence that only mentions tags in the story', () => {
    const html = `<article><h1>Price tags rise</h1>${[1, 2, 3].map(paragraph).join('')}
      <p>Tags: the shop now prints prices on every shelf, a manager said, and shoppers welcomed it.</p>
      <p>The end of the story comes here, after the tag sentence.</p></article>`;
    const r = extractHtml(html);
    expect(r.body).toContain('Tags: the shop now prints');
    expect(r.publisherTags).toEqual([]);
  });
});
