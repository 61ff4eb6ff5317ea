import secureJson from 'secure-json-parse';

export const DEFAULT_MAX_DEPTH = 32;

export type JsonParse =
  { readonly ok: true; readonly value: unknown } | { readonly ok: false; readonly reason: string };

/** Depth of the deepest array or object in JSON text, scanning once, strings skipped. */
export function jsonDepth(text: string): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c /* \ */) i++;
      else if (c === 0x22 /* " */) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x7b /* { */ || c === 0x5b /* [ */) {
      depth++;
      if (depth > deepest) deepest = depth;
    } else if (c === 0x7d /* } */ || c === 0x5d /* ] */) depth--;
  }
  return deepest;
}

/**
 * JSON from an untrusted sender: refuses `__proto__` and `constructor.prototype` keys (prototype
 * pollution) and nesting deeper than `maxDepth` (values that would overflow the stack when walked),
 * and says why in words a sender can act on.
 */
export function parseUntrustedJson(text: string, maxDepth = DEFAULT_MAX_DEPTH): JsonParse {
  if (text.trim().length === 0) return { ok: false, reason: 'expected JSON, got an empty body' };
  const depth = jsonDepth(text);
  if (depth > maxDepth)
    return { ok: false, reason: `JSON nested ${depth} levels deep; at most ${maxDepth} allowed` };
  try {
    return {
      ok: true,
      value: secureJson.parse(text, undefined, { protoAction: 'error', constructorAction: 'error' }),
    };
  } catch (error) {
    const message = error instanceof Error ? error.message : 'unreadable';
    return { ok: false, reason: `not valid JSON: ${message}` };
  }
}
