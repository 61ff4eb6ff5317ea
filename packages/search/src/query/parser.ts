import { QuerySyntaxError } from '../errors.js';

/**
 * The search box language, parsed here and translated to Elasticsearch queries in `dsl.ts`;
 * user input never reaches `query_string`.
 *
 *   climate summit            both words (AND is the default)
 *   "climate summit"          phrase
 *   clim*                     prefix
 *   a OR b, a AND b, NOT a    operators (uppercase); `-a` is NOT a
 *   (a OR b) c                grouping
 *   title:summit  body:"x y"  scoped to a field; also entity: person: org: location: source:
 *                             feed: tag: keyword: language: author:, e.g. person:"Vladimir Putin"
 *
 * A word with a colon whose left side is not a field (`12:30`, `http://x`) is plain text.
 * Malformed input (unclosed quote or parenthesis, an operator without an operand) throws a
 * QuerySyntaxError with the position; nothing else is ever thrown.
 */
export const QUERY_FIELDS = [
  'title',
  'body',
  'entity',
  'person',
  'org',
  'location',
  'source',
  'feed',
  'tag',
  'keyword',
  'language',
  'author',
] as const;
export type QueryField = (typeof QUERY_FIELDS)[number];

/** A map, not an object's keys: "constructor:" is not a field. */
const FIELD_ALIASES: ReadonlyMap<string, QueryField> = new Map([
  ['lang', 'language'],
  ['organization', 'org'],
  ['organisation', 'org'],
  ['loc', 'location'],
  ['place', 'location'],
  ['tags', 'tag'],
]);

export type QueryNode =
  | { readonly kind: 'all' }
  | { readonly kind: 'and'; readonly children: readonly QueryNode[] }
  | { readonly kind: 'or'; readonly children: readonly QueryNode[] }
  | { readonly kind: 'not'; readonly child: QueryNode }
  | {
      readonly kind: 'term' | 'phrase' | 'prefix';
      readonly text: string;
      readonly field?: QueryField;
      readonly position: number;
    };

export type LeafNode = Extract<QueryNode, { kind: 'term' | 'phrase' | 'prefix' }>;

export const QUERY_LIMITS = Object.freeze({ maxLength: 2_000, maxTerms: 64, maxDepth: 16 });

type Token =
  | { type: 'word'; text: string; position: number }
  | { type: 'phrase'; text: string; position: number }
  | { type: 'field'; field: QueryField; position: number }
  | { type: 'lparen' | 'rparen' | 'and' | 'or' | 'not'; position: number };

const WORD_BREAK = /[\s()"]/;

function resolveField(name: string): QueryField | undefined {
  const lower = name.toLowerCase();
  if ((QUERY_FIELDS as readonly string[]).includes(lower)) return lower as QueryField;
  return FIELD_ALIASES.get(lower);
}

function tokenize(input: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < input.length) {
    const char = input[i] as string;
    if (/\s/.test(char)) {
      i += 1;
      continue;
    }
    if (char === '(' || char === ')') {
      tokens.push({ type: char === '(' ? 'lparen' : 'rparen', position: i });
      i += 1;
      continue;
    }
    if (char === '"') {
      const start = i;
      let text = '';
      i += 1;
      let closed = false;
      while (i < input.length) {
        const c = input[i] as string;
        if (c === '\\' && i + 1 < input.length) {
          text += input[i + 1];
          i += 2;
          continue;
        }
        if (c === '"') {
          closed = true;
          i += 1;
          break;
        }
        text += c;
        i += 1;
      }
      if (!closed) throw new QuerySyntaxError('unclosed quote', start);
      tokens.push({ type: 'phrase', text, position: start });
      continue;
    }
    // `-` directly before a word, phrase or group negates it; `+` marks a required term, the default.
    if ((char === '-' || char === '+') && i + 1 < input.length && !/\s/.test(input[i + 1] as string)) {
      if (char === '-') tokens.push({ type: 'not', position: i });
      i += 1;
      continue;
    }
    const start = i;
    while (i < input.length && !WORD_BREAK.test(input[i] as string)) i += 1;
    const word = input.slice(start, i);
    if (word === 'AND' || word === '&&') tokens.push({ type: 'and', position: start });
    else if (word === 'OR' || word === '||') tokens.push({ type: 'or', position: start });
    else if (word === 'NOT') tokens.push({ type: 'not', position: start });
    else {
      const colon = word.indexOf(':');
      const field = colon > 0 ? resolveField(word.slice(0, colon)) : undefined;
      if (field === undefined) {
        tokens.push({ type: 'word', text: word, position: start });
      } else {
        tokens.push({ type: 'field', field, position: start });
        const rest = word.slice(colon + 1);
        if (rest.length > 0) tokens.push({ type: 'word', text: rest, position: start + colon + 1 });
        else if (i >= input.length || /\s/.test(input[i] as string)) {
          throw new QuerySyntaxError(`${field}: needs a value right after the colon`, start);
        }
      }
    }
  }
  return tokens;
}

class Parser {
  private index = 0;
  private terms = 0;

  constructor(
    private readonly tokens: readonly Token[],
    private readonly length: number,
  ) {}

  parse(): QueryNode {
    if (this.tokens.length === 0) return { kind: 'all' };
    const node = this.parseOr(undefined, 0);
    const extra = this.peek();
    if (extra !== undefined) {
      throw new QuerySyntaxError(
        extra.type === 'rparen' ? 'unmatched ")"' : 'unexpected token',
        extra.position,
      );
    }
    return node;
  }

  private peek(): Token | undefined {
    return this.tokens[this.index];
  }

  private next(): Token | undefined {
    const token = this.tokens[this.index];
    this.index += 1;
    return token;
  }

  private startsOperand(token: Token | undefined): boolean {
    return (
      token !== undefined &&
      (token.type === 'word' ||
        token.type === 'phrase' ||
        token.type === 'field' ||
        token.type === 'lparen' ||
        token.type === 'not')
    );
  }

  private requireOperand(operator: string, position: number): void {
    if (!this.startsOperand(this.peek())) {
      throw new QuerySyntaxError(`${operator} needs a term after it`, position);
    }
  }

  private parseOr(field: QueryField | undefined, depth: number): QueryNode {
    const children = [this.parseAnd(field, depth)];
    while (this.peek()?.type === 'or') {
      const operator = this.next() as Token;
      this.requireOperand('OR', operator.position);
      children.push(this.parseAnd(field, depth));
    }
    return children.length === 1 ? (children[0] as QueryNode) : { kind: 'or', children };
  }

  private parseAnd(field: QueryField | undefined, depth: number): QueryNode {
    const children = [this.parseUnary(field, depth)];
    for (;;) {
      const token = this.peek();
      if (token?.type === 'and') {
        this.next();
        this.requireOperand('AND', token.position);
        children.push(this.parseUnary(field, depth));
      } else if (this.startsOperand(token)) {
        children.push(this.parseUnary(field, depth));
      } else {
        break;
      }
    }
    return children.length === 1 ? (children[0] as QueryNode) : { kind: 'and', children };
  }

  private parseUnary(field: QueryField | undefined, depth: number): QueryNode {
    const token = this.peek();
    if (token?.type === 'not') {
      this.next();
      this.requireOperand('NOT', token.position);
      return { kind: 'not', child: this.parseUnary(field, depth) };
    }
    return this.parsePrimary(field, depth);
  }

  private parsePrimary(field: QueryField | undefined, depth: number): QueryNode {
    const token = this.next();
    if (token === undefined) throw new QuerySyntaxError('a term is missing', this.length);
    switch (token.type) {
      case 'lparen': {
        if (depth + 1 > QUERY_LIMITS.maxDepth) {
          throw new QuerySyntaxError(`parentheses nest deeper than ${QUERY_LIMITS.maxDepth}`, token.position);
        }
        if (this.peek()?.type === 'rparen') throw new QuerySyntaxError('empty parentheses', token.position);
        if (this.peek() === undefined) throw new QuerySyntaxError('unclosed "("', token.position);
        const inner = this.parseOr(field, depth + 1);
        const close = this.next();
        if (close?.type !== 'rparen') throw new QuerySyntaxError('unclosed "("', token.position);
        return inner;
      }
      case 'field': {
        const value = this.peek();
        if (
          value === undefined ||
          !(value.type === 'word' || value.type === 'phrase' || value.type === 'lparen')
        ) {
          throw new QuerySyntaxError(`${token.field}: needs a value right after the colon`, token.position);
        }
        return this.parsePrimary(token.field, depth);
      }
      case 'word':
        return this.leaf(token.text, token.position, field, false);
      case 'phrase':
        return this.leaf(token.text, token.position, field, true);
      case 'rparen':
        throw new QuerySyntaxError('unmatched ")"', token.position);
      case 'and':
      case 'or':
        throw new QuerySyntaxError(`${token.type.toUpperCase()} needs a term before it`, token.position);
      case 'not':
        // parseUnary consumes NOT before we get here; kept for exhaustiveness.
        throw new QuerySyntaxError('NOT needs a term after it', token.position);
    }
  }

  private leaf(raw: string, position: number, field: QueryField | undefined, quoted: boolean): QueryNode {
    this.terms += 1;
    if (this.terms > QUERY_LIMITS.maxTerms) {
      throw new QuerySyntaxError(`more than ${QUERY_LIMITS.maxTerms} terms`, position);
    }
    const withField = <T extends object>(node: T): T & { field?: QueryField } =>
      field === undefined ? node : { ...node, field };
    if (quoted) {
      const text = raw.trim();
      if (text.length === 0) throw new QuerySyntaxError('empty phrase', position);
      return withField({ kind: 'phrase' as const, text, position });
    }
    if (raw === '*') return { kind: 'all' };
    if (raw.length > 1 && raw.endsWith('*') && !raw.slice(0, -1).includes('*')) {
      return withField({ kind: 'prefix' as const, text: raw.slice(0, -1), position });
    }
    // In unscoped text a colon (12:30, http://…) separates words; stray wildcards are dropped.
    const text = (field === undefined ? raw.replace(/[:*]+/g, ' ') : raw.replace(/\*+/g, ' ')).trim();
    if (text.length === 0) return { kind: 'all' };
    return withField({ kind: 'term' as const, text, position });
  }
}

/** Parses the search box language into a tree. Throws only QuerySyntaxError. */
export function parseQuery(input: string): QueryNode {
  if (input.length > QUERY_LIMITS.maxLength) {
    throw new QuerySyntaxError(
      `query is longer than ${QUERY_LIMITS.maxLength} characters`,
      QUERY_LIMITS.maxLength,
    );
  }
  return new Parser(tokenize(input), input.length).parse();
}
