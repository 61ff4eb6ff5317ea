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
    expect(extractHtml('')).toEqual({ title: '', body: '' });
    expect(() => extractHtml('<div><p>unclosed <b>bold')).not.toThrow();
  });
});
