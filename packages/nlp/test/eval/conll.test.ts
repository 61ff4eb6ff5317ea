import { describe, expect, it } from '@jest/globals';
import { decodeSpans, documentText, parseConll } from '../../src/eval/conll.js';

describe('parseConll', () => {
  it('reads IOB1 with -DOCSTART- documents, extra columns, CRLF and a BOM', () => {
    const text =
      '\uFEFF-DOCSTART- -X- O O\r\n\r\nJohn NNP I-PER\r\nSmith NNP I-PER\r\nvisited VBD O\r\nParis NNP I-LOC \r\n\r\n-DOCSTART- -X- O O\r\nIBM NNP I-ORG\r\n';
    const docs = parseConll(text, 'f');
    expect(docs).toHaveLength(2);
    expect(docs[0]?.tokens).toEqual(['John', 'Smith', 'visited', 'Paris']);
    expect(docs[0]?.spans).toEqual([
      { start: 0, end: 2, type: 'PERSON' },
      { start: 3, end: 4, type: 'LOCATION' },
    ]);
    expect(docs[1]?.spans).toEqual([{ start: 0, end: 1, type: 'ORG' }]);
  });

  it('reads BIO and IOBES, upper or lower case, and starts a span at an I- after O or another type', () => {
    expect(decodeSpans(['B-PER', 'I-PER', 'B-PER', 'O', 'I-LOC', 'I-ORG'])).toEqual([
      { start: 0, end: 2, type: 'PERSON' },
      { start: 2, end: 3, type: 'PERSON' },
      { start: 4, end: 5, type: 'LOCATION' },
      { start: 5, end: 6, type: 'ORG' },
    ]);
    expect(
      decodeSpans(['S-GPE', 'B-ORGANIZATION', 'E-ORGANIZATION', 'S-MISC', 'B-Person', 'E-Person']),
    ).toEqual([
      { start: 0, end: 1, type: 'LOCATION' },
      { start: 1, end: 3, type: 'ORG' },
      { start: 4, end: 6, type: 'PERSON' },
    ]);
    expect(
      decodeSpans(['B-geo', 'B-geo-loc', 'S-FAC', 'B-corporation', 'B-company', 'B-NORP', 'B-tim']),
    ).toEqual([
      { start: 0, end: 1, type: 'LOCATION' },
      { start: 1, end: 2, type: 'LOCATION' },
      { start: 2, end: 3, type: 'LOCATION' },
      { start: 3, end: 4, type: 'ORG' },
      { start: 4, end: 5, type: 'ORG' },
    ]);
    expect(parseConll('Ana b-per\nLima b-loc\nsaid o\n', 'f')[0]?.spans).toEqual([
      { start: 0, end: 1, type: 'PERSON' },
      { start: 1, end: 2, type: 'LOCATION' },
    ]);
  });

  it('ignores comments, keeps hashtag tokens, tolerates single-column lines', () => {
    const docs = parseConll('# sent_id = 1\n#farms\tO\nUN\tB-ORG\nlonely\n', 'f');
    expect(docs[0]?.tokens).toEqual(['#farms', 'UN', 'lonely']);
    expect(docs[0]?.spans).toEqual([{ start: 1, end: 2, type: 'ORG' }]);
  });

  it('returns nothing for empty or non-CoNLL text', () => {
    expect(parseConll('', 'f')).toEqual([]);
    expect(parseConll('This is a licence.\nYou may copy it freely.\n', 'f')).toEqual([]);
  });

  it('rebuilds the text with token offsets and a line break between sentences', () => {
    const [doc] = parseConll('A O\nB B-PER\n\nC O\n', 'f');
    const { text, offsets } = documentText(doc!);
    expect(text).toBe('A B\nC');
    expect(offsets).toEqual([
      [0, 1],
      [2, 3],
      [4, 5],
    ]);
  });

  it('writes the tokens as an article does, with offsets on each token', () => {
    const [doc] = parseConll(
      [
        'WASHINGTON B-LOC',
        '( O',
        'Reuters B-ORG',
        ') O',
        '- O',
        'Trump B-PER',
        "'s O",
        'aides O',
        'said O',
        '" O',
        'we O',
        'do O',
        "n't O",
        'know O',
        '" O',
        ', O',
        'at O',
        '$ O',
        '5 O',
        '. O',
        '',
        '@ O',
        'BBC B-ORG',
        'agreed O',
        '. O',
      ].join('\n'),
      'f',
    );
    const { text, offsets } = documentText(doc!, { asWritten: true });
    expect(text).toBe('WASHINGTON (Reuters) - Trump\'s aides said "we don\'t know", at $5.\n@BBC agreed.');
    expect(offsets.map(([a, b]) => text.slice(a, b))).toEqual(doc!.tokens);
  });

  it('joins a sigil the data set split off to its handle or hashtag', () => {
    const [doc] = parseConll('Thanks O\n@ O\nBBCNews B-ORG\n# O\nUkraine B-LOC\n', 'f');
    expect(documentText(doc!).text).toBe('Thanks @ BBCNews # Ukraine');
    const { text, offsets } = documentText(doc!, { joinSigils: true });
    expect(text).toBe('Thanks @BBCNews #Ukraine');
    expect(offsets.map(([a, b]) => text.slice(a, b))).toEqual(['Thanks', '@', 'BBCNews', '#', 'Ukraine']);
  });
});
