// Hand-written word lists: small, closed classes that no npm gazetteer covers well.

/** Words that come before a person's name ("President Trump", "spokesman Dmitry Peskov"). */
export const PERSON_TITLES = new Set([
  'president', 'vice', 'prime', 'minister', 'secretary', 'chancellor', 'senator', 'sen.', 'rep.', 'representative',
  'governor', 'gov.', 'mayor', 'king', 'queen', 'prince', 'princess', 'pope', 'sheikh', 'emir', 'sultan', 'ayatollah',
  'general', 'gen.', 'colonel', 'col.', 'captain', 'capt.', 'lieutenant', 'lt.', 'sergeant', 'sgt.', 'admiral',
  'commander', 'marshal', 'major', 'maj.', 'mr', 'mr.', 'mrs', 'mrs.', 'ms', 'ms.', 'dr', 'dr.', 'prof.', 'professor',
  'judge', 'justice', 'spokesman', 'spokeswoman', 'spokesperson', 'envoy', 'ambassador', 'chairman', 'chairwoman',
  'chair', 'ceo', 'cfo', 'coo', 'founder', 'co-founder', 'director', 'chief', 'head', 'leader', 'speaker', 'lawmaker',
  'diplomat', 'official', 'adviser', 'advisor', 'aide', 'coach', 'manager', 'striker', 'midfielder', 'defender',
  'goalkeeper', 'forward', 'player', 'actor', 'actress', 'singer', 'rapper', 'author', 'writer', 'journalist',
  'reporter', 'correspondent', 'analyst', 'economist', 'attorney', 'lawyer', 'prosecutor', 'premier', 'dictator',
  'rev.', 'reverend', 'father', 'bishop', 'archbishop', 'cardinal', 'rabbi', 'imam', 'sir', 'dame', 'lord', 'lady',
  'baroness', 'count', 'duke', 'duchess', 'emperor', 'tsar', 'czar', 'crown', 'deputy', 'assistant', 'candidate',
  'nominee', 'challenger', 'incumbent', 'rival', 'opponent', 'champion', 'veteran', 'star', 'trainer', 'jockey',
  'driver', 'rider', 'skipper', 'batsman', 'bowler', 'pitcher', 'quarterback', 'mp', 'mep', 'congressman',
  'congresswoman', 'councillor', 'councilman', 'commissioner', 'inspector', 'detective', 'officer', 'constable',
  'st.', 'saint', 'mother', 'brother', 'sister', 'uncle', 'aunt', 'cousin', 'wife', 'husband', 'son', 'daughter',
]);

/** Last words of organisation names. */
export const ORG_HEADS = new Set([
  'inc', 'inc.', 'corp', 'corp.', 'corporation', 'co', 'co.', 'company', 'ltd', 'ltd.', 'llc', 'plc', 'ag', 'sa',
  'gmbh', 'nv', 'bv', 'spa', 'lp', 'llp', 'group', 'holdings', 'bank', 'bancorp', 'trust', 'fund', 'partners',
  'capital', 'securities', 'financial', 'insurance', 'university', 'college', 'school', 'institute', 'academy',
  'party', 'ministry', 'department', 'council', 'agency', 'committee', 'commission', 'association', 'union',
  'federation', 'foundation', 'society', 'court', 'office', 'bureau', 'authority', 'board', 'army', 'navy',
  'police', 'force', 'forces', 'guard', 'club', 'fc', 'united', 'city', 'airlines', 'airways', 'motors', 'energy',
  'oil', 'petroleum', 'pharmaceuticals', 'technologies', 'systems', 'labs', 'laboratories', 'industries',
  'international', 'news', 'times', 'post', 'journal', 'herald', 'tribune', 'telegraph', 'gazette', 'press',
  'agency', 'network', 'channel', 'tv', 'radio', 'records', 'studios', 'pictures', 'media', 'parliament',
  'congress', 'senate', 'assembly', 'organization', 'organisation', 'alliance', 'coalition', 'movement',
  'brigade', 'battalion', 'regiment', 'church', 'hospital', 'museum', 'orchestra', 'band', 'team', 'league',
  'cabinet', 'government', 'administration', 'service', 'services', 'reserve', 'exchange', 'stores',
]);

/** Well-known organisations whose names carry no head word. Matched as whole phrases. */
export const KNOWN_ORGS = [
  'Kremlin', 'White House', 'Pentagon', 'Downing Street', 'Elysee', 'Élysée', 'Congress', 'Senate', 'Parliament',
  'Knesset', 'Duma', 'Bundestag', 'Politburo', 'Hamas', 'Hezbollah', 'Taliban', 'al-Qaeda', 'al Qaeda', 'Islamic State',
  'ISIS', 'ISIL', 'NATO', 'UN', 'United Nations', 'EU', 'European Union', 'European Commission', 'WHO',
  'World Health Organization', 'IMF', 'World Bank', 'WTO', 'OPEC', 'OSCE', 'UNICEF', 'UNESCO', 'UNHCR', 'Interpol',
  'Europol', 'FBI', 'CIA', 'NSA', 'KGB', 'FSB', 'GRU', 'MI5', 'MI6', 'Mossad', 'NASA', 'SEC', 'FDA', 'EPA', 'Fed',
  'Federal Reserve', 'ECB', 'Bank of England', 'Reuters', 'AP', 'Associated Press', 'AFP', 'Agence France-Presse',
  'Bloomberg', 'TASS', 'RIA Novosti', 'Interfax', 'Xinhua', 'Al Jazeera', 'BBC', 'CNN', 'Fox News', 'MSNBC', 'CNBC',
  'NBC', 'CBS', 'ABC', 'NPR', 'PBS', 'Sky News', 'RT', 'Sputnik', 'Politico', 'Axios', 'Guardian', 'New York Times',
  'Washington Post', 'Wall Street Journal', 'Financial Times', 'Economist', 'Der Spiegel', 'Le Monde', 'Kyodo',
  'Yonhap', 'Ukrinform', 'Truth Social', 'Twitter', 'Facebook', 'Instagram', 'YouTube', 'TikTok', 'Telegram',
  'WhatsApp', 'Google', 'Apple', 'Microsoft', 'Amazon', 'Meta', 'Tesla', 'SpaceX', 'Netflix', 'OpenAI', 'Nvidia',
  'Intel', 'IBM', 'Samsung', 'Huawei', 'Alibaba', 'Tencent', 'Gazprom', 'Rosneft', 'Aramco', 'Boeing', 'Airbus',
  'Toyota', 'Volkswagen', 'Uber', 'X Corp', 'Democrats', 'Republicans', 'Democratic Party', 'Republican Party',
  'GOP', 'Labour', 'Tories', 'Conservatives', 'Supreme Court', 'Red Cross', 'Amnesty International',
  'Human Rights Watch', 'Greenpeace', 'Vatican', 'Holy See', 'Nasdaq', 'Wall Street', 'Goldman Sachs', 'JPMorgan',
  'Morgan Stanley', 'Citigroup', 'HSBC', 'Barclays', 'Deutsche Bank', 'UBS', 'BlackRock', 'Pfizer', 'Moderna',
  'AstraZeneca', 'Johnson & Johnson', 'Wagner', 'Wagner Group', 'Houthis', 'Ukrenergo', 'Naftogaz', 'IAEA', 'ICC',
  'G7', 'G20', 'BRICS', 'ASEAN', 'African Union', 'Arab League', 'Security Council', 'Foreign Office', 'State Department',
  'Home Office', 'Treasury', 'Justice Department', 'Defense Department', 'Ministry of Defence', 'Zelensky administration',
];

/** Well-known places the city list leaves out or spells another way. */
export const KNOWN_LOCATIONS = [
  'Kyiv', 'Kiev', 'Crimea', 'Donbas', 'Donbass', 'Gaza', 'Gaza Strip', 'West Bank', 'Golan Heights', 'Kashmir',
  'Middle East', 'Europe', 'Asia', 'Africa', 'North America', 'South America', 'Latin America', 'Antarctica', 'Arctic',
  'Balkans', 'Caucasus', 'Scandinavia', 'Siberia', 'Persian Gulf', 'Gulf', 'Black Sea', 'Red Sea', 'Baltic',
  'Baltic Sea', 'Mediterranean', 'Pacific', 'Atlantic', 'Indian Ocean', 'Silicon Valley', 'Hong Kong', 'Taiwan',
  'Kursk', 'Donetsk', 'Luhansk', 'Zaporizhzhia', 'Kherson', 'Kharkiv', 'Odesa', 'Odessa', 'Mariupol', 'Bakhmut',
  'Avdiivka', 'Sumy', 'Lviv', 'Dnipro', 'Beijing', 'Tehran', 'Pyongyang', 'Seoul', 'Riyadh', 'Doha', 'Ankara',
  'Istanbul', 'Brussels', 'Strasbourg', 'Geneva', 'Davos', 'Minsk', 'Tbilisi', 'Yerevan', 'Baku', 'Damascus',
  'Aleppo', 'Idlib', 'Beirut', 'Baghdad', 'Kabul', 'Islamabad', 'New Delhi', 'Delhi', 'Mumbai', 'Dhaka', 'Hanoi',
  'Manila', 'Jakarta', 'Canberra', 'Wellington', 'Ottawa', 'Mexico City', 'Havana', 'Caracas', 'Brasilia',
  'Buenos Aires', 'Santiago', 'Lima', 'Bogota', 'Nairobi', 'Lagos', 'Cairo', 'Johannesburg', 'Cape Town',
  'Addis Ababa', 'Khartoum', 'Tripoli', 'Tunis', 'Algiers', 'Rabat', 'Jerusalem', 'Tel Aviv', 'Ramallah', 'Rafah',
  'Khan Younis', 'Sinai', 'Yemen', 'Sanaa', 'Aden', 'Scotland', 'Wales', 'England', 'Northern Ireland', 'Britain',
  'Great Britain', 'Washington', 'Washington D.C.', 'Moscow', 'St. Petersburg', 'Saint Petersburg', 'London', 'Paris',
  'Berlin', 'Rome', 'Madrid', 'Warsaw', 'Prague', 'Budapest', 'Vienna', 'Tokyo', 'Shanghai', 'Los Angeles',
  'San Francisco', 'New York', 'Chicago', 'Texas', 'California', 'Florida', 'Alaska', 'Hawaii',
];

/**
 * Alternative names → canonical name, so one place or body is one entity across articles.
 * Keys are folded (lower case, no diacritics, no periods).
 */
export const ALIASES: Record<string, string> = {
  us: 'US', usa: 'US', 'united states': 'US', 'united states of america': 'US', america: 'US',
  'the united states': 'US', 'the us': 'US',
  uk: 'UK', 'united kingdom': 'UK', 'great britain': 'UK', britain: 'UK',
  'united kingdom of great britain and northern ireland': 'UK',
  un: 'United Nations', 'united nations': 'United Nations',
  eu: 'European Union', 'european union': 'European Union',
  uae: 'United Arab Emirates', 'united arab emirates': 'United Arab Emirates',
  'russian federation': 'Russia', kiev: 'Kyiv', 'saint petersburg': 'St. Petersburg', 'st petersburg': 'St. Petersburg',
  'washington dc': 'Washington', 'washington d c': 'Washington',
  prc: 'China', "people's republic of china": 'China', ussr: 'Soviet Union', 'soviet union': 'Soviet Union',
  nato: 'NATO', 'north atlantic treaty organization': 'NATO', 'associated press': 'AP', ap: 'AP',
  'agence france-presse': 'AFP', afp: 'AFP', 'the kremlin': 'Kremlin', 'the white house': 'White House',
  'federal reserve': 'Federal Reserve', fed: 'Federal Reserve', 'world health organization': 'WHO',
  'republic of korea': 'South Korea', 'south korea': 'South Korea', 'north korea': 'North Korea',
  dprk: 'North Korea', 'czech republic': 'Czechia', czechia: 'Czechia',
};

export const MONTHS = new Set([
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november',
  'december', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
]);
export const WEEKDAYS = new Set([
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
]);

/** Capitalised words that are never a whole entity on their own. */
export const NEVER_ALONE = new Set([
  'the', 'a', 'an', 'i', 'we', 'he', 'she', 'they', 'it', 'mr', 'mr.', 'mrs', 'mrs.', 'ms', 'ms.', 'dr', 'dr.',
  'president', 'minister', 'prime', 'state', 'tv', 'but', 'and', 'or', 'if', 'in', 'on', 'at', 'for', 'of', 'to',
  'this', 'that', 'these', 'those', 'his', 'her', 'their', 'our', 'my', 'your', 'its', 'there', 'here', 'when',
  'while', 'after', 'before', 'today', 'yesterday', 'tomorrow', 'according', 'ceasefire', 'god', 'covid', 'covid-19',
  'breaking', 'update', 'live', 'watch', 'read', 'more', 'photo', 'video', 'news', 'says', 'said',
]);
