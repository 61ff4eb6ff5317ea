import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/** Prefix of every key, so a leaked one is easy to recognise and scan for. */
export const KEY_PREFIX = 'nfk_';

/** A new API key: 32 random bytes, base64url. Shown once; only its hash is stored. */
export function generateKey(): string {
  return `${KEY_PREFIX}${randomBytes(32).toString('base64url')}`;
}

/**
 * The stored form of a key. Keys are 256 random bits, so a fast hash is enough: there is no
 * dictionary to try, unlike passwords.
 */
export function hashKey(key: string): string {
  return `sha256:${createHash('sha256').update(key, 'utf8').digest('hex')}`;
}

/** Compares two stored hashes in constant time. */
export function hashesEqual(a: string, b: string): boolean {
  const left = Buffer.from(a, 'utf8');
  const right = Buffer.from(b, 'utf8');
  return left.length === right.length && timingSafeEqual(left, right);
}

/** The key of an `Authorization: Bearer <key>` header, or undefined when there is none. */
export function bearerKey(header: string | undefined): string | undefined {
  if (!header) return undefined;
  const space = header.indexOf(' ');
  if (space < 0 || header.slice(0, space).toLowerCase() !== 'bearer') return undefined;
  const key = header.slice(space + 1).trim();
  return key.length > 0 && key.length <= 512 ? key : undefined;
}
