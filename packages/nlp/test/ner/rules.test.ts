import { describe, expect, it } from '@jest/globals';
import { extractEntities } from '@newsflow/nlp';
import type { Entity } from '@newsflow/contracts';
import { tokenize } from '../../src/text/tokenize.js';
import { tagger } from '../../src/ner/tagger.js';
import { wordRole } from '../../src/ner/rules.js';

const byType = (entities: Entity[], type: string): string[] =>
  entities
    .filter((e) => e.type === type)
    .map((e) => e.name)
    .sort();

describe('news rules', () => {
  it('reads a dateline in capitals as a place', () => {
    const e = extractEntities(
      '',
      'NAIROBI - Heavy rains killed 40 people in Kenya , officials said on Tuesday .',
      'en',
    );
    expect(byType(e, 'LOCATION')).toEqual(['Kenya', 'Nairobi']);
    const w = extractEntities(
      '',
      'WASHINGTON ( Reuters ) - The Federal Reserve held rates steady on Wednesday .',
      'en',
    );
    expect(byType(w, 'LOCATION')).toEqual(['Washington']);
    expect(byType(w, 'ORG')).toEqual(['Federal Reserve', 'Reuters']);
  });

  it('reads a person after a title of several capitalised words, particles included', () => {
    const e = extractEntities(
      '',
      'Tesla Chief Financial Officer Vaibhav Taneja declined to comment . European Commission President Ursula von der Leyen met him .',
      'en',
    );
    expect(byType(e, 'PERSON')).toEqual(['Ursula von der Leyen', 'Vaibhav Taneja']);
    expect(byType(e, 'ORG')).toEqual(['European Commission', 'Tesla']);
  });

  it('takes "of the …" and "for the …" into an organisation on a head word', () => {
    const e = extractEntities(
      '',
      'The case was filed in the U.S. District Court for the District of Delaware , and the Armed Forces of the Democratic Republic of the Congo responded .',
      'en',
    );
    expect(byType(e, 'ORG')).toContain('U.S. District Court for the District of Delaware');
  });

  it('does not read a section word before a dash as a place', () => {
    const e = extractEntities('', 'SOCCER - Leeds beat Arsenal on Sunday .', 'en');
    expect(byType(e, 'LOCATION')).not.toContain('Soccer');
  });

  it('builds organisations on head words', () => {
    const e = extractEntities(
      '',
      'The Ministry of Health in New Delhi confirmed three cases . Scientists at the Reserve Bank of Australia and at Harvard University agreed . Bungie Inc. said nothing .',
      'en',
    );
    expect(byType(e, 'ORG')).toEqual(
      expect.arrayContaining([
        'Bungie',
        'Harvard University',
        'Ministry of Health',
        'Reserve Bank of Australia',
      ]),
    );
    // The legal form is in the mention, not in the name a facet shows.
    expect(e.find((x) => x.name === 'Bungie')?.mentions.map((m) => m.text)).toEqual(['Bungie Inc.']);
    const patrol = extractEntities(
      '',
      'In Spokane , Washington State Patrol troopers closed the road .',
      'en',
    );
    expect(byType(patrol, 'ORG')).toEqual(['Washington State Patrol']);
    // A plural possessive belongs to the name, a person's owns it.
    const parties = extractEntities(
      '',
      "The Workers' Party of Korea met . D66 won narrowly ahead of Geert Wilders' Party for Freedom ( PVV ) .",
      'en',
    );
    expect(byType(parties, 'ORG')).toEqual(['PVV', 'Party for Freedom', "Workers' Party of Korea"]);
    expect(byType(parties, 'PERSON')).toEqual(['Geert Wilders']);
  });

  it('takes the name after a title as a person, not the title', () => {
    const e = extractEntities(
      '',
      'Israeli Prime Minister Benjamin Netanyahu said talks had made progress . Health Minister Mansukh Mandaviya urged calm .',
      'en',
    );
    expect(byType(e, 'PERSON')).toEqual(['Benjamin Netanyahu', 'Mansukh Mandaviya']);
    expect(byType(e, 'LOCATION')).toEqual([]);
  });

  it('takes a first name after a royal title as a person, though company names use the word', () => {
    const e = extractEntities('', 'The prime minister met King Charles at Sandringham on Tuesday .', 'en');
    expect(byType(e, 'PERSON')).toEqual(['Charles']);
  });

  it('splits a place after a title and "of" from the person named after it', () => {
    const e = extractEntities(
      '',
      'The Archbishop of Canterbury Justin Welby resigned , Governor of California Gavin Newsom signed the bill and Mayor of London Sadiq Khan spoke .',
      'en',
    );
    expect(byType(e, 'PERSON')).toEqual(['Gavin Newsom', 'Justin Welby', 'Sadiq Khan']);
    expect(byType(e, 'LOCATION')).toEqual(['California', 'Canterbury', 'London']);
  });

  it('takes an unknown capitalised word after a one-word person as the surname the tagger left out', () => {
    const e = extractEntities(
      '',
      'Aryna Sabalenka beat Coco Gauff 6-4 6-3 to reach the final in Madrid .',
      'en',
    );
    expect(byType(e, 'PERSON')).toEqual(['Aryna Sabalenka', 'Coco Gauff']);
  });

  it('takes the given name before a surname that opens with a particle', () => {
    const e = extractEntities(
      '',
      '" We will win , " said Marine Le Pen , leader of the National Rally .',
      'en',
    );
    expect(byType(e, 'PERSON')).toEqual(['Marine Le Pen']);
  });

  it('reads no person after a title when a place head ends the name', () => {
    const e = extractEntities(
      '',
      'Chelsea beat Leicester 2 - 1 at the King Power Stadium , and Morocco played at the Prince Moulay Abdellah Stadium .',
      'en',
    );
    expect(byType(e, 'PERSON')).toEqual([]);
    expect(byType(e, 'LOCATION')).toEqual(expect.arrayContaining(['King Power Stadium']));
  });

  it("keeps a title's modifier out of the body named before it", () => {
    const e = extractEntities(
      '',
      'Senate Majority Leader Chuck Schumer said the vote showed that " bipartisanship wins " . Republican leader Mitch McConnell agreed .',
      'en',
    );
    expect(byType(e, 'ORG')).toEqual(['Senate']);
    expect(byType(e, 'PERSON')).toEqual(['Chuck Schumer', 'Mitch McConnell']);
  });

  it("keeps local officials' titles out of their names", () => {
    const e = extractEntities(
      '',
      'Councilwoman Tammy Ruhl , who cast the lone no vote , said residents were upset . The car became stuck , Sheriff Dale Tollison said . Ombudsman Jesus Crispin Remulla told reporters .',
      'en',
    );
    expect(byType(e, 'PERSON')).toEqual(['Dale Tollison', 'Jesus Crispin Remulla', 'Tammy Ruhl']);
  });

  it('reads a team or unit as an organisation, never the person after a rank', () => {
    const e = extractEntities(
      '',
      'Detective Chief Inspector Claire Hudson , of the Homicide and Major Enquiry Team , said the family was devastated .',
      'en',
    );
    expect(byType(e, 'PERSON')).toEqual(['Claire Hudson']);
    expect(byType(e, 'ORG').some((x) => x.endsWith('Enquiry Team'))).toBe(true);
  });

  it("reads the person after a member of parliament's title", () => {
    const e = extractEntities('', "Former Tory MP Nadine Dorries criticised the BBC 's coverage .", 'en');
    expect(byType(e, 'PERSON')).toEqual(['Nadine Dorries']);
    expect(byType(e, 'ORG')).not.toContain('Tory MP');
  });

  it('reads the person after a rank written out', () => {
    const e = extractEntities(
      '',
      "Belgrano 's army was supported by Colonel Baltasar Cárdenas . Detective Superintendent Grant Lowry said the arrest was significant .",
      'en',
    );
    expect(byType(e, 'PERSON')).toEqual(['Baltasar Cárdenas', 'Belgrano', 'Grant Lowry']);
  });

  it('reads a guild as an organisation, with the place it is of', () => {
    const e = extractEntities(
      '',
      'Hollywood studios reached a deal with the Writers Guild of America .',
      'en',
    );
    expect(byType(e, 'ORG')).toEqual(['Writers Guild of America']);
    expect(byType(e, 'LOCATION')).not.toContain('America');
  });

  it('reads a compass word or particle the first-name list holds as the start of a place, not of a person', () => {
    const e = extractEntities(
      '',
      'Heavy snow closed the M62 between Greater Manchester and West Yorkshire . Pupils fell ill in West Java .',
      'en',
    );
    expect(byType(e, 'PERSON')).toEqual([]);
    expect(byType(e, 'LOCATION')).toEqual(expect.arrayContaining(['West Java', 'West Yorkshire']));
    const opener = extractEntities(
      '',
      'She ran a bait shop in Port Isabel and trained at the Royal Conservatoire .',
      'en',
    );
    expect(byType(opener, 'PERSON')).toEqual([]);
    const particle = extractEntities(
      '',
      'Vote-buying was reported in coastal departments such as La Guajira and Córdoba .',
      'en',
    );
    expect(byType(particle, 'PERSON')).toEqual([]);
  });

  it('joins a person split at a particle', () => {
    const e = extractEntities('', 'United manager Erik ten Hag praised his players on Sunday .', 'en');
    expect(byType(e, 'PERSON')).toEqual(['Erik ten Hag']);
  });

  it('tags a headline line only with names the story names', () => {
    const e = extractEntities(
      '',
      'Biden Signs Bill to Avert Government Shutdown\nPresident Joe Biden signed a spending bill on Saturday , the White House said .',
      'en',
    );
    expect(byType(e, 'PERSON')).toEqual(['Joe Biden']);
    expect(e.find((x) => x.name === 'Joe Biden')?.count).toBe(2);
    expect(byType(e, 'ORG')).toEqual(['White House']);
  });

  it('gets word roles from the tagger as wordRole computes them', () => {
    const tokens = tokenize(
      'The Ministry of Health said President Macron and the ruling Morena party met at Lake Geneva.',
    );
    const roles = new Uint8Array(tokens.length);
    tagger().tag(tokens, roles);
    expect(Array.from(roles)).toEqual(tokens.map((t) => wordRole(t.text)));
    expect(roles.some((r) => r !== 0)).toBe(true);
  });
});
