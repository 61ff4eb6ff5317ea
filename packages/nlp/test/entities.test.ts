import { describe, expect, it } from '@jest/globals';
import { extractEntities } from '@newsflow/nlp';
import type { Entity } from '@newsflow/contracts';
import type { Label } from '../src/ner/perceptron.js';
import type { Tagger } from '../src/ner/tagger.js';
import {
  everyCapitalIsAPerson,
  everyCapitalIsAPlace,
  everyCapitalIsAnOrg,
  standInTagger,
} from './ner/stand-in-tagger.js';

const names = (entities: Entity[], type?: string): string[] =>
  entities
    .filter((e) => !type || e.type === type)
    .map((e) => e.name)
    .sort();

describe('extractEntities', () => {
  it('finds people, organisations and places with a canonical name each', () => {
    const body =
      'German Chancellor Olaf Scholz met Emmanuel Macron in Paris on Monday. Scholz told Reuters that the European Union would act. Macron agreed.';
    const e = extractEntities('', body, 'en');
    expect(names(e, 'PERSON')).toEqual(['Emmanuel Macron', 'Olaf Scholz']);
    expect(names(e, 'LOCATION')).toContain('Paris');
    expect(names(e, 'ORG')).toEqual(expect.arrayContaining(['Reuters', 'European Union']));
    const scholz = e.find((x) => x.name === 'Olaf Scholz');
    expect(scholz?.count).toBe(2);
    expect(e.every((x) => x.salience >= 0 && x.salience <= 1)).toBe(true);
  });

  it('links possessives and short mentions to the full name', () => {
    const e = extractEntities(
      '',
      'Donald Trump spoke on Friday. Trump’s aides said Trump would travel.',
      'en',
    );
    expect(names(e, 'PERSON')).toEqual(['Donald Trump']);
    expect(e[0]?.mentions.map((m) => m.text)).toEqual(['Donald Trump', 'Trump', 'Trump']);
  });

  it('does not tag common nouns written as acronyms ("EV sales", "GDP", "HIV", "EURIBOR")', () => {
    const e = extractEntities(
      '',
      'EV sales rose as GDP grew 2% . HIV cases fell . The loan pays EURIBOR plus 2% , and VAT rose .',
      'en',
    );
    expect(names(e)).toEqual([]);
  });

  it('does not tag time zones ("21:14 CET"), chemicals written as acronyms ("PFAS"), diseases ("Ebola"), days ("on Fridays") or overtime ("(OT)")', () => {
    const e = extractEntities(
      '',
      'The deal, which must be approved by a federal judge, resolves the largest group of cases consolidated before him in multidistrict litigation over PFAS, a family of compounds used in firefighting foam. Voting opened at 21:14 CET. Health workers arrived to help contain the Ebola outbreak.',
      'en',
    );
    expect(names(e)).toEqual([]);
    // Nor days of the week in the plural.
    const days = extractEntities(
      '',
      'The lottery is drawn on Tuesdays and Fridays, and lines sit idle on Mondays.',
      'en',
      {
        tagger: everyCapitalIsAnOrg(),
      },
    );
    expect(names(days)).toEqual([]);
    // Nor overtime after a score.
    const scores = extractEntities('', 'Florida 4, Ottawa 3 (OT)\nToronto 5, Buffalo 4 (OT)', 'en');
    expect(names(scores).filter((n) => n === 'OT')).toEqual([]);
  });

  it("reads a US state's abbreviation after a place as the state, named in full", () => {
    const e = extractEntities(
      '',
      'EAU CLAIRE, Wis. — The plant will close, officials in Springfield, Ill., said on Monday.',
      'en',
    );
    expect(names(e, 'LOCATION')).toEqual(expect.arrayContaining(['Wisconsin', 'Illinois']));
    expect(names(e)).not.toContain('Wis');
  });

  it('does not tag demonyms, months or weekdays', () => {
    const e = extractEntities(
      '',
      'Russian and Ukrainian officials met in May. On Friday, French diplomats left.',
      'en',
    );
    expect(names(e)).toEqual([]);
    const compass = extractEntities(
      '',
      "The deal was signed in Nairobi, while Kenya's East African Educational Publishers has signed co-publishing deals.",
      'en',
    );
    expect(names(compass)).not.toContain('East');
  });

  it('tells May the month from May the person', () => {
    const e = extractEntities(
      '',
      'Prime Minister Theresa May resigned in May. May said she was proud.',
      'en',
    );
    const may = e.find((x) => x.name === 'Theresa May');
    expect(may?.type).toBe('PERSON');
    expect(may?.count).toBe(2);
  });

  it('handles hyphenated names and compounds of two names', () => {
    const e = extractEntities(
      '',
      'Jean-Claude Juncker spoke. Later, a Trump-Putin summit was planned after Donald Trump called Vladimir Putin.',
      'en',
    );
    expect(names(e, 'PERSON')).toEqual(['Donald Trump', 'Jean-Claude Juncker', 'Vladimir Putin']);
  });

  it('finds names at the start of a sentence', () => {
    const e = extractEntities(
      '',
      'Microsoft said on Tuesday it would hire. Apple declined to comment.',
      'en',
    );
    expect(names(e, 'ORG')).toEqual(['Apple', 'Microsoft']);
  });

  it('reads an all-caps headline without inventing entities', () => {
    const e = extractEntities(
      'BIDEN VISITS KYIV AS WAR GRINDS ON',
      'President Joe Biden arrived in Kyiv on Monday.',
      'en',
    );
    expect(names(e)).toEqual(['Joe Biden', 'Kyiv']);
    expect(e.find((x) => x.name === 'Kyiv')?.mentions.some((m) => m.field === 'title')).toBe(true);
  });

  it('maps aliases of a country to one name', () => {
    const e = extractEntities(
      '',
      'The U.S. and the United States of America are one country; the US said so.',
      'en',
    );
    expect(names(e, 'LOCATION')).toEqual(['US']);
  });

  it('returns nothing for non-English text and for empty text', () => {
    expect(
      extractEntities('Le président', 'Emmanuel Macron a rencontré Olaf Scholz à Paris lundi.', 'fr'),
    ).toEqual([]);
    expect(extractEntities('', '', 'en')).toEqual([]);
  });

  it('copes with a huge body', () => {
    const para = 'Angela Merkel visited Berlin and met officials from Siemens. ';
    const body = para.repeat(5_000);
    const e = extractEntities('', body, 'en');
    expect(e.find((x) => x.name === 'Angela Merkel')?.count).toBe(5_000);
  });
  it('copes with a title or body cut anywhere, a name at its very end included', () => {
    const text =
      "In Washington, the Commerce Department's Bureau of Industry and Security said the Ministry of Health and " +
      'Welfare of the Republic of Korea and the National Hockey League for the St. Louis Blues agreed.';
    for (let end = 1; end <= text.length; end++) {
      const cut = text.slice(0, end);
      expect(() => extractEntities(cut, cut, 'en')).not.toThrow();
    }
    expect(names(extractEntities('', 'Ministry of Health and Welfare', 'en'))).toEqual([
      'Ministry of Health and Welfare',
    ]);
  });
  it('copes with a family member before a list of 20,000 names joined by "and" (each name looks back once)', () => {
    const names = Array.from({ length: 20_000 }, (_, i) => `Vorl${String.fromCharCode(97 + (i % 26))}`);
    const body = `He is survived by his sons ${names.join(' and ')} .`;
    const e = extractEntities('', body, 'en');
    expect(e.length).toBeGreaterThan(0);
  });
  it('reads handles and hashtags as the names after the sigil in a tweet, and leaves them alone in an article', () => {
    const tweet =
      'RT @BBCNews: Boris Johnson visits #Ukraine with @David_Cameron today #breaking @BBCBreaking';
    const e = extractEntities('', tweet, 'en');
    expect(e.find((x) => x.name === 'BBCNews')?.type).toBe('ORG');
    // An organisation's name first, in capitals: "BBC Breaking".
    expect(e.find((x) => x.name === 'BBCBreaking')?.type).toBe('ORG');
    // A known organisation's handle in one word or in lower case.
    const accounts = extractEntities('', 'I liked a @YouTube video via @guardian and @SpaceX', 'en');
    for (const name of ['YouTube', 'guardian', 'SpaceX'])
      expect(accounts.find((x) => x.name === name)?.type).toBe('ORG');
    // A paper's, a party's or a charity's word inside a handle.
    const papers = extractEntities(
      '',
      'Polls apart , in @irishexaminer . Backed by @UKLabour and @PoppyLegion',
      'en',
    );
    for (const name of ['irishexaminer', 'UKLabour', 'PoppyLegion'])
      expect([name, papers.find((x) => x.name === name)?.type]).toEqual([name, 'ORG']);
    expect(e.find((x) => x.name === 'David_Cameron')?.type).toBe('PERSON');
    const ukraine = e.find((x) => x.name === 'Ukraine');
    expect(ukraine?.type).toBe('LOCATION');
    expect(ukraine?.mentions[0]?.start).toBe(tweet.indexOf('#Ukraine') + 1);
    expect(names(e)).not.toContain('RT');
    expect(names(e)).not.toContain('breaking');
    const article =
      'Boris Johnson visited Kyiv on Monday and met officials of the government there. '.repeat(12) +
      'Follow the story on #Ukraine and @BBCNews.';
    expect(names(extractEntities('', article, 'en'))).toEqual(['Boris Johnson', 'Kyiv']);
  });

  it('reads no handle in an e-mail address ("press@apple.com" names no "apple")', () => {
    const e = extractEntities('', 'For more information contact press@apple.com. Follow us on X.', 'en');
    expect(e.flatMap((x) => x.mentions.map((m) => m.text))).not.toContain('apple');
  });

  it('keeps the broadcaster RT but not a retweet, and drops country codes that stand for something else', () => {
    const e = extractEntities(
      '',
      'Russian state broadcaster RT reported that Vladimir Putin spoke at 7 PM. A CD of the speech sold out.',
      'en',
    );
    expect(names(e)).toEqual(['RT', 'Vladimir Putin']);
    // In a tweet (a handle, a hashtag or a link) it is a retweet, wherever it stands.
    const tweet = extractEntities(
      '',
      'Would love 300 followers , RT and I will give you a shoutout #muchasgracias',
      'en',
      {
        tagger: everyCapitalIsAnOrg(),
      },
    );
    expect(names(tweet)).not.toContain('RT');
  });

  it("drops a contract's defined terms written in common words and its parties' roles typed as organisations, keeping its parties and known names", () => {
    const contract = [
      'This Loan Agreement is made between Acme Holdings Inc. (the Borrower) and First Harbor Bank (the Lender).',
      'The Borrower shall repay the Loan on the Maturity Date. Any Permitted Investments made hereunder shall be',
      'reported to the Lender within ten days of the Effective Date. Notwithstanding the foregoing, the Borrower',
      'hereby agrees that all payments made pursuant to this Agreement shall be made in New York. The Issuer shall',
      'deliver a copy to each Bondholder and the Guarantor. Each party',
      'consents to the jurisdiction of the Supreme Court of the State of New York. Severability. If any provision',
      'hereof is held invalid, the remaining provisions shall remain in force.',
    ].join(' ');
    const e = extractEntities('', contract, 'en');
    expect(names(e, 'ORG')).toEqual(
      expect.arrayContaining([
        'Acme Holdings',
        'First Harbor Bank',
        'Supreme Court of the State of New York',
      ]),
    );
    expect(names(e, 'PERSON')).toContain('Borrower');
    expect(names(e, 'LOCATION')).toEqual(['New York']);
    expect(
      names(e).filter((n) =>
        /Permitted|Investments|Effective|Maturity|Severability|Issuer|Guarantor/.test(n),
      ),
    ).toEqual([]);
    // The roles' rule apart from what the model reads: kept when read as persons, dropped as organisations.
    const rolesAs = (label: Label): Tagger =>
      standInTagger([
        ['b', 'O', 1],
        ['sh=Xx', 'B-ORG', 3],
        ['pt|sh=B-ORG|Xx', 'I-ORG', 5],
        ['pt|sh=I-ORG|Xx', 'I-ORG', 5],
        ['w=lender', label, 10],
        ['w=borrower', label, 10],
      ]);
    const asPersons = extractEntities('', contract, 'en', { tagger: rolesAs('B-PER') });
    expect(names(asPersons, 'PERSON')).toEqual(['Borrower', 'Lender']);
    const asOrgs = extractEntities('', contract, 'en', { tagger: rolesAs('B-ORG') });
    expect(names(asOrgs).filter((n) => /Borrower|Lender|Permitted|Effective|Maturity/.test(n))).toEqual([]);
  });

  it('drops a contract\'s defined term of one plural word whose singular is common ("Subsidiaries", "Liens")', () => {
    const contract = [
      'Borrower shall not permit any of its Subsidiaries to incur Liens, except Permitted Liens. Notwithstanding',
      'the foregoing, Subsidiaries may grant Liens hereunder to the Bank pursuant to Section 6, and each',
      'subsidiary of the Borrower shall comply thereof with the Liens so granted.',
    ].join(' ');
    const found = names(extractEntities('', contract, 'en', { tagger: everyCapitalIsAnOrg() }));
    expect(found.filter((n) => /^(?:Subsidiaries|Liens)$/.test(n))).toEqual([]);
  });

  it('drops the terms a contract defines in quotes, though not in common words, and keeps a known name so defined', () => {
    const contract = [
      'The Issuer shall issue its bonds (the "Bonds") pursuant to the Indenture. "Indenture" means the Indenture',
      'of Trust dated as of May 1, 2003. "Unassigned Rights" shall have the meaning given herein. Notwithstanding',
      'the foregoing, payments hereunder shall be made in the Hong Kong Special Administrative Region ("Hong',
      'Kong") pursuant to the Unassigned Rights and thereof.',
    ].join(' ');
    const found = names(extractEntities('', contract, 'en', { tagger: everyCapitalIsAnOrg() }));
    expect(found.filter((n) => /^(?:Bonds|Indenture|Unassigned Rights)$/.test(n))).toEqual([]);
    expect(found).toContain('Hong Kong');
    // A name the model finds inside a defined term, and one that goes on beyond a defined word.
    const indemnified = [
      'The Borrower shall hold each Lender (each, an "Indemnified Person") harmless hereunder, and no Indemnified',
      'Person shall be liable thereof, pursuant to the rules of the Board of Governors of the Federal Reserve',
      'System. Notwithstanding the foregoing, the "Board" means the board of directors of the Borrower.',
    ].join(' ');
    const partial = standInTagger([
      ['b', 'O', 1],
      ['w=indemnified', 'B-ORG', 3],
      ['w=board', 'B-ORG', 3],
      ['pt|w=B-ORG|of', 'I-ORG', 5],
      ['pt|sh=I-ORG|Xx', 'I-ORG', 5],
      ['pt|w=I-ORG|of', 'I-ORG', 5],
      ['pt|w=I-ORG|the', 'I-ORG', 5],
    ]);
    const inside = names(extractEntities('', indemnified, 'en', { tagger: partial }));
    expect(inside.filter((n) => n.startsWith('Indemnified'))).toEqual([]);
    expect(inside).toContain('Board of Governors of the Federal Reserve System');
  });

  it('reads "the Commonwealth" of a contract as the state whose laws govern it, a place', () => {
    const contract = [
      'The Issuer is a political subdivision of the Commonwealth, duly organized under the laws of the',
      'Commonwealth. Notwithstanding the foregoing, this Agreement shall be construed pursuant to the laws of the',
      'Commonwealth of Virginia, and each party hereby consents thereto.',
    ].join(' ');
    // Read by a stand-in model as an organisation, as the shipped one may.
    const e = extractEntities('', contract, 'en', { tagger: everyCapitalIsAnOrg() });
    expect(e.find((x) => x.name === 'Commonwealth')?.type).toBe('LOCATION');
    expect(e.find((x) => x.name === 'Commonwealth of Virginia')?.type).toBe('LOCATION');
  });

  it("reads a contract's parties at every capitalised mention, also where one begins a defined term", () => {
    // A name in common words, as the filings' "SILICON VALLEY BANK", with a short name of its own words; a role the
    // model reads as a person; defined terms that begin with either.
    const contract = [
      'This Agreement is made between Silicon Valley Bank ("Bank"), a Massachusetts-chartered bank, and Acme',
      'Holdings Inc. ("Borrower"). Borrower shall repay Bank the Loan hereunder on the Maturity Date, and Bank',
      'shall lend pursuant to Section 2. "Bank Expenses" are all fees of the bank, which Borrower shall pay to',
      'Bank. Notwithstanding the foregoing, Bank may herein assign its rights thereof. Any credit extended by Bank',
      'for Borrower is at the discretion of Bank, and the Borrower Company shall submit its disputes to the Hong',
      'Kong International Arbitration Center. Bank may transfer its rights to Harbor Solutions Software Co., Ltd.',
      '("Harbor Solutions"), and Harbor Solutions shall then lend hereunder. All Bank Expenses are payable.',
      'EACH OF BORROWER AND BANK HEREBY WAIVES ITS RIGHT TO A JURY TRIAL.',
    ].join(' ');
    for (const tagger of [undefined, everyCapitalIsAnOrg(), everyCapitalIsAPerson()]) {
      const e = extractEntities('', contract, 'en', tagger ? { tagger } : {});
      const bank = e.find((x) => x.name === 'Bank');
      expect(bank?.count).toBe(11);
      expect(e.find((x) => x.name === 'Silicon Valley Bank')?.type).toBe(bank?.type);
      expect(names(e)).toContain('Hong Kong International Arbitration Center');
      // Its legal form between a party's name and its short name.
      expect(e.find((x) => x.name === 'Harbor Solutions')?.count).toBe(2);
    }
    for (const tagger of [undefined, everyCapitalIsAPerson()]) {
      const e = extractEntities('', contract, 'en', tagger ? { tagger } : {});
      expect(e.find((x) => x.name === 'Borrower')).toMatchObject({ type: 'PERSON', count: 6 });
      expect(names(e).filter((n) => n.includes(' Borrower') || n.startsWith('Borrower '))).toEqual([]);
    }
    // A role given as a short name is no short name: read as an organisation, it stays a defined term.
    const roles = extractEntities('', contract.replace(/(?<!Valley )\bBank\b/g, 'Lender'), 'en', {
      tagger: everyCapitalIsAnOrg(),
    });
    expect(names(roles, 'ORG').filter((n) => /^(?:Lender|Bank)$/.test(n))).toEqual([]);
  });

  it("reads a short name given far from the party's name, after its description, as the party", () => {
    const contract = [
      'This Agreement is made between WORKSOFT HOLDINGS, hereinafter referred to as the "Company"; and AIRLAND',
      'INTERNATIONAL LIMITED, a corporation incorporated under the laws of the British Virgin Islands, hereinafter',
      'referred to as the "Airland". The loan shall be granted to Airland pursuant hereto, and Airland shall repay',
      'it to the Company thereof. Notwithstanding the foregoing, Airland may prepay.',
    ].join(' ');
    // A stand-in model that reads names in capitals as organisations and any other capitalised word as a place.
    const tagger = standInTagger([
      ['b', 'O', 1],
      ['sh=Xx', 'B-LOC', 3],
      ['sh=X', 'B-ORG', 4],
      ['pt|sh=B-ORG|X', 'I-ORG', 5],
      ['pt|sh=I-ORG|X', 'I-ORG', 5],
    ]);
    const e = extractEntities('', contract, 'en', { tagger });
    // Its short name is the company's first word, one entity with its full name.
    expect(e.find((x) => x.name === 'Airland International Limited')).toMatchObject({
      type: 'ORG',
      count: 5,
    });
    expect(e.filter((x) => x.type === 'LOCATION').map((x) => x.name)).toEqual(['British Virgin Islands']);
    // A common word so given is a role's term, no party.
    expect(names(e).filter((n) => n === 'Company')).toEqual([]);
  });

  it("keeps a notice address's house number in legal text, as the labelled filings do, and only there", () => {
    const notices = [
      'Notices hereunder shall be given in writing. Notwithstanding the foregoing, notices given pursuant to this',
      'Agreement shall be sent to the Borrower, whose address is 3003 Tasman Drive, Santa Clara, California, and to',
      'the Bank at 201 Broadway, Cambridge, Massachusetts, as provided herein.',
    ].join(' ');
    const legal = names(extractEntities('', notices, 'en'), 'LOCATION');
    expect(legal).toEqual(expect.arrayContaining(['3003 Tasman Drive', '201 Broadway']));
    const news = names(
      extractEntities('', 'The startup moved to 3003 Tasman Drive in Santa Clara last year.', 'en'),
      'LOCATION',
    );
    expect(news).toContain('Tasman Drive');
  });

  describe('head words, numbers and names (invented sentences)', () => {
    const typeOf = (e: Entity[], name: string): string | undefined => e.find((x) => x.name === name)?.type;

    it('reads street, road and bridge names as places', () => {
      const e = extractEntities(
        '',
        'Traffic was diverted from Baker Street on Monday. Tomas Reid said the repairs on Quarry Road and the Elm Street Bridge would take a month.',
        'en',
      );
      expect(typeOf(e, 'Baker Street')).toBe('LOCATION');
      expect(typeOf(e, 'Quarry Road')).toBe('LOCATION');
      expect(names(e, 'PERSON')).not.toContain('Baker Street');
      // Villages and townships too, read by a stand-in model as organisations.
      const village = extractEntities('', 'He lives at No. 1 Jinjia Village, near Cocalico Township.', 'en', {
        tagger: everyCapitalIsAnOrg(),
      });
      expect(typeOf(village, 'Jinjia Village')).toBe('LOCATION');
      expect(typeOf(village, 'Cocalico Township')).toBe('LOCATION');
    });

    it('reads an address as its street, whole, when the model stops before the street word or misses it', () => {
      const e = extractEntities(
        '',
        'Notices go to 3003 Tasman Drive, Santa Clara, with a copy to 40 William St. in New York.',
        'en',
      );
      expect(typeOf(e, 'Tasman Drive')).toBe('LOCATION');
      expect(typeOf(e, 'William St.')).toBe('LOCATION');
      expect(names(e, 'PERSON')).toEqual([]);
      // A street the gazetteer knows as a body stays one.
      const office = extractEntities('', 'The office at 10 Downing Street declined to comment.', 'en');
      expect(typeOf(office, 'Downing Street')).toBe('ORG');
    });

    it('strips a title before a person', () => {
      const e = extractEntities(
        '',
        'Mayor Helen Brook opened the new pool on Saturday, and Brook swam the first length.',
        'en',
      );
      expect(names(e, 'PERSON')).toContain('Helen Brook');
      expect(e.some((x) => x.name.startsWith('Mayor'))).toBe(false);
    });

    it('never reads a number as an entity', () => {
      const e = extractEntities(
        '',
        'The plant in Dunmore opened in 2019 and added 3D printers in 2022. Its 5G network was switched on in March.',
        'en',
      );
      for (const x of e) expect(x.name).toMatch(/\p{L}{3}/u);
      expect(e.some((x) => /^(?:2019|2022|3D|5G)$/.test(x.name))).toBe(false);
    });

    it('drops a head word alone and keeps it with the name before it; "the Gulf" is a place of its own', () => {
      const e = extractEntities(
        '',
        'The Society said it would appeal. Officials from Harrow Grid met the Grid board in Leeds on Monday, and a tanker waited in the Gulf.',
        'en',
      );
      expect(names(e)).not.toEqual(expect.arrayContaining(['Society']));
      expect(typeOf(e, 'Gulf')).toBe('LOCATION');
      expect(names(e)).not.toContain('Grid');
      expect(typeOf(e, 'Harrow Grid')).toBe('ORG');
    });

    it('reads a name ending in a firm head word as an organisation', () => {
      const e = extractEntities(
        '',
        'Demand will double by 2030, according to Marrow Analytics. Analysts at Kessel Insight and Tarn Research Group agreed, and Brindle Street Partners bought shares.',
        'en',
      );
      expect(['ORG', undefined]).toContain(typeOf(e, 'Marrow Analytics'));
      expect(typeOf(e, 'Kessel Insight')).toBe('ORG');
      expect(typeOf(e, 'Brindle Street Partners')).toBe('ORG');
    });

    it('takes "of …" into the name of a board, corporation, exchange, service or armed forces', () => {
      const e = extractEntities(
        '',
        'Rebels said they were answering attacks by the Armed Forces of the Democratic Republic of the Congo. Temperatures reached 43 degrees Celsius, and the Food Corporation of India moved its stocks.',
        'en',
      );
      expect(names(e, 'ORG')).toEqual([
        'Armed Forces of the Democratic Republic of the Congo',
        'Food Corporation of India',
      ]);
      expect(names(e)).not.toContain('Celsius');
      const listed = extractEntities(
        '',
        'The shares will list on the National Stock Exchange of India and BSE on March 24.',
        'en',
      );
      expect(names(listed, 'ORG')).toEqual(['BSE', 'National Stock Exchange of India']);
      // Nor one that owns what follows it.
      const owner = extractEntities(
        '',
        "He studied at the University of Southern California and Harvard's Graduate School of Design.",
        'en',
      );
      expect(names(owner, 'ORG')).toContain('University of Southern California');
    });

    it('leaves where a body is based out of its name ("the Amsterdam-based Lindqvist Institute")', () => {
      const e = extractEntities(
        '',
        'The trial was backed by the Amsterdam-based Lindqvist Institute for Global Health.',
        'en',
      );
      expect(names(e, 'ORG')).toEqual(['Lindqvist Institute for Global Health']);
    });

    it('joins a surname after particles the tagger cut off; peoples, languages and currencies are no entity', () => {
      const e = extractEntities(
        '',
        'Ursula von der Leyen met Tamil fishing families in Jaffna. The aid is worth Rs 500 crore, or EUR 55 million, Von der Leyen said.',
        'en',
      );
      expect(names(e)).toEqual(['Jaffna', 'Ursula von der Leyen']);
      expect(e.find((x) => x.name === 'Ursula von der Leyen')?.count).toBe(2);
      const languages = extractEntities(
        '',
        'The channel broadcasts in Urdu and Tagalog, and the film was dubbed into Swahili.',
        'en',
        { tagger: everyCapitalIsAnOrg() },
      );
      expect(names(languages)).toEqual([]);
      // Italian particles too.
      const italian = extractEntities(
        '',
        'Tourists visited the Piazza dei Miracoli. Giovanni degli Antoni spoke.',
        'en',
      );
      expect(names(italian)).toEqual(['Giovanni degli Antoni', 'Piazza dei Miracoli']);
    });

    it('reads a name set off by commas after a business noun as the business', () => {
      const e = extractEntities(
        '',
        'The regional network operator, Western Peninsula Power, said supplies were restored. His rival, Tom Hale, agreed.',
        'en',
      );
      expect(e.find((x) => x.name === 'Western Peninsula Power')?.type).toBe('ORG');
      expect(e.find((x) => x.name === 'Tom Hale')?.type).toBe('PERSON');
    });

    it('reads names listed before a plural geographic noun as places, even one starting with a first name', () => {
      const e = extractEntities(
        '',
        'The trial enrolled children in the Ashanti and Bono East regions. The Chira and Piura rivers rose.',
        'en',
      );
      expect(e.filter((x) => x.type === 'LOCATION').map((x) => x.name)).toEqual(
        expect.arrayContaining(['Ashanti', 'Bono East', 'Chira', 'Piura']),
      );
    });

    it('reads the country codes news writes with periods as the countries, and no other dotted capitals', () => {
      const e = extractEntities(
        '',
        'The U.K. government said exports to the U.A.E. rose. The minister spoke at 10 A.M. in Washington.',
        'en',
      );
      expect(e.filter((x) => x.type === 'LOCATION').map((x) => x.name)).toEqual(
        expect.arrayContaining(['UK', 'United Arab Emirates']),
      );
      // "AM" is Armenia's code, which news does not write for it.
      expect(names(e)).not.toContain('AM');
    });

    it('reads an unknown name that opens with a known one, before what people do, as a person', () => {
      const e = extractEntities('', 'Xi Jinping met Joe Biden in San Francisco on Wednesday.', 'en');
      expect(names(e, 'PERSON')).toEqual(['Joe Biden', 'Xi Jinping']);
    });

    it('reads a name listed beside a person as a person when its words could be one', () => {
      const e = extractEntities(
        '',
        'Tributes poured in from Oprah Winfrey, Paul McCartney and former President Barack Obama.',
        'en',
      );
      expect(names(e, 'PERSON')).toEqual(['Barack Obama', 'Oprah Winfrey', 'Paul McCartney']);
    });

    it('leaves named drugs and rockets untagged (CoNLL MISC)', () => {
      const e = extractEntities(
        '',
        'Sales of Ozempic rose 30% in the quarter, Novo Nordisk said. SpaceX catches Starship booster again.',
        'en',
      );
      expect(names(e)).toEqual(['Novo Nordisk', 'SpaceX']);
    });

    it("keeps a press release's labels and a sentence's first preposition out of names", () => {
      const e = extractEntities(
        '',
        'Acme Robotics reported record revenue.\nAbout Acme Robotics\nAcme Robotics designs mobile robots.\nSOURCE Acme Robotics, Inc.',
        'en',
      );
      expect(names(e)).toEqual(['Acme Robotics']);
    });

    it('leaves a ticker and a time zone written out untagged', () => {
      const e = extractEntities(
        '',
        'Acme Robotics, Inc. (NASDAQ: ACMR) will host a conference call at 5:00 p.m. Eastern Time today.',
        'en',
      );
      // The exchange is a body, as the labelled news has "(NYSE: …)".
      expect(names(e)).toEqual(['Acme Robotics', 'NASDAQ']);
    });

    it('reads a name built on a known organisation as that kind of body, not a person', () => {
      const e = extractEntities(
        '',
        'The Philippine Red Cross said its volunteers were running kitchens.',
        'en',
      );
      expect(names(e, 'ORG')).toEqual(['Philippine Red Cross']);
      expect(names(e, 'PERSON')).toEqual([]);
    });

    it('tags the countries and acronyms of known bodies a title in Headline Case names, and reads no person into them', () => {
      const e = extractEntities(
        'Jordan Pledges More Aid Flights as Panama Picks Builders',
        'The aid flights will leave on Monday, officials said.',
        'en',
      );
      expect(names(e, 'LOCATION')).toEqual(['Jordan', 'Panama']);
      expect(names(e, 'PERSON')).toEqual([]);
      // And a well-known organisation's acronym, unless it opens a longer name the story gives.
      const acronyms = extractEntities(
        'IAEA Chief Warns of Blind Spot as LG Energy Solution Signs Deal',
        'The watchdog said it had lost track of the stockpile. LG Energy Solution will supply batteries.',
        'en',
      );
      expect(names(acronyms, 'ORG')).toEqual(['IAEA', 'LG Energy Solution']);
    });

    it("leaves ships' names untagged (CoNLL MISC)", () => {
      const e = extractEntities(
        '',
        'The Pentagon said the USS Gerald R. Ford had entered the Mediterranean. The fire started in the engine room of the MV Santa Lucia Express.',
        'en',
      );
      expect(names(e)).toEqual(['Mediterranean', 'Pentagon']);
    });

    it('leaves named wildfires and prizes untagged', () => {
      const e = extractEntities(
        '',
        'Firefighters battled the Park Fire near Chico as it spread. Two of its authors have won the Nigeria Prize for Literature. Ríos won best new artist at the Latin Grammy Awards.',
        'en',
      );
      expect(names(e)).toEqual(['Chico', 'Ríos']);
    });

    it('leaves shows and weeks untagged', () => {
      const e = extractEntities(
        '',
        'Emirates ordered 65 jets at the Dubai Airshow. The Geneva Motor Show was cancelled, and Elena Ruiz opened Paris Fashion Week.',
        'en',
      );
      expect(names(e)).toEqual(['Elena Ruiz', 'Emirates']);
    });

    it('leaves a known product or event and what qualifies it untagged, but not a country before it', () => {
      const e = extractEntities(
        '',
        'Brent crude rose, and U.S. West Texas Intermediate (WTI) fell 1%. Al Ahly face Esperance in the CAF Champions League on Friday.',
        'en',
      );
      expect(names(e)).toEqual(['Al Ahly', 'Esperance', 'US']);
    });

    it('leaves holidays and generations untagged', () => {
      const e = extractEntities(
        '',
        'Pope Francis died on Easter Monday. Sales rose over the Labor Day weekend. A synagogue was attacked on Yom Kippur, and markets shut for Diwali. Gen Z protesters marched.',
        'en',
      );
      expect(names(e)).toEqual(['Francis']);
    });

    it('reads an age used as a noun as no name', () => {
      const e = extractEntities('', 'Police said the 19-year-old had been released on bail.', 'en');
      expect(names(e)).toEqual([]);
    });

    it('reads a quantifier opening a sentence as no name, and keeps one beginning a name ("All Blacks")', () => {
      const text =
        'All other terms are defined in Section 13. Each amendment must be signed. The All Blacks beat Wales.';
      const e = extractEntities('', text, 'en', { tagger: everyCapitalIsAnOrg() });
      expect(names(e).filter((n) => /^(?:All|Each)$/.test(n))).toEqual([]);
      expect(names(e)).toContain('All Blacks');
    });

    it('reads a name set off by "the" and a business noun as the business, not "the company said"', () => {
      const e = extractEntities(
        '',
        'Investors poured money into Mistral, the French AI start-up. Tata Steel will expand its plant in Odisha, the company said. ' +
          'Later, VinFast, the electric car maker controlled by a tycoon, opened a factory.',
        'en',
      );
      expect(names(e, 'ORG')).toEqual(['Mistral', 'Tata Steel', 'VinFast']);
      // A business's noun and "of" without an article, where a stand-in model reads a place.
      const dunamu = extractEntities('', 'Naver bought Dunamu, operator of the Upbit exchange.', 'en', {
        tagger: standInTagger([
          ['b', 'O', 1],
          ['sh=Xx', 'B-LOC', 3],
        ]),
      });
      expect(dunamu.find((x) => x.name === 'Dunamu')?.type).toBe('ORG');
      expect(names(e, 'LOCATION')).toEqual(['Odisha']);
      // An owner in place of the article.
      const owned = extractEntities('', 'The fund would back Humain, its AI company.', 'en', {
        tagger: standInTagger([
          ['b', 'O', 1],
          ['sh=Xx', 'B-LOC', 3],
        ]),
      });
      expect(owned.find((x) => x.name === 'Humain')?.type).toBe('ORG');
    });

    it('reads the name of two words or more a company agrees to buy as an organisation', () => {
      const e = extractEntities(
        '',
        'Microsoft agreed to buy Activision Blizzard after regulators cleared the deal.',
        'en',
      );
      expect(names(e, 'ORG')).toEqual(['Activision Blizzard', 'Microsoft']);
    });

    it('keeps brands written in camel case', () => {
      const e = extractEntities('', 'Shares of eBay rose 3% after the marketplace said sales grew.', 'en');
      expect(e.find((x) => x.name === 'eBay')?.type).toBe('ORG');
    });

    it("leaves laws and treaties untagged and takes a signature block's labels out of names", () => {
      const law = extractEntities(
        '',
        'Congress wants to repeal the Affordable Care Act and leave the Paris Agreement, Senator John Thune said.',
        'en',
      );
      expect(names(law)).not.toContain('Affordable Care Act');
      expect(names(law)).not.toContain('Paris Agreement');
      const signed = extractEntities(
        '',
        'IN WITNESS WHEREOF the parties have signed.\nLENDER: Silicon Valley Bank\nBy: Bing Yu Title: Director\nName: Zhang Jilun Title: Chief Executive',
        'en',
      );
      expect(names(signed, 'PERSON')).toEqual(['Bing Yu', 'Zhang Jilun']);
    });

    it("keeps the 's of a shop's name where nothing it could own follows, and names it without", () => {
      const e = extractEntities(
        '',
        "The mall opened in 1979 with Ivey's and Belk as anchors. Thalhimer's became Hecht's in 1992, which became Macy's in 2006. Dillard's was added a year later.",
        'en',
      );
      const macy = e.find((x) => x.name === 'Macy');
      expect(macy?.type).toBe('ORG');
      expect(macy?.mentions.map((m) => m.text)).toEqual(["Macy's"]);
      expect(e.find((x) => x.name === 'Dillard')?.mentions.map((m) => m.text)).toEqual(["Dillard's"]);
    });

    it('cuts a title out of the names around it ("Senate Majority Leader John Thune", "Fed Chair Jerome Powell")', () => {
      const e = extractEntities(
        '',
        'Senate Majority Leader John Thune plans to bring the bill to the floor. Brigadier General Jesse Auton led the wing. The Federal Reserve held rates, Fed Chair Jerome Powell said.',
        'en',
      );
      expect(typeOf(e, 'Jerome Powell')).toBe('PERSON');
      expect(typeOf(e, 'Senate')).toBe('ORG');
      expect(typeOf(e, 'John Thune')).toBe('PERSON');
      expect(typeOf(e, 'Jesse Auton')).toBe('PERSON');
      expect(names(e).filter((n) => /Leader|General|Chair/.test(n))).toEqual([]);
    });

    it('reads a name after "shares in" or a business noun as an organisation, even a first name', () => {
      const e = extractEntities(
        '',
        'Shares in Adeyemi rose 4% in Lagos on Tuesday. Care home operators and the restaurant chain Dexter offer the app to staff. Games studio Harriet cut a third of its staff.',
        'en',
      );
      expect(typeOf(e, 'Adeyemi')).toBe('ORG');
      expect(typeOf(e, 'Dexter')).toBe('ORG');
      expect(typeOf(e, 'Harriet')).toBe('ORG');
    });

    it('reads a venue by its whole name ("TD Garden", "O\'Hare International Airport"), never its head alone', () => {
      const e = extractEntities(
        '',
        "The Boston Celtics beat the Miami Heat 112-98 as Jayson Tatum scored 34 points at TD Garden. In Chicago, O'Hare International Airport cancelled 400 flights.",
        'en',
      );
      expect(typeOf(e, 'TD Garden')).toBe('LOCATION');
      expect(typeOf(e, "O'Hare International Airport")).toBe('LOCATION');
      expect(names(e)).not.toContain('Garden');
      expect(names(e)).not.toContain('International Airport');
    });

    it('reads a leader\'s name before "administration" as a person ("the Obama administration")', () => {
      const e = extractEntities(
        '',
        'Officials in the Obama administration disagreed. The Biden administration imposed tariffs, while the Taliban administration said no.',
        'en',
      );
      expect(typeOf(e, 'Obama')).toBe('PERSON');
      expect(typeOf(e, 'Biden')).toBe('PERSON');
      expect(typeOf(e, 'Taliban')).toBe('ORG');
    });

    it('takes a nationality off a person the tagger read with it as a place ("Ugandan Joshua Cheptegei")', () => {
      const e = extractEntities(
        '',
        'Ethiopian Tsegaye Berhanu and Ugandan Joshua Cheptegei finished second and third.',
        'en',
      );
      expect(typeOf(e, 'Joshua Cheptegei')).toBe('PERSON');
      expect(names(e)).not.toContain('Ugandan Joshua Cheptegei');
      const places = extractEntities(
        '',
        'The Egyptian Red Crescent and Western Sydney Wanderers helped.',
        'en',
      );
      expect(names(places, 'PERSON')).toEqual([]);
    });

    it('holds an Arabic article joined to the next word inside the name ("Deir al-Balah", "Abdel Fattah al-Sisi")', () => {
      const e = extractEntities(
        '',
        'Families sheltered in tents between Deir al-Balah and Khan Younis, while President Abdel Fattah al-Sisi met envoys in Cairo.',
        'en',
      );
      expect(typeOf(e, 'Deir al-Balah')).toBe('LOCATION');
      expect(typeOf(e, 'Abdel Fattah al-Sisi')).toBe('PERSON');
      expect(names(e)).not.toContain('Deir');
    });

    it('reads a person known by one name as a person ("Pedri", "Burna Boy"), not a name holding it', () => {
      const e = extractEntities(
        '',
        'Pedri scored twice as Barcelona beat Sevilla 4-1, with Raphinha also on target. Grammy winners Burna Boy and Tems will headline. Bad Bunny will headline the Super Bowl halftime show at Levi’s Stadium in Santa Clara, the NFL said. Rivals Rema 1000 and Coop cut prices.',
        'en',
      );
      for (const name of ['Pedri', 'Raphinha', 'Burna Boy', 'Tems', 'Bad Bunny'])
        expect(typeOf(e, name)).toBe('PERSON');
      expect(typeOf(e, 'Rema')).not.toBe('PERSON');
    });

    it('keeps a stage name or a leader\'s name that opens with a title word whole ("Lady Gaga", "Sheikh Hasina")', () => {
      const e = extractEntities(
        '',
        'Lady Gaga sang at the gala. In Dhaka, a tribunal sentenced former Prime Minister Sheikh Hasina in absentia. In Egypt, Sisi opened the museum.',
        'en',
      );
      for (const name of ['Lady Gaga', 'Sheikh Hasina', 'Sisi']) expect(typeOf(e, name)).toBe('PERSON');
      expect(names(e).filter((n) => n === 'Gaga' || n === 'Hasina')).toEqual([]);
    });

    it('reads a body the gazetteer lacks as an organisation wherever written ("Ofwat", "Euroclear", "Cal Fire")', () => {
      const e = extractEntities(
        '',
        'Creditors submitted a revised plan to Ofwat. Russian assets held at Euroclear were frozen. Cal Fire said the Park Fire was contained. Man Utd sack Ruben Amorim. The Old Bailey heard that he escaped.',
        'en',
      );
      for (const name of ['Ofwat', 'Euroclear', 'Cal Fire', 'Man Utd', 'Old Bailey'])
        expect(typeOf(e, name)).toBe('ORG');
      // The US health programmes and a party named for its country, where a model read places.
      const read = extractEntities(
        '',
        'A third of patients are on Medicaid and half on Medicare. New Zealand First leader Winston Peters spoke in New Zealand.',
        'en',
        { tagger: everyCapitalIsAPlace() },
      );
      expect(
        ['Medicaid', 'Medicare', 'New Zealand First', 'New Zealand'].map((name) => typeOf(read, name)),
      ).toEqual(['ORG', 'ORG', 'ORG', 'LOCATION']);
      expect(names(e)).not.toContain('Park Fire');
    });

    it('reads a national statistics office as one organisation ("Statistics Poland", "Statistics South Africa")', () => {
      const e = extractEntities(
        '',
        'The rand firmed after Statistics South Africa said inflation slowed. Statistics Poland reported lower output in Poland.',
        'en',
        { tagger: everyCapitalIsAPlace() },
      );
      expect(
        ['Statistics South Africa', 'Statistics Poland', 'Poland'].map((name) => typeOf(e, name)),
      ).toEqual(['ORG', 'ORG', 'LOCATION']);
    });

    it('reads Germany\'s states as places ("Lower Saxony", where the model read "Lower" as an organisation)', () => {
      const e = extractEntities(
        '',
        "The state government in Hanover, led by Lower Saxony's premier Olaf Lies, said North Rhine-Westphalia and Thuringia would join.",
        'en',
      );
      for (const name of ['Lower Saxony', 'North Rhine-Westphalia', 'Thuringia'])
        expect(typeOf(e, name)).toBe('LOCATION');
      expect(typeOf(e, 'Lower')).toBeUndefined();
    });

    it('reads a state or province the gazetteer lacks as a place wherever written ("Tamil Nadu", "Sabah")', () => {
      const e = extractEntities(
        '',
        'Tamil Nadu Chief Minister M.K. Stalin spoke on Wednesday. Floods hit Khyber Pakhtunkhwa, and Hajiji Noor was sworn in again as Sabah Chief Minister. The Tamil Nadu Police said roads were closed.',
        'en',
      );
      for (const name of ['Tamil Nadu', 'Khyber Pakhtunkhwa', 'Sabah'])
        expect(typeOf(e, name)).toBe('LOCATION');
      expect(typeOf(e, 'Tamil Nadu Police')).toBe('ORG');
      // Whatever the model reads: one that takes every capital for an organisation.
      const read = extractEntities('', 'Votes were counted in Tamil Nadu and in Sindh on Sunday.', 'en', {
        tagger: everyCapitalIsAnOrg(),
      });
      expect(typeOf(read, 'Tamil Nadu')).toBe('LOCATION');
      expect(typeOf(read, 'Sindh')).toBe('LOCATION');
      // A title after the name is no part of it.
      const titled = extractEntities(
        '',
        'District of Columbia Mayor Muriel Bowser said it. Telangana Chief Minister Revanth Reddy agreed.',
        'en',
        {
          tagger: everyCapitalIsAnOrg(),
        },
      );
      expect(typeOf(titled, 'District of Columbia')).toBe('LOCATION');
      expect(typeOf(titled, 'Telangana')).toBe('LOCATION');
    });

    it('reads a ground named without a head word as a place, where a team would stand ("won 2-0 at Anfield")', () => {
      const e = extractEntities(
        '',
        'Mohamed Salah scored twice as Liverpool beat Aston Villa 2-0 at Anfield on Saturday. Napoli beat Milan 2-1 at the San Siro.',
        'en',
      );
      expect(['Anfield', 'San Siro', 'Liverpool'].map((name) => typeOf(e, name))).toEqual([
        'LOCATION',
        'LOCATION',
        'ORG',
      ]);
    });

    it('keeps the titles of Ireland\'s prime minister and deputy out of their names ("Taoiseach Micheal Martin")', () => {
      const e = extractEntities(
        '',
        'Taoiseach Micheal Martin congratulated her. Tanaiste Simon Harris agreed.',
        'en',
        {
          tagger: everyCapitalIsAPerson(),
        },
      );
      expect(names(e, 'PERSON')).toEqual(['Micheal Martin', 'Simon Harris']);
    });

    it('keeps a role or a nationality opening the sentence out of the name ("Councilwoman Tammy Ruhl")', () => {
      const e = extractEntities(
        '',
        "The council approved the plan. Councilwoman Tammy Ruhl cast the lone no vote. Ronnie O'Sullivan saw off Welshman Rhodri Pryce-Evans 13-9.",
        'en',
      );
      expect(names(e, 'PERSON')).toContain('Tammy Ruhl');
      expect(names(e).filter((n) => /Councilwoman|Welshman/.test(n))).toEqual([]);
    });

    it('reads a name after an occupation as a person ("Ukrainian qualifier Dayana Yastremska")', () => {
      const e = extractEntities(
        '',
        'Kazakh Tomasa Ruvalcaba beat Ukrainian qualifier Dayana Yastremska.',
        'en',
      );
      expect(typeOf(e, 'Dayana Yastremska')).toBe('PERSON');
    });

    it('reads a full name after an occupation as a person though its surname is a common word ("rookie Jaxson Dart")', () => {
      const e = extractEntities('', 'Giants rookie Jaxson Dart left the game with a concussion.', 'en');
      expect(typeOf(e, 'Jaxson Dart')).toBe('PERSON');
    });

    it('keeps "the" inside a name only after a connector ("Bank of the West")', () => {
      const e = extractEntities(
        '',
        'The Borrower shall have executed and delivered to the Bank the Revolving Note and such other documents as the Bank may require. Bank of the West shall hold it.',
        'en',
      );
      expect(names(e).filter((n) => n.includes(' the '))).toEqual(['Bank of the West']);
    });

    it('reads a name before a legal form as a company, holding a form written against it', () => {
      const e = extractEntities(
        '',
        'Evergreen Solar, Inc. signed the loan on Monday, and Tesla Inc. rose.',
        'en',
      );
      expect(typeOf(e, 'Evergreen Solar')).toBe('ORG');
      expect(e.find((x) => x.name === 'Evergreen Solar')?.mentions.map((m) => m.text)).toEqual([
        'Evergreen Solar',
      ]);
      expect(e.find((x) => x.name === 'Tesla')?.mentions.map((m) => m.text)).toEqual(['Tesla Inc.']);
    });

    it('reads a place the gazetteer knows whole as a place, whatever the model read ("Ho Chi Minh City", "Ann Arbor"), not a team', () => {
      const e = extractEntities(
        '',
        'Ho Chi Minh City will absorb two provinces. Rents in Ann Arbor rose, Sydney Sweeney said.',
        'en',
        { tagger: everyCapitalIsAPerson() },
      );
      expect(['Ho Chi Minh City', 'Ann Arbor', 'Sydney Sweeney'].map((name) => typeOf(e, name))).toEqual([
        'LOCATION',
        'LOCATION',
        'PERSON',
      ]);
      const org = { tagger: everyCapitalIsAnOrg() };
      expect(
        typeOf(
          extractEntities('', 'The delegations met behind closed doors in Abu Dhabi.', 'en', org),
          'Abu Dhabi',
        ),
      ).toBe('LOCATION');
      const sport = 'Jalen Williams added 16 points and 9 rebounds. Oklahoma City led 58-52 at halftime.';
      expect(typeOf(extractEntities('', sport, 'en', org), 'Oklahoma City')).toBe('ORG');
    });

    it('reads a place and a plural nickname after it as a team in a match report ("the New York Red Bulls")', () => {
      const place = { tagger: everyCapitalIsAPlace() };
      const report = extractEntities(
        '',
        'Messi scored twice as Miami beat the New York Red Bulls 5 - 1 on Saturday. Suarez added a goal in the second half, and the coach praised the defence after the win.',
        'en',
        place,
      );
      expect(typeOf(report, 'New York Red Bulls')).toBe('ORG');
      // A known given name before a common word's plural is no person: "the Red Bulls ' Emil Forsberg".
      const owner = extractEntities('', "The Red Bulls' Emil Forsberg scored late.", 'en', {
        tagger: everyCapitalIsAnOrg(),
      });
      expect(typeOf(owner, 'Red Bulls')).toBe('ORG');
      // The nickname a model left out after the place is the team's too.
      const cut = extractEntities(
        '',
        'The Boston Celtics beat the Milwaukee Bucks 118 - 105 on Friday night , with Jaylen Brown scoring 31 points . Giannis Antetokounmpo had 28 points and 14 rebounds in the defeat .',
        'en',
        {
          tagger: standInTagger([
            ['b', 'O', 1],
            ['w=milwaukee', 'B-LOC', 5],
            ['w=boston', 'B-ORG', 5],
            ['w=celtics', 'I-ORG', 5],
          ]),
        },
      );
      expect(typeOf(cut, 'Milwaukee Bucks')).toBe('ORG');
      const plant = extractEntities(
        '',
        'The brewer will build a new plant in Minas Gerais next year.',
        'en',
        place,
      );
      expect(typeOf(plant, 'Minas Gerais')).toBe('LOCATION');
    });

    it('reads a name the tagger read with its legal form as a person as a company ("Piper Sandler & Co."), not "Zaldy Co"', () => {
      const e = extractEntities(
        '',
        'The deal was advised by Piper Sandler & Co. and Goldman Sachs. Senator Zaldy Co resigned on Monday.',
        'en',
      );
      expect(e.find((x) => x.mentions.some((m) => m.text === 'Piper Sandler & Co.'))?.type).toBe('ORG');
      expect(e.find((x) => x.mentions.some((m) => m.text.startsWith('Zaldy')))?.type).toBe('PERSON');
    });

    it('reads a name read as a place before a comma and a legal form as a company, not a place before a county', () => {
      const release = extractEntities(
        '',
        'SAN FRANCISCO--(BUSINESS WIRE)--Okta, Inc. (NASDAQ: OKTA), the leading independent identity partner, today announced financial results.',
        'en',
      );
      expect(typeOf(release, 'Okta')).toBe('ORG');
      const address = extractEntities('', 'He was born in Swords, Co. Dublin, in 1950.', 'en', {
        tagger: everyCapitalIsAPlace(),
      });
      expect(typeOf(address, 'Swords')).toBe('LOCATION');
    });

    it('reads a name ending in a business or publication word as an organisation ("Brennan Hardware", "Rashid Gas")', () => {
      const e = extractEntities(
        '',
        'SALINA, Kan. — Brennan Hardware, a fixture on Main Street since 1952, will close. The field is led by Rashid Gas and Crescent Petroleum. Dockworkers at terminals run by APM Terminals walked out.',
        'en',
      );
      expect(typeOf(e, 'Brennan Hardware')).toBe('ORG');
      expect(typeOf(e, 'Rashid Gas')).toBe('ORG');
      expect(typeOf(e, 'APM Terminals')).toBe('ORG');
      // And a publication's name.
      const journal = extractEntities(
        '',
        'The team published its findings in The Astronomical Journal.',
        'en',
        {
          tagger: everyCapitalIsAPlace(),
        },
      );
      expect(typeOf(journal, 'Astronomical Journal')).toBe('ORG');
      const papers = extractEntities(
        '',
        'The Houston Chronicle ranked him second, and the Philadelphia Inquirer agreed.',
        'en',
        { tagger: everyCapitalIsAPlace() },
      );
      expect(typeOf(papers, 'Houston Chronicle')).toBe('ORG');
      expect(typeOf(papers, 'Philadelphia Inquirer')).toBe('ORG');
      // Where the model cut a firm's name short or ran two together.
      const firms = extractEntities(
        '',
        'The mills were sold to Crown Pacific Partners , and the round was led by EQT Ventures and Northzone .',
        'en',
        {
          tagger: standInTagger([
            ['b', 'O', 1],
            ['w=pacific', 'B-ORG', 5],
            ['w=partners', 'I-ORG', 5],
            ['w=eqt', 'B-ORG', 5],
            ['w=ventures', 'I-ORG', 5],
            ['w=and', 'I-ORG', 2],
            ['w=northzone', 'I-ORG', 5],
          ]),
        },
      );
      for (const name of ['Crown Pacific Partners', 'EQT Ventures', 'Northzone'])
        expect([name, typeOf(firms, name)]).toEqual([name, 'ORG']);
      const more = extractEntities(
        '',
        'Operators such as PSA International of Singapore bid , and CG Power and Industrial Solutions raced ahead .',
        'en',
        {
          tagger: standInTagger([
            ['b', 'O', 1],
            ['w=psa', 'B-ORG', 5],
            ['w=international', 'I-ORG', 5],
            ['w=of', 'I-ORG', 2],
            ['w=singapore', 'I-ORG', 5],
            ['w=cg', 'B-ORG', 5],
            ['w=power', 'I-ORG', 5],
          ]),
        },
      );
      const bodies = extractEntities(
        '',
        'The Australian Red Cross and the Salvation Army served meals , the New Zealand Defence Force flew in , and the Sweden Democrats objected .',
        'en',
        {
          tagger: standInTagger([
            ['b', 'O', 1],
            ['w=australian', 'B-ORG', 5],
            ['w=red', 'I-ORG', 5],
            ['w=cross', 'I-ORG', 5],
            ['w=and', 'I-ORG', 2],
            ['w=salvation', 'I-ORG', 5],
            ['w=army', 'I-ORG', 5],
            ['w=zealand', 'B-ORG', 5],
            ['w=sweden', 'B-LOC', 5],
          ]),
        },
      );
      for (const name of [
        'Australian Red Cross',
        'Salvation Army',
        'New Zealand Defence Force',
        'Sweden Democrats',
      ])
        expect([name, typeOf(bodies, name)]).toEqual([name, 'ORG']);
      expect(typeOf(more, 'PSA International')).toBe('ORG');
      expect(typeOf(more, 'Singapore')).toBe('LOCATION');
      expect(typeOf(more, 'CG Power and Industrial Solutions')).toBe('ORG');
      const culture = extractEntities(
        '',
        'The Harold Pinter Theatre staged the play , she sang with the Rotterdam Philharmonic Orchestra , and the Huntington Museum of Art gave passes .',
        'en',
        { tagger: everyCapitalIsAPlace() },
      );
      for (const name of [
        'Harold Pinter Theatre',
        'Rotterdam Philharmonic Orchestra',
        'Huntington Museum of Art',
      ])
        expect([name, typeOf(culture, name)]).toEqual([name, 'ORG']);
      // And a wire's desk signing off.
      const desk = extractEntities(
        '',
        'The talks will resume on Monday.\n-- Bonn Newsroom, +49 228 26097',
        'en',
      );
      expect(typeOf(desk, 'Bonn Newsroom')).toBe('ORG');
      const worship = extractEntities(
        '',
        'The attack on the Heaton Park Hebrew Congregation synagogue shocked Manchester.',
        'en',
      );
      expect(typeOf(worship, 'Heaton Park Hebrew Congregation')).toBe('ORG');
      // A streaming service's plus, which the tokens split off; not a sum.
      const plus = extractEntities(
        '',
        "Vivendi's Canal+ bought MultiChoice, a rival of Disney+ with 3+2 deals.",
        'en',
        {
          tagger: everyCapitalIsAnOrg(),
        },
      );
      expect(names(plus)).toEqual(expect.arrayContaining(['Canal+', 'Disney+']));
    });

    it('reads a place followed by English words that name no place as what is named for it', () => {
      const e = extractEntities(
        '',
        'Karam Shaar runs the Beirut Report newsletter. Analysts said the Accra Lottery paid out. Hospitals in Minas Gerais were full, and fires burned near the Santa Rosa Range west of Kansas City.',
        'en',
      );
      expect(typeOf(e, 'Beirut Report')).toBe('ORG');
      expect(typeOf(e, 'Accra Lottery')).toBe('ORG');
      expect(typeOf(e, 'Minas Gerais')).toBe('LOCATION');
      expect(typeOf(e, 'Santa Rosa Range')).toBe('LOCATION');
      expect(typeOf(e, 'Kansas City')).toBe('LOCATION');
    });

    it('reads a reference into a document as no name, and ends a name before one', () => {
      const filed = extractEntities(
        '',
        'Columbus-based Rallyhouse Outfitters filed for Chapter 11 bankruptcy protection late Sunday, the retailer said.',
        'en',
      );
      expect(names(filed)).not.toContain('Chapter');
      const footer = extractEntities(
        '',
        'SUBORDINATED LOAN AGREEMENT\nHERBERT SMITH LLP Page 1 of 12 7 - December 2007\nThe Borrower shall repay the Loan.\nPage 2 of 12 7 - December 2007',
        'en',
      );
      expect(names(footer).filter((n) => n.includes('Page'))).toEqual([]);
      const notices = extractEntities(
        '',
        'If to the Borrower: Crocs, Inc., 6328 Monarch Park Place, Niwot, Colorado 80503, Attention: Keith Love, Treasury Manager Telecopier: (303) 858-7048. If to the Bank: Union Bank of California, 530 B Street, San Diego, Attention: Douglas S. Lambell, VP Telecopier: (619) 230-3766',
        'en',
      );
      expect(names(notices, 'PERSON')).toEqual(expect.arrayContaining(['Keith Love', 'Douglas S. Lambell']));
      expect(names(notices)).not.toContain('Telecopier');
      expect(typeOf(notices, 'Union Bank of California')).toBe('ORG');
      expect(names(notices).filter((n) => n.includes(':'))).toEqual([]);
      // A reference word and its number read together as a name by the model.
      const exhibitAsOrg = standInTagger([
        ['b', 'O', 1],
        ['w=exhibit', 'B-ORG', 3],
        ['pt|sh=B-ORG|X', 'I-ORG', 5],
      ]);
      const attached = extractEntities('', 'The form is attached as Exhibit B to this letter.', 'en', {
        tagger: exhibitAsOrg,
      });
      expect(names(attached)).toEqual([]);
      // A milepost along a line, read as an organisation.
      const line = extractEntities('', 'Milepost 0: the junction. Milepost 1: a granite arch.', 'en', {
        tagger: everyCapitalIsAnOrg(),
      });
      expect(names(line)).toEqual([]);
    });

    it('reads a name followed by a role as a person', () => {
      const e = extractEntities(
        '',
        'Grid links will grow. Liisa Korpela, an energy analyst at the Helsinki-based consultancy Revontuli Insight, said the link was overdue.',
        'en',
      );
      expect(typeOf(e, 'Liisa Korpela')).toBe('PERSON');
      expect(typeOf(e, 'Revontuli Insight')).toBe('ORG');
    });

    it('joins a known first name to the surname the tagger left out', () => {
      const e = extractEntities(
        '',
        'Boats broke free in the storm. Harbour master Jack Pendower said no one had been hurt.',
        'en',
      );
      expect(typeOf(e, 'Jack Pendower')).toBe('PERSON');
      expect(names(e)).not.toContain('Harbour');
      expect(names(e)).not.toContain('Jack');
    });
  });
  it('reads news context cues around names no list knows', () => {
    const e = extractEntities(
      '',
      "Toyota's Akio Mwangaza praised the plan. Shares of Zambezi Copper Mining rose, and Ondiri, a Kenyan " +
        'payments startup, said carmaker Tembovolt would join. "It works," said Oluwadamilare Nwachukwu, an analyst ' +
        'at Kijani Asset Management. Fighting spread near Umm Kadada and in Tarfaya province, the city of ' +
        'Ngorongoro said, before the Kigali Marathon.',
      'en',
    );
    expect(names(e, 'PERSON')).toEqual(['Akio Mwangaza', 'Oluwadamilare Nwachukwu']);
    expect(names(e, 'ORG')).toEqual(
      expect.arrayContaining([
        'Toyota',
        'Zambezi Copper Mining',
        'Ondiri',
        'Tembovolt',
        'Kijani Asset Management',
      ]),
    );
    expect(names(e, 'LOCATION')).toEqual(expect.arrayContaining(['Umm Kadada', 'Tarfaya', 'Ngorongoro']));
    expect(e.some((x) => x.name.includes('Marathon'))).toBe(false);
    // What one holds a stake in is a company, read by a stand-in model as a place; not a known place.
    const stake = extractEntities(
      '',
      'Mubadala bought a stake in Covestro and a stake in Brazil. Pfizer completed its purchase of Metsera. ' +
        'A therapy slowed Huntington’s disease. Shares of Africa-focused miners rose. A Marburg virus outbreak spread.',
      'en',
      {
        tagger: standInTagger([
          ['b', 'O', 1],
          ['sh=Xx', 'B-LOC', 3],
        ]),
      },
    );
    expect(stake.find((x) => x.name === 'Covestro')?.type).toBe('ORG');
    expect(stake.find((x) => x.name === 'Metsera')?.type).toBe('ORG');
    expect(stake.find((x) => x.name === 'Brazil')?.type).toBe('LOCATION');
    // Nor a disease named for who described it or where it was found, nor a compound before what it qualifies.
    expect(names(stake).filter((n) => /Huntington|Africa|Marburg/.test(n))).toEqual([]);
  });
});
