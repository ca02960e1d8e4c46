/** The environment is read with zod: defaults as documented, every limit settable, bad values refused by name. */
import { describe, expect, it } from 'vitest';
import { configFromOptions, DEFAULT_LIMITS, DEFAULT_RETENTION, optionsFromEnv } from '../../server/config.js';

describe('server environment', () => {
  it('uses the documented defaults', () => {
    const config = configFromOptions(optionsFromEnv({}));
    expect(config.limits).toEqual({ ...DEFAULT_LIMITS });
    expect(config.retention).toEqual({ idleMs: 30 * 86_400_000, unjoinedMs: 24 * 3_600_000, sweepEveryMs: 3_600_000 });
    expect(DEFAULT_RETENTION).toEqual(config.retention);
    expect(config.limits).toMatchObject({ socketsPerAddress: 20, creationRate: { capacity: 30 }, spectatorSyncRate: { capacity: 30 } });
  });

  it('reads every limit and the retention from their variables', () => {
    const config = configFromOptions(
      optionsFromEnv({
        RATE_LIMIT_BURST: '5',
        RATE_LIMIT_PER_SECOND: '2',
        CREDENTIAL_RATE_BURST: '7',
        CREDENTIAL_RATE_PER_SECOND: '3',
        SOCKETS_PER_ADDRESS: '200',
        CREATES_PER_MINUTE: '120',
        SPECTATOR_SYNCS_PER_MINUTE: '600',
        MATCH_IDLE_DAYS: '7',
        MATCH_UNJOINED_HOURS: '1.5',
        RETENTION_SWEEP_MINUTES: '5',
      }),
    );
    expect(config.limits).toMatchObject({
      rateLimit: { capacity: 5, refillPerSecond: 2 },
      credentialRate: { capacity: 7, refillPerSecond: 3 },
      socketsPerAddress: 200,
      creationRate: { capacity: 120, refillPerSecond: 2 },
      spectatorSyncRate: { capacity: 600, refillPerSecond: 10 },
    });
    expect(config.retention).toEqual({ idleMs: 7 * 86_400_000, unjoinedMs: 1.5 * 3_600_000, sweepEveryMs: 300_000 });
  });

  it.each([
    ['SOCKETS_PER_ADDRESS', '0'],
    ['CREATES_PER_MINUTE', 'many'],
    ['MATCH_IDLE_DAYS', '-1'],
    ['SPECTATOR_SYNCS_PER_MINUTE', '2.5'],
  ])('refuses %s=%s, naming it', (name, value) => {
    expect(() => optionsFromEnv({ [name]: value })).toThrow(name);
  });
});
