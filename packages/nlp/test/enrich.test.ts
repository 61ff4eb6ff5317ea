import { describe, expect, it } from '@jest/globals';
import { Enrichment } from '@newsflow/contracts';
import type { RawArticle } from '@newsflow/contracts';
import { ENRICHMENT_VERSION, HTML_PARSE_LIMIT, TEXT_ANALYSIS_LIMIT, enrich } from '@newsflow/nlp';

const base = {
  schemaVersion: 1 as const,
  id: 'a1',
  revision: 0,
  feedId: 'f',
  receivedAt: '2025-01-01T00:00:00Z',
  source: 's',
  authors: [],
  tags: [],
};

describe('enrich', () => {
  it('enriches a structured article and keeps its language', () => {
    const raw: RawArticle = {
      ...base,
      language: 'en',
      content: {
        format: 'article',
        title: ' Apple opens store in Berlin ',
        body: 'Apple chief executive Tim Cook opened a store in Berlin on Monday.',
      },
    };
    const e = enrich(raw);
    expect(Enrichment.safeParse(e).success).toBe(true);
    expect(e.title).toBe('Apple opens store in Berlin');
    expect(e.language).toEqual({ code: 'en', confidence: 1 });
    expect(e.entities.map((x) => x.name)).toEqual(expect.arrayContaining(['Tim Cook', 'Berlin', 'Apple']));
  });

  it("keeps a person's first name out of the keywords when the story never uses it alone", () => {
    const e = enrich({
      ...base,
      content: {
        format: 'article',
        title: 'Arsenal go top after win',
        body: 'Bukayo Saka and Declan Rice scored as Arsenal beat Aston Villa 2-0 on Saturday. Saka has scored in four straight games, and Arsenal are a point clear at the top of the league.',
      },
    });
    expect(e.entities.map((x) => x.name)).toContain('Bukayo Saka');
    expect(e.keywords.map((k) => k.text)).not.toContain('Bukayo');
    expect(e.keywords.length).toBeGreaterThan(0);
  });

  it('detects the language when the feed gives none, and tags no entities in other languages', () => {
    const raw: RawArticle = {
      ...base,
      content: {
        format: 'article',
        title: 'Le gouvernement annonce une réforme',
        body: 'Le Premier ministre a présenté mardi une réforme des retraites devant l’Assemblée nationale à Paris.',
      },
    };
    const e = enrich(raw);
    expect(e.language.code).toBe('fr');
    expect(e.entities).toEqual([]);
    expect(e.keywords.length).toBeGreaterThan(0);
  });

  it('extracts html content', () => {
    const p =
      '<p>The minister said the new law on housing would pass in the spring, after a long debate in parliament.</p>';
    const raw: RawArticle = {
      ...base,
      language: 'en',
      content: {
        format: 'html',
        html: `<html><head><title>Housing law</title></head><body><article>${p.repeat(4)}</article></body></html>`,
      },
    };
    const e = enrich(raw);
    expect(e.body).toContain('The minister said');
    expect(Enrichment.safeParse(e).success).toBe(true);
  });

  it('analyses at most TEXT_ANALYSIS_LIMIT characters of text and keeps the body whole', () => {
    const head = 'Angela Merkel visited Berlin on Monday. '.repeat(Math.ceil(TEXT_ANALYSIS_LIMIT / 40));
    const body = `${head}Olaf Scholz met Emmanuel Macron in Paris.`;
    const e = enrich({ ...base, language: 'en', content: { format: 'article', title: 'Visits', body } });
    expect(e.body).toBe(body);
    expect(e.entities.map((x) => x.name).sort()).toEqual(['Angela Merkel', 'Berlin']);
    const mentions = e.entities.flatMap((x) => x.mentions);
    expect(Math.max(...mentions.map((m) => m.end))).toBeLessThanOrEqual(TEXT_ANALYSIS_LIMIT);
  });

  it('parses at most HTML_PARSE_LIMIT characters of a page', () => {
    const paragraph = '<p>Angela Merkel visited Berlin on Monday and met officials there.</p>\n';
    const html = `<html><body><article>${paragraph.repeat(Math.ceil(HTML_PARSE_LIMIT / paragraph.length))}<p>Olaf Scholz met Emmanuel Macron in Paris.</p></article></body></html>`;
    const e = enrich({ ...base, language: 'en', content: { format: 'html', html } });
    expect(e.body).toContain('Angela Merkel visited Berlin');
    expect(e.body).not.toContain('Olaf Scholz');
  });

  it('removes the invisible characters scraped pages put inside words, and reads control characters as spaces', () => {
    const body =
      'Chancellor Angela Mer\u00ADkel met President Emmanuel Ma\u200Bcron in Pa\u2060ris.\u0000The talks ended late.';
    const article = enrich({
      ...base,
      language: 'en',
      content: { format: 'article', title: '\uFEFFTalks', body },
    });
    expect(article.title).toBe('Talks');
    expect(article.body).toBe(
      'Chancellor Angela Merkel met President Emmanuel Macron in Paris. The talks ended late.',
    );
    expect(article.entities.map((x) => x.name).sort()).toEqual(['Angela Merkel', 'Emmanuel Macron', 'Paris']);
    const html = `<html><head><title>Talks</title></head><body><article><p>${'Chancellor Angela Mer&shy;kel met officials in Berlin on Monday. '.repeat(4)}</p></article></body></html>`;
    const page = enrich({ ...base, language: 'en', content: { format: 'html', html } });
    expect(page.body).toContain('Angela Merkel met');
    expect(page.entities.map((x) => x.name)).toContain('Angela Merkel');
    const scraped = enrich({
      ...base,
      language: 'en',
      content: {
        format: 'scraped',
        text: '\uFEFFTalks in Paris\n\nChancellor Angela Mer\u00ADkel met officials.',
      },
    });
    expect(scraped.title).toBe('Talks in Paris');
    expect(scraped.body).toContain('Angela Merkel');
  });

  it('is pure and handles an empty body', () => {
    const raw: RawArticle = { ...base, content: { format: 'article', title: '', body: '' } };
    expect(enrich(raw)).toEqual(enrich(raw));
    expect(enrich(raw).language.code).toBe('und');
    expect(typeof ENRICHMENT_VERSION).toBe('string');
  });
});
