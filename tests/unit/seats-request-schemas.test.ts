import { describe, expect, it } from 'vitest';
import { CreateMatchBodySchema, HostBodySchema, PlayerIdSchema, SeatToBotBodySchema } from '../../server/seats/request-schemas.js';

const seats = [{ kind: 'bot', style: 'hawk' }, { kind: 'human' }, { kind: 'bot', style: 'buyer' }, { kind: 'human' }];
const valid = { scenario: 'embargo', rounds: 5, seats, timer: { seconds: 60 } };

function problems(body: unknown): string[] {
  const parsed = CreateMatchBodySchema.safeParse(body);
  return parsed.success ? [] : parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
}

describe('POST /api/matches body', () => {
  it('accepts the contract shape, with rounds, timer and autoBot optional', () => {
    expect(problems(valid)).toEqual([]);
    expect(problems({ scenario: 'open-market', seats })).toEqual([]);
    expect(problems({ ...valid, timer: null, autoBot: true })).toEqual([]);
  });

  it.each([
    ['an unknown scenario', { ...valid, scenario: 'moon' }, /^scenario/],
    ['too few rounds', { ...valid, rounds: 2 }, /^rounds/],
    ['fractional rounds', { ...valid, rounds: 4.5 }, /^rounds/],
    ['three seats', { ...valid, seats: seats.slice(0, 3) }, /^seats: exactly 4 seats/],
    ['five seats', { ...valid, seats: [...seats, { kind: 'human' }] }, /^seats/],
    ['a seat of unknown kind', { ...valid, seats: [{ kind: 'alien' }, ...seats.slice(1)] }, /^seats\.0/],
    ['a bot without a style', { ...valid, seats: [{ kind: 'bot' }, ...seats.slice(1)] }, /^seats\.0\.style/],
    ['another seat\'s bot style', { ...valid, seats: [{ kind: 'bot', style: 'buyer' }, ...seats.slice(1)] }, /^seats\.0\.style: "buyer" is not a US Government bot style/],
    ['a 5-second timer', { ...valid, timer: { seconds: 5 } }, /^timer\.seconds/],
    ['a 2-hour timer', { ...valid, timer: { seconds: 7200 } }, /^timer\.seconds/],
    ['an unknown field', { ...valid, admin: true }, /admin/],
    ['not an object', 'embargo', /expected object/],
  ])('refuses %s', (_label, body, message) => {
    const found = problems(body);
    expect(found.length).toBeGreaterThan(0);
    expect(found.join('\n')).toMatch(message);
  });
});

describe('seat and timer bodies', () => {
  it('hand-over needs credentials or a host token, not both, not neither', () => {
    expect(SeatToBotBodySchema.safeParse({ credentials: 'c', style: 'hawk' }).success).toBe(true);
    expect(SeatToBotBodySchema.safeParse({ hostToken: 't' }).success).toBe(true);
    expect(SeatToBotBodySchema.safeParse({ credentials: 'c', hostToken: 't' }).success).toBe(false);
    expect(SeatToBotBodySchema.safeParse({ style: 'hawk' }).success).toBe(false);
  });

  it('host actions need a non-empty token and nothing else', () => {
    expect(HostBodySchema.safeParse({ hostToken: 'x' }).success).toBe(true);
    expect(HostBodySchema.safeParse({ hostToken: '' }).success).toBe(false);
    expect(HostBodySchema.safeParse({ hostToken: 'x', extra: 1 }).success).toBe(false);
  });

  it('playerIDs are 0 to 3', () => {
    expect(PlayerIdSchema.safeParse('3').success).toBe(true);
    expect(PlayerIdSchema.safeParse('4').success).toBe(false);
    expect(PlayerIdSchema.safeParse('01').success).toBe(false);
  });
});
