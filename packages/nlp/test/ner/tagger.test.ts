import { describe, expect, it } from '@jest/globals';
import { tokenize } from '../../src/text/tokenize.js';
import { tagger } from '../../src/ner/tagger.js';
import type { Label } from '../../src/ner/perceptron.js';
import { gazetteer } from '../../src/ner/gazetteer.js';
import { standInTagger } from './stand-in-tagger.js';

describe('Tagger', () => {
  it('computes the same labels fast as from feature strings', () => {
    const text = `US President Donald Trump's envoy met Vladimir Putin in St. Petersburg on Friday.
Microsoft Corp. and the European Union disagreed; "Kyiv has rejected these demands," said Dmitry Peskov.
THE KREMLIN SAID NOTHING. may the best win in May.`;
    const tokens = tokenize(text);
    expect(tagger().tag(tokens)).toEqual(tagger().tagReference(tokens));
  });

  it('reads a name again as what it was read as earlier in the document', () => {
    // Only "the" before it makes a word an organisation; after that, its own history does.
    const model = standInTagger([
      ['b', 'O', 1],
      ['w-1=the', 'B-ORG', 5],
      ['hist=ORG', 'B-ORG', 5],
    ]);
    const tokens = tokenize('We met the Acme team. Later Acme said no, and Brill said yes.');
    const labels = model.tag(tokens);
    const at = (word: string, nth = 0): Label =>
      labels[tokens.map((t, i) => [t.text, i] as const).filter(([t]) => t === word)[nth]?.[1] ?? -1] as Label;
    expect(at('Acme', 0)).toBe('B-ORG');
    expect(at('Acme', 1)).toBe('B-ORG');
    expect(at('Brill')).toBe('O');
    expect(labels).toEqual(model.tagReference(tokens));
  });

  it('reads a word it has no weights for by the weights of its word class', () => {
    const { clusters } = gazetteer();
    const model = standInTagger([
      ['b', 'O', 1],
      [`cl=${String(clusters.get('nairobi'))}`, 'B-LOC', 5],
    ]);
    const tokens = tokenize('They flew from Harare to meet Chevron.');
    const labels = model.tag(tokens);
    expect(labels[tokens.findIndex((t) => t.text === 'Harare')]).toBe('B-LOC');
    expect(labels[tokens.findIndex((t) => t.text === 'Chevron')]).toBe('O');
    expect(labels).toEqual(model.tagReference(tokens));
  });

  it('tags nothing in an empty text', () => {
    expect(tagger().tag([])).toEqual([]);
  });
});

describe('tokenize', () => {
  it('splits possessives and keeps abbreviations and hyphenated words whole', () => {
    expect(tokenize("Trump’s U.S. visit to St. Petersburg, Jean-Claude's.").map((t) => t.text)).toEqual([
      'Trump',
      '’s',
      'U.S.',
      'visit',
      'to',
      'St.',
      'Petersburg',
      ',',
      'Jean-Claude',
      "'s",
      '.',
    ]);
  });
  it('reads a possessive written apart from its name as the token it is when joined, as training text has it', () => {
    const texts = (text: string): string[] => tokenize(text).map((t) => t.text);
    expect(texts("Carles Puigdemont 's Junts and the Workers ' Party")).toEqual(
      texts("Carles Puigdemont's Junts and the Workers' Party"),
    );
    expect(texts("Puigdemont 's")).toEqual(['Puigdemont', "'s"]);
    expect(texts("the ' sarcastic ' one")).toEqual(['the', "'", 'sarcastic', "'", 'one']);
  });
  it('reads a number written from its decimal point as one token, as CoNLL writes it (".526")', () => {
    const tokens = tokenize('BALTIMORE 70 63 .526 4\nHe said so. Then .5 more.');
    expect(tokens.map((t) => t.text)).toEqual([
      'BALTIMORE',
      '70',
      '63',
      '.526',
      '4',
      'He',
      'said',
      'so',
      '.',
      'Then',
      '.5',
      'more',
      '.',
    ]);
    expect(tokens.find((t) => t.text === '4')?.sentenceStart).toBe(false);
  });
  it('keeps a sentence going over "Ste." ("Sault Ste. Marie")', () => {
    const tokens = tokenize('Tariffs hit Sault Ste. Marie hard.');
    expect(tokens.map((t) => t.text)).toContain('Ste.');
    expect(tokens.find((t) => t.text === 'Marie')?.sentenceStart).toBe(false);
  });
  it('ends a sentence at a period that ends a line, after a capital or a month as after any word', () => {
    expect(tokenize('He said so on X.\nShe left in Mar.').map((t) => t.text)).toEqual([
      'He',
      'said',
      'so',
      'on',
      'X',
      '.',
      'She',
      'left',
      'in',
      'Mar',
      '.',
    ]);
    expect(tokenize('George W. Bush met Gen. Smith in the U.S.').map((t) => t.text)).toEqual([
      'George',
      'W.',
      'Bush',
      'met',
      'Gen.',
      'Smith',
      'in',
      'the',
      'U.S.',
    ]);
  });
  it('keeps a link and an e-mail address whole, a handle and a hashtag with their sigil', () => {
    expect(
      tokenize(
        'Mail press@apple.com or jane.doe@example.co.uk, see https://apple.com/x, @BBCNews #Ukraine',
      ).map((t) => t.text),
    ).toEqual([
      'Mail',
      'press@apple.com',
      'or',
      'jane.doe@example.co.uk',
      ',',
      'see',
      'https://apple.com/x',
      ',',
      '@BBCNews',
      '#Ukraine',
    ]);
  });
  it('marks sentence starts after end punctuation and line breaks', () => {
    const t = tokenize('One two. Three\nFour');
    expect(t.filter((x) => x.sentenceStart).map((x) => x.text)).toEqual(['One', 'Three', 'Four']);
  });
});
