/** Sports pages: teams named by their place, lines of results and standings, players' countries, scorecards. */
import type { TextField } from '@newsflow/contracts';
import type { Token } from '../text/tokenize.js';
import { LONG_LOWER_WORD, sentenceHas, textAt, textsOf } from '../text/tokenize.js';
import { isCapitalized } from '../ner/features.js';
import { GENERIC_ALONE, OCCUPATIONS, PLACE_HEADS, RESULT_VERBS, TEAM_ROLES } from '../ner/heads.js';
import { isPlaceWord } from '../ner/rules.js';
import {
  GAZ,
  POSSESSIVE,
  SCORE,
  WHERE,
  knownPlaceNotCountry,
  knownType,
  knownWhole,
  namesBody,
  namesCountry,
  personLike,
  runEnd,
  runWordAt,
} from './words.js';
import type { Span, TypedRun } from './spans.js';
import { retypeRuns } from './spans.js';

/**
 * A club named by its city or region, as sports news writes it: a role after it ("Porto coach"), a result verb and a
 * score around it ("beat Sevilla 3 - 1", "Donegal beat Tyrone 1 - 17 to 1 - 16"), or a score in a line of results
 * ("Toronto 6 , Baltimore 2"). CoNLL labels such teams organisations; a country stays a place (national teams).
 */
export function teamByItsPlace(tokens: readonly Token[], a: number, b: number): boolean {
  const inSentence = (k: number): boolean => k < tokens.length && !(tokens[k] as Token).sentenceStart;
  const text = (k: number): string => (tokens[k] as Token).text;
  const next = inSentence(b) ? text(b) : '';
  const cue =
    TEAM_ROLES.has(next) ||
    SCORE.test(next) ||
    isInningsTotal(next) ||
    (RESULT_VERBS.has(next) && [2, 3, 4, 5].some((d) => inSentence(b + d) && SCORE.test(text(b + d))));
  if (!cue) return false;
  if (!knownPlaceNotCountry(tokens, a, b)) return false;
  if (!SCORE.test(next) || isInningsTotal(next)) return true;
  // A score after the name: a result verb before it, or another name and score in the same sentence.
  if (!(tokens[a] as Token).sentenceStart && RESULT_VERBS.has(text(a - 1))) return true;
  let start = a;
  while (start > 0 && !(tokens[start] as Token).sentenceStart) start--;
  for (let k = start; k + 1 < tokens.length && (k === start || inSentence(k)); k++)
    if ((k < a || k >= b) && isCapitalized(text(k)) && inSentence(k + 1) && SCORE.test(text(k + 1)))
      return true;
  return false;
}

/** Words of match reports: a text with a score and four of them reports a match. */
const MATCH_WORDS = new Set([
  'coach',
  'season',
  'match',
  'game',
  'goal',
  'goals',
  'points',
  'innings',
  'wickets',
  'league',
  'cup',
  'beat',
  'draw',
  'defeat',
  'win',
  'won',
  'quarter',
  'overtime',
  'scored',
  'halftime',
  'penalty',
  'rebounds',
  'touchdown',
  'inning',
  'tournament',
  'championship',
  'equalised',
  'equalized',
  'equaliser',
  'equalizer',
  'striker',
  'goalkeeper',
  'midfielder',
  'substitute',
  'stoppage',
]);
const MATCH_WORDS_NEEDED = 4;
/** Words of a story of players moving between clubs: "striker", "transfer", "loan". */
const TRANSFER_WORDS = new Set([
  'transfer',
  'transfers',
  'striker',
  'midfielder',
  'defender',
  'goalkeeper',
  'winger',
  'loan',
  'manager',
]);
/** The dashes of a score written in three tokens in a report: the labelled text's "27 - 24", an article's "27 – 24". */
const REPORT_SCORE_DASHES: ReadonlySet<string> = new Set(['-', '–']);

interface MatchSigns {
  words: number;
  score: boolean;
  /** How many words of a story of transfers it holds (TRANSFER_WORDS), each time written. */
  transferWords: number;
}

/** Each text's match signs, counted once however many rules ask (a text's tokens never change once made). */
const signsOfText = new WeakMap<readonly Token[], MatchSigns>();

function matchSigns(tokens: readonly Token[]): MatchSigns {
  let signs = signsOfText.get(tokens);
  if (!signs) signsOfText.set(tokens, (signs = countMatchSigns(tokens)));
  return signs;
}

/** How many words of match reports a text holds, and whether it holds a score. */
function countMatchSigns(tokens: readonly Token[]): MatchSigns {
  let score = false;
  let transferWords = 0;
  const words = new Set<string>();
  tokens.forEach((t, k) => {
    if (MATCH_WORDS.has(t.text)) words.add(t.text);
    if (TRANSFER_WORDS.has(t.text)) transferWords++;
    score ||= gameScoreAt(tokens, k, REPORT_SCORE_DASHES);
  });
  return { words: words.size, score, transferWords };
}

/** Whether a text reports a match: a score and words of match reports. */
export function reportsMatch(tokens: readonly Token[]): boolean {
  const { words, score } = matchSigns(tokens);
  return score && words >= MATCH_WORDS_NEEDED;
}

/** Whether a text speaks of sport at all, a score or none: "Liverpool and Brighton are understood to have bid". */
export const speaksOfSport = (tokens: readonly Token[]): boolean => matchSigns(tokens).words >= 2;

/** Words before the side a team plays: "scored against Milwaukee", "Alabama visits Tennessee", "a win over Utah". */
const OPPONENT_BEFORE = new Set([
  'against',
  'over',
  'past',
  'for',
  'host',
  'hosts',
  'hosting',
  'visit',
  'visits',
  'visiting',
  'face',
  'faces',
  'facing',
  'beat',
  'beats',
]);

/** Results a team gets away at another: "won 3-0 at Rio Ave", "a 2-0 defeat at Augsburg", "losing at Brighton". */
const AWAY_RESULTS = new Set([
  'win',
  'won',
  'defeat',
  'draw',
  'drew',
  'loss',
  'lost',
  'losing',
  'victory',
  'beaten',
]);
/**
 * The nearest token j of the `reach` before token k, in k's sentence, for which `test` holds; -1 when none does.
 */
function nearestBefore(
  tokens: readonly Token[],
  k: number,
  reach: number,
  test: (j: number) => boolean,
): number {
  for (let j = k - 1; j >= 0 && j >= k - reach && !(tokens[j + 1] as Token).sentenceStart; j--)
    if (test(j)) return j;
  return -1;
}

/** Whether a result stands in the four words before token k, its score between. */
function resultBefore(tokens: readonly Token[], k: number): boolean {
  const result = (j: number): boolean => {
    const word = textAt(tokens, j);
    // "were held 1-1 at Elche", not "held talks at".
    return AWAY_RESULTS.has(word) || (word === 'held' && /^\d/.test(textAt(tokens, j + 1)));
  };
  return nearestBefore(tokens, k, 4, result) >= 0;
}

/** Verbs of play besides a result's (RESULT_VERBS): "Dallas hosts Kansas City", "Alabama visits Tennessee". */
const MEETS = new Set(['host', 'hosts', 'hosted', 'visit', 'visits', 'visited', 'face', 'faces', 'faced']);

/** What a team owns in a match report: "Jacksonville's defense", "Baltimore's loss to Cleveland". */
const TEAM_OWNED = new Set([
  'defense',
  'defence',
  'offense',
  'offence',
  'loss',
  'win',
  'victory',
  'defeat',
  'streak',
  'roster',
  'lineup',
  'bullpen',
]);

/** A team's record of wins and losses, in brackets after its name: "Houston (32-5)", "Florida (33-17-4)". */
const RECORD = /^\d{1,3}-\d{1,3}(?:-\d{1,3})?$/;

/**
 * In a match report, a city or region read as a place after a word of play is the team it names: "scored 51
 * against Milwaukee", "two goals for Kashima", "Nuggets: Host Portland", "a 2-0 win at Portsmouth"; so is one
 * before a verb of play and the side it plays ("Dallas hosts Kansas City"), after a result and "to" or "by" ("lost
 * 5-2 to Seattle", "beaten 1-0 by Grimsby Town"), before its record ("Houston (32-5)") or owning a player named in full or a side's thing ("Boston's Greg
 * Tanner", "Jacksonville's defense"). In a story of transfers, so is one a player or coach left ("joined from
 * Lille", "after leaving Sassuolo"). A country stays a place (national teams).
 */
export function teamsInPlay(spans: Span[], field: TextField, tokens: Token[]): Span[] {
  if (!spans.some((s) => s.field === field && s.type === 'LOCATION')) return spans;
  const match = reportsMatch(tokens);
  const transfers = speaksOfTransfers(tokens);
  if (!match && !transfers && !speaksOfSport(tokens)) return spans;
  const runs: TypedRun[] = [];
  for (const s of spans) {
    if (s.field !== field || s.type !== 'LOCATION') continue;
    const moved = transfers && transferredFrom(tokens, s.start);
    if (
      (moved || tradedTo(tokens, s.start) || tradesPlayer(tokens, s.end) || spokenOfAsSide(tokens, s)) &&
      knownPlaceNotCountry(tokens, s.start, s.end)
    ) {
      runs.push({ start: s.start, end: s.end, type: 'ORG' });
      continue;
    }
    if (!match) continue;
    const before = textAt(tokens, s.start - 1);
    const opponent =
      s.start > 0 &&
      !(tokens[s.start] as Token).sentenceStart &&
      (OPPONENT_BEFORE.has(before.toLowerCase()) ||
        ((before === 'at' || before === 'to' || before === 'by') && resultBefore(tokens, s.start - 1)));
    const verb = textAt(tokens, s.end);
    const playing = (RESULT_VERBS.has(verb) || MEETS.has(verb)) && runWordAt(tokens, s.end + 1);
    const record =
      verb === '(' && RECORD.test(textAt(tokens, s.end + 1)) && textAt(tokens, s.end + 2) === ')';
    const owner =
      POSSESSIVE.test(verb) &&
      (TEAM_OWNED.has(textAt(tokens, s.end + 1)) ||
        (isCapitalized(textAt(tokens, s.end + 1)) &&
          GAZ.firstNames.has(textAt(tokens, s.end + 1)) &&
          personLike(tokens, s.end + 1, s.end + 3)));
    if (
      (opponent || playing || record || owner) &&
      (knownPlaceNotCountry(tokens, s.start, s.end) || clubOfPlace(tokens, s))
    )
      runs.push({ start: s.start, end: s.end, type: 'ORG' });
  }
  return retypeRuns(spans, field, tokens, runs);
}

/** Words after a town that make a club of it, as British clubs are named: "Grimsby Town", "Exeter City". */
const CLUB_SUFFIXES = new Set([
  'Town',
  'City',
  'County',
  'United',
  'Athletic',
  'Rovers',
  'Wanderers',
  'Albion',
]);

/** A known town and a club's word after it, which no list knows whole: "beaten 1-0 by Grimsby Town". */
const clubOfPlace = (tokens: readonly Token[], s: Span): boolean =>
  s.end - s.start === 2 &&
  CLUB_SUFFIXES.has(textAt(tokens, s.start + 1)) &&
  knownPlaceNotCountry(tokens, s.start, s.start + 1) &&
  GAZ.wholeKind(textsOf(tokens, s.start, s.end)) === undefined;

/** Moves of a player or coach from a club: "joined from Lille", "signed from Brondby", "after leaving Sassuolo". */
const MOVES = new Set([
  'joined',
  'joining',
  'joins',
  'signed',
  'signing',
  'signs',
  'arrived',
  'arrives',
  'moved',
  'loaned',
  'bought',
  'recruited',
]);
const LEAVES = new Set(['leaving', 'left', 'leaves', 'quit', 'quitting']);

/** Whether a text speaks of sport and of players' moves between clubs: two words of each. */
const speaksOfTransfers = (tokens: readonly Token[]): boolean =>
  speaksOfSport(tokens) && matchSigns(tokens).transferWords >= 2;

/** Whether the name at token k is the club someone left: "leaving Sassuolo", "joined Brighton from Yokohama". */
function transferredFrom(tokens: readonly Token[], k: number): boolean {
  if (k === 0 || (tokens[k] as Token).sentenceStart) return false;
  const before = textAt(tokens, k - 1);
  if (LEAVES.has(before)) return true;
  if (before !== 'from') return false;
  return nearestBefore(tokens, k - 1, 6, (j) => MOVES.has(textAt(tokens, j))) >= 0;
}

/** How clubs trade players: "sent Martin Necas and Jack Drury to Colorado", "traded … to Carolina". */
const TRADES_TO = new Set(['traded', 'sent', 'dealt', 'shipped']);
/** What a club does with a player: "Carolina received forward Logan Stankoven", "Dallas got guard Max Christie". */
const TRADES = new Set([
  'received',
  'acquired',
  'got',
  'landed',
  'signed',
  'waived',
  'released',
  'claimed',
  'drafted',
]);

/** What else is traded besides players: "sent a seventh-round selection to Pittsburgh". */
const DRAFT_PICKS = new Set(['pick', 'picks', 'selection', 'selections']);

/**
 * Whether the name at token k is where a player was traded: "to" after a verb of trading in its sentence and a
 * player's name or a draft pick between them (not "a letter would be sent to Dublin").
 */
function tradedTo(tokens: readonly Token[], k: number): boolean {
  if (textAt(tokens, k - 1) !== 'to' || (tokens[k] as Token).sentenceStart) return false;
  const verb = nearestBefore(tokens, k - 1, 9, (j) => TRADES_TO.has(textAt(tokens, j)));
  return verb >= 0 && textsOf(tokens, verb + 1, k - 1).some((w) => isCapitalized(w) || DRAFT_PICKS.has(w));
}

/** Whether the name ending before token end trades a player: "Carolina received forward Logan Stankoven". */
const tradesPlayer = (tokens: readonly Token[], end: number): boolean =>
  TRADES.has(textAt(tokens, end)) && OCCUPATIONS.has(textAt(tokens, end + 1));

/** Whether the name at token k ends a list of places after a preposition: "protests in Garoua and Douala were". */
function placesListed(tokens: readonly Token[], k: number): boolean {
  const join = textAt(tokens, k - 1);
  if (join !== 'and' && join !== ',') return false;
  let j = k - 2;
  while (j >= 0 && (runWordAt(tokens, j) || textAt(tokens, j) === ',')) j--;
  return WHERE.includes(textAt(tokens, j));
}

/** Verbs a club named by its city takes in the plural, as British English writes a side: "Madrid are level". */
const PLURAL_VERBS = new Set(['are', 'were']);

/**
 * Whether a city is spoken of as a side, in the plural or as people: "Madrid are level on 51 points", "Leverkusen, who
 * are owned by", "Madrid said they would"; not a name that is a plural itself ("the Netherlands").
 */
function spokenOfAsSide(tokens: readonly Token[], s: Span): boolean {
  const last = textAt(tokens, s.end - 1);
  if (last.endsWith('s') || placesListed(tokens, s.start)) return false;
  const next = textAt(tokens, s.end);
  const after = textAt(tokens, s.end + 1);
  return (
    PLURAL_VERBS.has(next) ||
    (next === ',' && after === 'who') ||
    ((next === 'said' || next === 'say' || next === 'says') && after === 'they')
  );
}

/** Last words of the names of grounds and arenas a match is played at ("Rogers Place", "Canadian Tire Centre"). */
const VENUE_ENDINGS = new Set([
  'Centre',
  'Center',
  'Place',
  'Park',
  'Field',
  'Garden',
  'Gardens',
  'Arena',
  'Stadium',
  'Saddledome',
  'Dome',
  'Oval',
  'Ground',
  'Coliseum',
  'Bowl',
]);

/** Last words of buildings that are places after "at" in any story: "at the Majestic Theatre", "at Evin Prison". */
const BUILDING_ENDINGS = new Set([
  'Theatre',
  'Theater',
  'Courthouse',
  'Fairgrounds',
  'Arena',
  'Stadium',
  'Hall',
  'Palace',
  'Ballroom',
  'Gallery',
  'Hotel',
  'Prison',
  'Jail',
  'Penitentiary',
]);

/**
 * A name after "at" that ends as a building's is the place, whatever it was read as ("at the Majestic Theatre", "at
 * the Graves County Courthouse", "told reporters at City Hall", "at the National Palace", "at the Savoy Hotel"; not a
 * forum, which meets: "at the World Economic Forum"); in a match report, also one that ends as a ground's: "at the Canadian Tire Centre",
 * "at Rogers Place", "at the Scotiabank Saddledome", and in any story a ground named for a company: "at Lenovo Center".
 */
export function venuesOfPlay(spans: Span[], field: TextField, tokens: Token[]): Span[] {
  let match: boolean | undefined;
  const runs: TypedRun[] = [];
  for (const s of spans) {
    if (s.field !== field || s.type === 'LOCATION' || s.end - s.start < 2) continue;
    const before = textAt(tokens, s.start - 1);
    if (before !== 'at' && !(before === 'the' && textAt(tokens, s.start - 2) === 'at')) continue;
    const last = textAt(tokens, s.end - 1);
    if (
      BUILDING_ENDINGS.has(last) ||
      (VENUE_ENDINGS.has(last) &&
        // A company's name before it makes a sponsor's venue in any story: "told reporters at Lenovo Center".
        (knownType(tokens, s.start, s.end - 1) === 'ORG' || (match ??= reportsMatch(tokens))))
    )
      runs.push({ start: s.start, end: s.end, type: 'LOCATION' });
  }
  return retypeRuns(spans, field, tokens, runs);
}

/** A cricket innings' runs for wickets ("194-0", "255-3"), not a bowler's wickets for runs ("5-68"). */
function isInningsTotal(word: string): boolean {
  const m = /^(\d{2,3})-(\d{1,2})$/.exec(word);
  return m !== null && Number(m[1]) >= 20 && Number(m[2]) <= 10;
}

/** Whether every word of tokens [a, b) is a common word ("Article 3 Security 4": a table of contents). */
function allCommonWords(tokens: readonly Token[], a: number, b: number): boolean {
  for (let k = a; k < b; k++) if (!GAZ.lowerWords.has((tokens[k] as Token).lower)) return false;
  return true;
}

/** How many numbers follow a team's name in a standings row, at least ("Kashima Antlers 10 7 1 2 17 8 22"). */
const STANDINGS_NUMBERS = 5;
const LOWER_WORD = /^\p{Ll}{2,}/u;
/** A winning percentage in a standings row after the wins and losses: ".526", "1.000". */
export const WIN_SHARE = /^[01]?\.\d{3}$/;
/**
 * What may follow a team's score besides the next team: the end of the line, the set or period scores, the other
 * team of the game or the next game ("Boston 5 , New York Yankees 3 ; Toronto 6 , Baltimore 2").
 */
const AFTER_A_SCORE = new Set(['.', '(', ',', ';']);

/**
 * Lines of results and standings rows, as sports pages print them: a name followed by one score and then the next
 * name, the end of the line, scores in brackets, a comma or a semicolon ("Kashima Antlers 2 Urawa Reds 1", "Trefl
 * Gdansk 1 ( 25 - 21", "Boston 5 , New York Yankees 3 ;"), or by five numbers or more ("Kyoto Sanga 10 6 2 2 16 10
 * 20"), is a team, the whole name: an organisation, a country a place (national teams); a name in brackets before
 * a number is a player ("Arsenal 2 ( Martinelli 49 , Saka 88 )"). A line needs two teams, not only of common words
 * unless the gazetteer knows the name ("Arsenal"; a table of contents: "Article 3 Security 4"), and no more
 * lower-case words than names ("the Boeing 737 Max 9 jets" is prose); names followed by two to four numbers are no
 * teams (golf rounds: "Lilia Vu 69 68 67"), unless a winning percentage follows them ("BALTIMORE 70 63 .526 4 1/2").
 * A standings row, one team to a line, counts beside another row ("Kashima Antlers 10 7 1 2 17 8 22" and the next).
 * Australian football writes goals, behinds and points: "Collingwood 14.11 (95) def Brisbane Lions 11.9 (75)".
 */
export function resultsLines(
  spans: Span[],
  field: TextField,
  tokens: Token[],
  lines: ReadonlyArray<[number, number]>,
): Span[] {
  const text = (k: number): string => (tokens[k] as Token).text;
  const teams: TypedRun[] = [];
  // The lone team of each line that is a standings row, by the line's index.
  const rows = new Map<number, TypedRun>();
  lines.forEach(([from, to], index) => {
    if (!twoNumbers(tokens, from, to)) return;
    const line: TypedRun[] = [];
    let standings = false;
    const scorers: TypedRun[] = [];
    let lowerWords = 0;
    let depth = 0;
    for (let i = from; i < to;) {
      if (!runWordAt(tokens, i)) {
        if (LOWER_WORD.test(text(i))) lowerWords++;
        else if (text(i) === '(') depth++;
        else if (text(i) === ')') depth = Math.max(0, depth - 1);
        i++;
        continue;
      }
      const j = runEnd(tokens, i);
      if (depth === 0 && footyScoreAt(tokens, j)) {
        line.push({ start: i, end: j, type: 'ORG' });
        i = j + 4;
        continue;
      }
      let p = j;
      while (p < to && SCORE.test(text(p))) p++;
      const numbers = p - j;
      const row = numbers >= STANDINGS_NUMBERS || (numbers === 2 && p < to && WIN_SHARE.test(text(p)));
      // Names in brackets are a team's players ("Surrey 412 ( Sibley 156 , Pope 61 )").
      if (
        depth === 0 &&
        (numbers === 1 || row) &&
        (p === to || row || runWordAt(tokens, p) || AFTER_A_SCORE.has(text(p))) &&
        (!allCommonWords(tokens, i, j) || knownWhole(tokens, i, j))
      ) {
        line.push({ start: i, end: j, type: namesCountry(tokens, i, j) ? 'LOCATION' : 'ORG' });
        standings ||= row;
      }
      // A name in brackets before a minute is a scorer ("Arsenal 2 ( Martinelli 49 , Saka 88 )").
      else if (depth > 0 && numbers >= 1) scorers.push({ start: i, end: j, type: 'PERSON' });
      i = p;
    }
    if (line.length >= 2 && lowerWords <= line.length) teams.push(...line, ...scorers);
    else if (line.length === 1 && standings && lowerWords === 0) rows.set(index, line[0] as TypedRun);
  });
  for (const [index, team] of rows) if (rows.has(index - 1) || rows.has(index + 1)) teams.push(team);
  if (teams.length === 0) return spans;
  // A span that runs over a score between two teams ("Middlesbrough 1 Liverpool") is cut at it first.
  const cut = spans.flatMap((s) => {
    if (s.field !== field) return [s];
    const parts: Span[] = [];
    let from = s.start;
    for (let k = s.start; k < s.end; k++)
      if (SCORE.test(text(k)) && k > s.start && k + 1 < s.end) {
        if (k > from) parts.push({ ...s, start: from, end: k });
        from = k + 1;
      }
    if (parts.length === 0) return [s];
    parts.push({ ...s, start: from, end: s.end });
    return parts;
  });
  return retypeRuns(cut, field, tokens, teams);
}

/** Australian football's goals and behinds, then the points in brackets: "14.11 ( 95 )". */
const GOALS_BEHINDS = /^\d{1,2}\.\d{1,2}$/;
const footyScoreAt = (tokens: readonly Token[], k: number): boolean =>
  GOALS_BEHINDS.test(textAt(tokens, k)) &&
  textAt(tokens, k + 1) === '(' &&
  SCORE.test(textAt(tokens, k + 2)) &&
  textAt(tokens, k + 3) === ')';

/** Whether a line of results ends with a time behind the winner's: "3. Iivo Niskanen (Finland) +6.9". */
function timeBehind(tokens: readonly Token[], from: number, to: number): boolean {
  return to - from > 2 && textAt(tokens, to - 2) === '+' && /^\d[\d.:]*$/.test(textAt(tokens, to - 1));
}

/** Whether a line of results ends with "same time", a rider's time behind the winner's: "3. Jordi Meeus … same time". */
function sameTime(tokens: readonly Token[], from: number, to: number): boolean {
  return to - from > 2 && textAt(tokens, to - 2) === 'same' && textAt(tokens, to - 1) === 'time';
}

/** Whether tokens [from, to) hold two numbers: a quick test that most sentences of prose fail. */
function twoNumbers(tokens: readonly Token[], from: number, to: number): boolean {
  let n = 0;
  for (let k = from; k < to; k++) {
    const c = (tokens[k] as Token).text.charCodeAt(0);
    if (c >= 48 && c <= 57 && ++n === 2) return true;
  }
  return false;
}

/**
 * Results of individual sports, where a player's country follows in brackets: "Jhonatan Narváez ( Ecuador ) 3:31:12",
 * "Ruoning Yin ( China ) 67 69 68", in a line with numbers; a name a person may have (no club's or company's word);
 * a name after the country is the player's team ("( Germany ) Ferrari").
 */
export function playersWithCountry(
  spans: Span[],
  field: TextField,
  tokens: Token[],
  lines: ReadonlyArray<[number, number]>,
): Span[] {
  const text = (k: number): string => textAt(tokens, k);
  const players: TypedRun[] = [];
  for (const [from, to] of lines) {
    if (!twoNumbers(tokens, from, to) && !sameTime(tokens, from, to) && !timeBehind(tokens, from, to))
      continue;
    // Clubs with their countries either side of a score are a match, not players: "Mamelodi Sundowns ( South Africa )
    // 2 MC Alger ( Algeria ) 0".
    let match = false;
    for (let i = from; i < to;) {
      if (!runWordAt(tokens, i)) {
        i++;
        continue;
      }
      const j = Math.min(runEnd(tokens, i), to);
      if (text(j) === '(') {
        let close = j + 1;
        while (close < Math.min(to, j + 5) && text(close) !== ')') close++;
        // A known first name with a surname that is also a place word is a person here: "Damon Hill ( Britain )".
        const named = personLike(tokens, i, j) || (j - i === 2 && GAZ.firstNames.has(text(i)));
        const country = text(close) === ')' && namesCountry(tokens, j + 1, close);
        match ||=
          country && /^\d{1,2}$/.test(text(close + 1)) && close + 2 < to && runWordAt(tokens, close + 2);
        if (country && (named || match)) {
          players.push({ start: i, end: j, type: match ? 'ORG' : 'PERSON' });
          // The team after the country: "Michael Schumacher ( Germany ) Ferrari 1 hour …".
          const team = close + 1;
          if (team < to && runWordAt(tokens, team)) {
            const end = Math.min(runEnd(tokens, team), to);
            if (!namesCountry(tokens, team, end)) players.push({ start: team, end, type: 'ORG' });
          }
        }
      }
      i = j;
    }
  }
  return retypeRuns(spans, field, tokens, players);
}

/** Abbreviations that open a club's name: "TP Mazembe", "FC Porto", "RB Leipzig", "VfB Stuttgart". */
const CLUB_PREFIXES = new Set([
  'FC',
  'AC',
  'AS',
  'SC',
  'TP',
  'CD',
  'CF',
  'RC',
  'SK',
  'FK',
  'NK',
  'SV',
  'VfB',
  'VfL',
  'TSG',
  'RB',
  'UD',
  'SD',
  'RCD',
  'OGC',
  'KRC',
]);
/** A word of a club's name in Title Case. */
const TITLE_CASE_WORD = /^\p{Lu}\p{Ll}/u;

/**
 * A club's name opened by its abbreviation is one organisation, in a text of sport: "TP Mazembe came from behind",
 * where the tagger left the abbreviation out and read the rest as a person or a place.
 */
export function clubsByPrefix(spans: Span[], field: TextField, tokens: Token[]): Span[] {
  const runs: TypedRun[] = [];
  for (let k = 0; k + 1 < tokens.length; k++) {
    // In running text: a headline's words are all capitalised ("SK Hynix Posts Record Profit").
    if (!CLUB_PREFIXES.has(textAt(tokens, k)) || !sentenceHas(tokens, k, LONG_LOWER_WORD)) continue;
    let end = k + 1;
    while (
      end < tokens.length &&
      !(tokens[end] as Token).sentenceStart &&
      TITLE_CASE_WORD.test(textAt(tokens, end))
    )
      end++;
    if (end > k + 1) runs.push({ start: k, end, type: 'ORG' });
  }
  return runs.length === 0 || !speaksOfSport(tokens) ? spans : retypeRuns(spans, field, tokens, runs);
}

/** What stands between the sides of a fixture: "Mainz v Hoffenheim", "Celtics vs. Knicks". */
const VERSUS = new Set(['v', 'v.', 'vs', 'vs.']);
/** The most words of a side's name read around "v". */
const SIDE_WORDS = 3;

/**
 * The sides of a fixture, in a text of sport: clubs, or a country's national side, a place ("Mainz v Hoffenheim,
 * St Pauli v Holstein Kiel", "England v New Zealand"); not players, one of them a person the tagger found
 * ("Djokovic v Alcaraz").
 */
export function fixtures(spans: Span[], field: TextField, tokens: Token[]): Span[] {
  const runs: TypedRun[] = [];
  for (let k = 1; k + 1 < tokens.length; k++) {
    if (!VERSUS.has(textAt(tokens, k)) || (tokens[k + 1] as Token).sentenceStart) continue;
    let start = k;
    while (start > 0 && k - start < SIDE_WORDS && TITLE_CASE_WORD.test(textAt(tokens, start - 1))) {
      start--;
      if ((tokens[start] as Token).sentenceStart) break;
    }
    let end = k + 1;
    while (
      end < tokens.length &&
      end - k <= SIDE_WORDS &&
      !(tokens[end] as Token).sentenceStart &&
      TITLE_CASE_WORD.test(textAt(tokens, end))
    )
      end++;
    if (start === k || end === k + 1) continue;
    const sides = [
      [start, k],
      [k + 1, end],
    ] as const;
    // A match of players: "Djokovic v Alcaraz", where the tagger may know one of them only.
    if (
      sides.some(([a, b]) =>
        spans.some((s) => s.field === field && s.type === 'PERSON' && s.start === a && s.end === b),
      )
    )
      continue;
    for (const [a, b] of sides)
      runs.push({ start: a, end: b, type: namesCountry(tokens, a, b) ? 'LOCATION' : 'ORG' });
  }
  return runs.length === 0 || !speaksOfSport(tokens) ? spans : retypeRuns(spans, field, tokens, runs);
}

/** Each sentence's first token and the token after its last. */
export function sentences(tokens: readonly Token[]): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let from = 0;
  while (from < tokens.length) {
    let to = from + 1;
    while (to < tokens.length && !(tokens[to] as Token).sentenceStart) to++;
    out.push([from, to]);
    from = to;
  }
  return out;
}

/** Before the fielder or bowler who dismissed a batsman: "c Carey b Cummins", "st Pant b Jadeja", "c & b Lyon". */
const DISMISSED_BY = new Set(['c', 'b', 'st', '&']);
/** After a batsman's name: how he was out. */
const HOW_OUT = new Set(['c', 'b', 'st', 'lbw']);
const CRICKET_WORDS = new Set(['innings', 'overs', 'wickets']);
const FIGURE_ENDS = new Set([',', ';', ')']);

/**
 * Cricket scorecards, where names stand alone between figures: in a sentence with two dismissals ("Jaiswal c Carey b
 * Cummins 61", "Gill lbw b Boland 23", "Jadeja not out 47") or the words of an innings, the names next to a
 * dismissal, and the names in brackets before a score or bowling figures ("( Smith 112 , Konstas 58 ; Bumrah 4 - 79
 * )"), are players.
 */
export function scorecards(
  spans: Span[],
  field: TextField,
  tokens: Token[],
  lines: ReadonlyArray<[number, number]>,
): Span[] {
  const text = (k: number): string => textAt(tokens, k);
  const players: TypedRun[] = [];
  // Brackets stay open across the sentences the tokenizer ends at ";", and so does the scorecard.
  let depth = 0;
  let inCard = false;
  for (const [from, to] of lines) {
    let dismissals = 0;
    let cricket = false;
    for (let k = from; k < to; k++) {
      const w = text(k);
      if (
        w === 'lbw' ||
        ((w === 'c' || w === 'b' || w === 'st') && k + 1 < to && runWordAt(tokens, k + 1)) ||
        ((w === 'not' || w === 'run') && text(k + 1) === 'out')
      )
        dismissals++;
      else if (CRICKET_WORDS.has(w)) cricket = true;
    }
    inCard = dismissals >= 2 || cricket || (inCard && depth > 0);
    if (!inCard) {
      depth = 0;
      continue;
    }
    for (let i = from; i < to;) {
      const w = text(i);
      if (!runWordAt(tokens, i)) {
        if (w === '(') depth++;
        else if (w === ')') depth = Math.max(0, depth - 1);
        i++;
        continue;
      }
      const j = Math.min(runEnd(tokens, i), to);
      const before = i > from ? text(i - 1) : '';
      const after = j < to ? text(j) : '';
      const out = HOW_OUT.has(after) || ((after === 'not' || after === 'run') && text(j + 1) === 'out');
      const figures =
        depth > 0 &&
        SCORE.test(after) &&
        (FIGURE_ENDS.has(text(j + 1)) ||
          text(j + 1) === 'not' ||
          (text(j + 1) === '-' && SCORE.test(text(j + 2)) && FIGURE_ENDS.has(text(j + 3))));
      if ((dismissals >= 2 && (DISMISSED_BY.has(before) || out)) || figures)
        players.push({ start: i, end: j, type: 'PERSON' });
      i = j;
    }
  }
  return retypeRuns(spans, field, tokens, players);
}

/** The most words of a player's name in a line of leading scorers. */
const SCORER_WORDS = 3;

/**
 * A side's leading scorers as box scores print them, after its name and a colon: "Boston : Tatum 38 , Brown 22 ,
 * Holiday 11", "Leading scorers - Minnesota : Collier 22 , Williams 15". Each name before its figure, two at least,
 * is a player where most are names a person may have (not in a line of results: "American League : Boston 5 , New
 * York Yankees 3 ;"); the side is an organisation (a country a place, as national teams are), unless only common words name it
 * ("Scorers :").
 */
export function scorersLines(
  spans: Span[],
  field: TextField,
  tokens: Token[],
  lines: ReadonlyArray<[number, number]>,
): Span[] {
  const runs: TypedRun[] = [];
  for (const [from, to] of lines) {
    for (let colon = from + 1; colon < to; colon++) {
      if (textAt(tokens, colon) !== ':') continue;
      let side = colon;
      while (side > from && runWordAt(tokens, side - 1)) side--;
      const players: TypedRun[] = [];
      let personal = 0;
      let i = colon + 1;
      while (i < to && runWordAt(tokens, i)) {
        const j = Math.min(runEnd(tokens, i), to);
        if (j - i > SCORER_WORDS || !SCORE.test(textAt(tokens, j))) break;
        // Teams in a line of results are no players: "American League : Boston 5 , New York Yankees 3 ;".
        if (textAt(tokens, j + 1) === ';') {
          players.length = 0;
          break;
        }
        if (personLike(tokens, i, j, true)) personal++;
        players.push({ start: i, end: j, type: 'PERSON' });
        i = j + 1;
        if (textAt(tokens, i) !== ',') break;
        i++;
      }
      // Most names a person may have ("Mitchell" is a town too).
      if (players.length < 2 || personal * 2 <= players.length) continue;
      runs.push(...players);
      if (side < colon && !allCommonWords(tokens, side, colon))
        runs.push({ start: side, end: colon, type: namesCountry(tokens, side, colon) ? 'LOCATION' : 'ORG' });
    }
  }
  return retypeRuns(spans, field, tokens, runs);
}

const HYPHEN: ReadonlySet<string> = new Set(['-']);
/**
 * A game's score at token k: "23-20", or "46 - 6" as the labelled text writes it, with one of `dashes` between (the
 * tokenizer always splits an en dash off: "3–1" is three tokens).
 */
function gameScoreAt(tokens: readonly Token[], k: number, dashes: ReadonlySet<string> = HYPHEN): boolean {
  // Every token is asked: most open with no digit.
  const first = textAt(tokens, k).charCodeAt(0);
  if (!(first >= 48 && first <= 57)) return false;
  return (
    /^\d{1,3}-\d{1,3}$/.test(textAt(tokens, k)) ||
    (SCORE.test(textAt(tokens, k)) && dashes.has(textAt(tokens, k + 1)) && SCORE.test(textAt(tokens, k + 2)))
  );
}

/**
 * A club's nickname after its city: one capitalised word in the plural ("Bears", "Colts", "Jaguars"), not a word of a
 * company's or body's name ("Tata Electronics", "Abu Dhabi Ports").
 */
function isNickname(word: string): boolean {
  if (!/^\p{Lu}\p{Ll}+s$/u.test(word)) return false;
  const one = word.slice(0, -1);
  const lower = word.toLowerCase();
  return (
    !namesBody(word) &&
    !namesBody(one) &&
    !GENERIC_ALONE.has(one.toLowerCase()) &&
    // Nor a place's ("Niagara Falls", "Palm Springs", "Golan Heights").
    !isPlaceWord(lower) &&
    !PLACE_HEADS.has(lower)
  );
}

/**
 * A club named by its city and a plural nickname goes by the nickname alone ("The Chicago Bears agreed …", "Bears
 * head coach Ben Johnson said"); after its city the tagger, to which "bears" and "colts" are common words, leaves
 * the nickname out ("beat the Indianapolis Colts 23-20").
 */
export function teamsByNickname(spans: Span[], fields: ReadonlyArray<readonly [TextField, Token[]]>): Span[] {
  const taken = new Set<string>();
  for (const s of spans) for (let k = s.start; k < s.end; k++) taken.add(s.field + k);
  const nicknames = new Set<string>();
  // The tagger may read the club as its city ("the Tampa Bay Buccaneers"): so read only in a story with a score,
  // where "Minas Gerais" and "Pacific Palisades" are rare.
  const withScores = fields.some(([, tokens]) => tokens.some((_, k) => gameScoreAt(tokens, k)));
  const mayBeTeam = (s: Span): boolean => s.type === 'ORG' || (s.type === 'LOCATION' && withScores);
  spans = spans.map((s) => {
    if (!mayBeTeam(s)) return s;
    const last = (s.tokens[s.end - 1] as Token).text;
    if (s.end - s.start > 1 && isNickname(last) && knownPlaceNotCountry(s.tokens, s.start, s.end - 1)) {
      nicknames.add(last);
      if (knownWhole(s.tokens, s.start, s.end)) return s;
      return s.type === 'ORG' ? s : { ...s, type: 'ORG', cued: true };
    }
    const next = s.tokens[s.end];
    if (
      next === undefined ||
      next.sentenceStart ||
      taken.has(s.field + s.end) ||
      !isNickname(next.text) ||
      !knownPlaceNotCountry(s.tokens, s.start, s.end)
    )
      return s;
    nicknames.add(next.text);
    return { ...s, end: s.end + 1, type: 'ORG', cued: s.cued === true || s.type !== 'ORG' };
  });
  if (nicknames.size === 0) return spans;
  for (const [field, tokens] of fields) {
    const runs: TypedRun[] = [];
    tokens.forEach((t, k) => {
      // Alone: not the last word of a longer name ("Golden Arrows" beside "Golden Colts").
      const before = textAt(tokens, k - 1);
      // A sentence's common first word is no name's either: "For Mets owner Steve Cohen".
      const alone =
        t.sentenceStart ||
        !isCapitalized(before) ||
        before === 'The' ||
        ((tokens[k - 1] as Token).sentenceStart && GAZ.lowerWords.has(before.toLowerCase()));
      if (nicknames.has(t.text) && alone) runs.push({ start: k, end: k + 1, type: 'ORG' });
    });
    spans = retypeRuns(spans, field, tokens, runs);
  }
  return spans;
}
