import type { EntityType } from '@newsflow/contracts';
import nlp from 'compromise';
import { extractEntities } from '../entities/index.js';
import type { CharMention } from './score.js';

/** What a system returns for one document: its mentions and its set of distinct names per type. */
export interface SystemOutput {
  mentions: CharMention[];
  /** Canonical entity names with their types; undefined to derive them from the mentions. */
  names?: Array<{ type: EntityType; name: string }>;
}

export interface NerSystem {
  name: string;
  run(text: string): SystemOutput;
}

export const newsflowSystem: NerSystem = {
  name: 'newsflow',
  run(text) {
    const entities = extractEntities('', text, 'en');
    return {
      mentions: entities.flatMap((e) =>
        e.mentions.map((m) => ({ start: m.start, end: m.end, type: e.type })),
      ),
      names: entities.map((e) => ({ type: e.type, name: e.name })),
    };
  },
};

interface Match {
  offset?: { start: number; length: number };
}

/** The baseline: compromise's people(), places() and organizations(). */
export const compromiseSystem: NerSystem = {
  name: 'compromise',
  run(text) {
    const doc = nlp(text);
    const mentions: CharMention[] = [];
    const add = (matches: Match[], type: EntityType): void => {
      for (const m of matches)
        if (m.offset) mentions.push({ start: m.offset.start, end: m.offset.start + m.offset.length, type });
    };
    add(doc.people().json({ offset: true }) as Match[], 'PERSON');
    add(doc.places().json({ offset: true }) as Match[], 'LOCATION');
    add(doc.organizations().json({ offset: true }) as Match[], 'ORG');
    return { mentions };
  },
};
