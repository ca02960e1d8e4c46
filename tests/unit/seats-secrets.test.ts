import { describe, expect, it } from 'vitest';
import {
  CODE_ALPHABET,
  CODE_LENGTH,
  hashToken,
  isWellFormedCode,
  normalizeCode,
  randomCode,
  randomHostToken,
  tokenMatches,
} from '../../server/seats/secrets.js';

describe('short codes and host tokens', () => {
  it('codes use only unambiguous symbols', () => {
    for (const confusable of '0O1IL5S2Z') expect(CODE_ALPHABET).not.toContain(confusable);
    const codes = Array.from({ length: 200 }, randomCode);
    for (const code of codes) {
      expect(code).toHaveLength(CODE_LENGTH);
      expect(isWellFormedCode(code)).toBe(true);
    }
    // 200 draws from ~387 million (a repeat has odds of 1 in 20 000): a repeat means a broken random source.
    expect(new Set(codes).size).toBe(codes.length);
  });

  it('a typed code is matched regardless of case, spaces and dashes', () => {
    expect(normalizeCode(' abc-def ')).toBe('ABCDEF');
    expect(isWellFormedCode(normalizeCode('abc-def'))).toBe(true);
    expect(isWellFormedCode('ABCDE0')).toBe(false);
    expect(isWellFormedCode('ABCDEFG')).toBe(false);
  });

  it('host tokens are checked against their stored hash only', () => {
    const token = randomHostToken();
    const stored = hashToken(token);
    expect(stored).not.toContain(token);
    expect(tokenMatches(token, stored)).toBe(true);
    expect(tokenMatches(randomHostToken(), stored)).toBe(false);
    expect(tokenMatches('', stored)).toBe(false);
  });
});
