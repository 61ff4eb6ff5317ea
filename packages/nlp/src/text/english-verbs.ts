/**
 * Common English verbs of news text whose forms are rarely nouns (hand-written, ours). Keyphrase extraction uses
 * them, with the document's own evidence, to keep verbs out of keyphrases: a form of one of these is a verb unless
 * the document also uses it after a determiner ("the meeting", "an opening").
 */
const BASES =
  `accept accuse add admit agree allow announce appear approve argue arrive ask become begin believe
break bring build buy call choose cite claim close come confirm consider continue criticise criticize decide declare deny
describe discuss drive enter expect explain extend face fail fall find finish get give go grow happen hear help
hit hold include insist join keep kill know launch lead leave lose make meet mention move need note open pass
plan predict prevent promise prompt provide pull push put quit raise reach receive reduce reject release remain
remove reopen replace reveal resign resume return rise run say see seek sell send set show sign slam spend start
stay stop struggle suggest take tell think threaten try unveil urge vow wait want warn welcome win withdraw
grip soar slump plunge tumble climb sink spur hail mull seize clinch ease beat die intensify escalate widen deepen
slash shrink expand scrap shut`
    .split(/\s+/)
    .filter((w) => w !== '');

const IRREGULAR =
  `became began begun bought broke broken brought built came chose chosen drove driven fell fallen found gave given
got gotten went gone grew grown heard held kept knew known led left lost made met paid ran rose risen said saw seen
sought sold sent spent stood struck taken took told thought won withdrew withdrawn beaten`
    .split(/\s+/)
    .filter((w) => w !== '');

const FORMS = new Set<string>(IRREGULAR);
for (const b of BASES) {
  FORMS.add(b);
  const stem = b.endsWith('e') ? b.slice(0, -1) : b;
  FORMS.add(
    /(?:s|sh|ch|x|z)$/.test(b)
      ? b + 'es'
      : b.endsWith('y') && !/[aeiou]y$/.test(b)
        ? stem.slice(0, -1) + 'ies'
        : b + 's',
  );
  FORMS.add(b.endsWith('y') && !/[aeiou]y$/.test(b) ? b.slice(0, -1) + 'ied' : stem + 'ed');
  FORMS.add(stem + 'ing');
  // Doubled final consonant after one short vowel: "stopped", "running", "quitting".
  if (/[^aeiou][aeiou][bdgklmnprt]$/.test(b) && !/(?:en|er|it|on)$/.test(b) && b.length <= 4) {
    const last = b.charAt(b.length - 1);
    FORMS.add(b + last + 'ed');
    FORMS.add(b + last + 'ing');
  }
}

/** Whether a lower-case English word is a form of one of the common verbs above. */
export function isCommonVerbForm(word: string): boolean {
  return FORMS.has(word);
}

/** The forms of the common verbs above, in lower case. */
export const COMMON_VERB_FORMS: ReadonlySet<string> = FORMS;
