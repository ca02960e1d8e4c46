import { createHash, randomBytes, randomInt, timingSafeEqual } from 'node:crypto';

/**
 * Short codes people read aloud or type from a phone: upper case, no 0/O, 1/I/L or 5/S, 2/Z
 * look-alikes. 27 symbols, 6 places: about 387 million codes.
 */
export const CODE_ALPHABET = 'ABCDEFGHJKMNPQRTUVWXY346789';
export const CODE_LENGTH = 6;

export function randomCode(): string {
  let code = '';
  for (let i = 0; i < CODE_LENGTH; i++) code += CODE_ALPHABET[randomInt(CODE_ALPHABET.length)];
  return code;
}

/** A typed code as the store keeps it: case and separators ignored. */
export function normalizeCode(input: string): string {
  return input.toUpperCase().replace(/[\s-]/g, '');
}

export function isWellFormedCode(code: string): boolean {
  return code.length === CODE_LENGTH && [...code].every((c) => CODE_ALPHABET.includes(c));
}

/** The host token: 128 bits, URL-safe. */
export function randomHostToken(): string {
  return randomBytes(16).toString('base64url');
}

/** Only the hash is stored, so the database file alone does not grant host rights. */
export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** Constant-time comparison of a presented token with a stored hash. */
export function tokenMatches(token: string, storedHash: string): boolean {
  const presented = Buffer.from(hashToken(token), 'hex');
  const stored = Buffer.from(storedHash, 'hex');
  return presented.length === stored.length && timingSafeEqual(presented, stored);
}
