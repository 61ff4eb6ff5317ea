import { describe, expect, it } from '@jest/globals';
import { parseScrapedPage } from '@newsflow/nlp';

describe('parseScrapedPage', () => {
  it('drops counters, the repeated title, share furniture, tags and hashtags', () => {
    const page = [
      'Storm hits the coast',
      '',
      '12',
      '3.4K',
      'Storm hits the coast',
      '',
      'Heavy rain fell on Tuesday across the region.',
      '',
      'Officials urged people to stay indoors.',
      'Share this article',
      'storm news, weather warning, coast',
      "#Storm #Weather #Coast's",
      'Leave a Reply',
    ].join('\r\n');
    const p = parseScrapedPage(page);
    expect(p.title).toBe('Storm hits the coast');
    expect(p.body).toBe(
      'Heavy rain fell on Tuesday across the region.\n\nOfficials urged people to stay indoors.',
    );
    expect(p.publisherTags).toEqual(['storm news', 'weather warning', 'coast']);
    expect(p.hashtags).toEqual(['Storm', 'Weather', 'Coasts']);
  });

  it('keeps the byline of a meta line, drops its counters, credits and "Related:", reads labelled tags', () => {
    const p = parseScrapedPage(
      [
        'Chip plant delayed',
        'By Jennifer Alvarez and Mark Chen | Published 3 hours ago | 1,245 comments',
        '5 min read',
        'The plant will open in 2030, Intel said.',
        'Photo: Jennifer Alvarez / The Plain Dealer',
        'Related: Ohio lawmakers question subsidies',
        'Tags: Intel, Ohio',
        '#Intel #Ohio',
      ].join('\n'),
    );
    expect(p.body).toBe('By Jennifer Alvarez and Mark Chen\nThe plant will open in 2030, Intel said.');
    expect(p.publisherTags).toEqual(['Intel', 'Ohio']);
    expect(p.hashtags).toEqual(['Intel', 'Ohio']);
  });

  it('drops links to other stories and the copyright line inside the page, not a story about copyright', () => {
    const p = parseScrapedPage(
      [
        'Heatwave grips southern Europe',
        'Italy issued red alerts for 18 cities on Tuesday.',
        "READ MORE: Why Europe's heatwaves are getting longer",
        'Copyright infringement claims rose 12% last year, the office said.',
        '© 2026 Southern Daily News. All rights reserved.',
      ].join('\n'),
    );
    expect(p.body).toBe(
      'Italy issued red alerts for 18 cities on Tuesday.\nCopyright infringement claims rose 12% last year, the office said.',
    );
  });

  it('drops a row of counters and the calls to follow the outlet elsewhere', () => {
    const p = parseScrapedPage(
      [
        'Heatwave shuts schools',
        '3.1K Views 15 Likes 4 Comments',
        'Heatwave shuts schools',
        'Authorities closed schools on Monday as temperatures topped 47C.',
        'Scroll to continue with content',
        'Officials said 14 people had died.',
        'Follow us on Google News',
        'Subscribe to our WhatsApp channel for the latest updates',
      ].join('\n'),
    );
    expect(p.body).toBe(
      'Authorities closed schools on Monday as temperatures topped 47C.\nOfficials said 14 people had died.',
    );
  });

  it('keeps a comma-rich sentence of the article as body text', () => {
    const p = parseScrapedPage('Title\n\nIt rained in Paris, Lyon, Nice and Lille on Monday.\n');
    expect(p.body).toBe('It rained in Paris, Lyon, Nice and Lille on Monday.');
    expect(p.publisherTags).toEqual([]);
  });

  it('handles empty and blank pages', () => {
    expect(parseScrapedPage('')).toEqual({ title: '', body: '', publisherTags: [], hashtags: [] });
    expect(parseScrapedPage('\n \n')).toEqual({ title: '', body: '', publisherTags: [], hashtags: [] });
  });
});
