import type { Entity } from '@newsflow/contracts';
import { KIND_OF_TYPE, type EntityKind } from '../document.js';
import { parseQuery, type LeafNode, type QueryNode } from './parser.js';
import type { SearchFilters } from './params.js';

/** One entity of a hit, and why it made the hit match. */
export interface MatchedEntity {
  readonly type: EntityKind;
  readonly name: string;
  /** e.g. `filter entity=person:Vladimir Putin`, `query "putin"`. */
  readonly because: string[];
}

interface Clue {
  readonly kind?: EntityKind;
  /** Folded text to find. */
  readonly text: string;
  readonly how: 'name' | 'word' | 'prefix' | 'phrase';
  readonly reason: string;
}

const ENTITY_FIELDS: Readonly<Record<string, EntityKind | undefined>> = {
  entity: undefined,
  person: 'person',
  org: 'org',
  location: 'location',
};
const TEXT_FIELDS = new Set([undefined, 'title', 'body']);

/** Lower case, accents and possessives off: how names are compared with what an analyst typed. */
function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/['’]s\b/g, '')
    .trim();
}

/** The query's leaves that can make a document match: everything not under a NOT. */
function positiveLeaves(node: QueryNode, out: LeafNode[] = []): LeafNode[] {
  switch (node.kind) {
    case 'all':
    case 'not':
      return out;
    case 'and':
    case 'or':
      for (const child of node.children) positiveLeaves(child, out);
      return out;
    default:
      out.push(node);
      return out;
  }
}

/**
 * What, in a search, can explain a hit entity by entity: its entity filters, and the words of its
 * query that fall on entity names (free text, or scoped with entity:, person:, org:, location:).
 */
export function matchClues(filters: SearchFilters): Clue[] {
  const clues: Clue[] = [];
  for (const entity of filters.entities ?? []) {
    const label = entity.kind ? `${entity.kind}:${entity.name}` : entity.name;
    clues.push({
      ...(entity.kind ? { kind: entity.kind } : {}),
      text: fold(entity.name),
      how: 'name',
      reason: `filter entity=${label}`,
    });
  }
  const q = filters.q?.trim();
  if (!q) return clues;
  let leaves: LeafNode[];
  try {
    leaves = positiveLeaves(parseQuery(q));
  } catch {
    return clues;
  }
  for (const leaf of leaves) {
    const text = fold(leaf.text);
    if (text.length === 0) continue;
    const written =
      leaf.kind === 'phrase' ? `"${leaf.text}"` : leaf.kind === 'prefix' ? `${leaf.text}*` : leaf.text;
    if (leaf.field !== undefined && leaf.field in ENTITY_FIELDS) {
      const kind = ENTITY_FIELDS[leaf.field];
      clues.push({
        ...(kind ? { kind } : {}),
        text,
        how: leaf.kind === 'prefix' ? 'prefix' : 'name',
        reason: `query ${leaf.field}:${written}`,
      });
    } else if (TEXT_FIELDS.has(leaf.field)) {
      clues.push({ text, how: leaf.kind === 'term' ? 'word' : leaf.kind, reason: `query ${written}` });
    }
  }
  return clues;
}

function fits(clue: Clue, kind: EntityKind, name: string): boolean {
  if (clue.kind !== undefined && clue.kind !== kind) return false;
  const folded = fold(name);
  const words = folded.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  switch (clue.how) {
    case 'name':
      return folded === clue.text;
    case 'word':
      return words.includes(clue.text);
    case 'prefix':
      return words.some((word) => word.startsWith(clue.text)) || folded.startsWith(clue.text);
    case 'phrase':
      return ` ${words.join(' ')} `.includes(
        ` ${clue.text
          .split(/[^\p{L}\p{N}]+/u)
          .filter(Boolean)
          .join(' ')} `,
      );
  }
}

/** The hit's entities that the search's clues point at, each with the reasons, most salient first. */
export function matchedEntities(
  entities: readonly Partial<Entity>[] | undefined,
  clues: readonly Clue[],
): MatchedEntity[] {
  if (clues.length === 0) return [];
  const matched: MatchedEntity[] = [];
  const sorted = [...(entities ?? [])].sort((a, b) => (b.salience ?? 0) - (a.salience ?? 0));
  for (const entity of sorted) {
    if (entity.type === undefined || entity.name === undefined) continue;
    const kind = KIND_OF_TYPE[entity.type];
    const because = clues
      .filter((clue) => fits(clue, kind, entity.name as string))
      .map((clue) => clue.reason);
    if (because.length > 0 && !matched.some((m) => m.type === kind && m.name === entity.name)) {
      matched.push({ type: kind, name: entity.name, because: [...new Set(because)] });
    }
  }
  return matched;
}

export type { Clue as MatchClue };
