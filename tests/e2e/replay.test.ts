/**
 * Replays and "what if", end to end in real Chromium against the real server: four server bots
 * finish a 4-year match created in the lobby; its end screen leads to its replay; the replay is
 * scrubbed to year 3 (2028) and drawn from several views (a secret order is visible in the
 * all-seeing view and in its own seat's view, hidden in another seat's, before the year
 * resolves); "Play from here" forks it with one person and three bots; the person plays the
 * fork to its end through the table; the fork's replay names its parent and links back to the
 * parent's replay at the fork point; the replays list shows both, the fork marked.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { ORDER_SEATS, SEAT_NAMES, type OrderSeat } from '../../src/game/index.js';
import { parseRecord, type GameRecord } from '../../src/record/index.js';
import { DESKTOP, newDevice, screenshot } from './helpers/browser.js';
import { serverAndBrowser } from './helpers/suite.js';
import { createMatchInLobby, playUntilOver, takeSeat, waitForEndScreen, waitForReplay } from './helpers/ui.js';

const ROUNDS = 4;
const FORK_YEAR = 2028;
const TIMEOUT = 60_000;

const suite = serverAndBrowser({ BOT_DELAY_MS: '0' });

async function fetchRecord(matchID: string): Promise<GameRecord> {
  const response = await fetch(`${suite.server.url}/api/matches/${matchID}/record`);
  expect(response.status, await response.clone().text()).toBe(200);
  const parsed = parseRecord(await response.json());
  if (!parsed.ok) throw new Error(parsed.error.message);
  return parsed.record;
}

/** A replay's address; the viewer adds ?at=&view= to it as soon as it shows. */
const replayUrl = (matchID: string, query = '') => new RegExp(`/replay/${matchID}(\\?${query}|$)`);
const matchIDOf = (page: Page) => new URL(page.url()).pathname.split('/').at(-1)!;
const position = (page: Page) => page.getByTestId('replay-position').textContent();

describe('replays and what-if matches', () => {
  it('replays a bot game, forks it at year 3 with a person, plays the fork out and links it to its parent', async () => {
    const started = Date.now();
    const { page, context, errors } = await newDevice(suite.browser, DESKTOP);

    // 1. Four bots play a 4-year match, created in the lobby and watched to the end.
    await createMatchInLobby(page, suite.server.url, { rounds: ROUNDS, bots: { usg: 'dealmaker', nvidia: 'china-first', china: 'buyer', huawei: 'rnd-first' } });
    const parentID = matchIDOf(page);
    await page.getByTestId('spectate-link').click();
    await page.getByTestId('end-screen').waitFor({ timeout: TIMEOUT });
    const parent = await fetchRecord(parentID);
    expect(parent.years.length, 'the bots ended in a crisis before year 3').toBeGreaterThanOrEqual(3);

    // The end screen offers the record as a file and the replay.
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('download-record').click()]);
    expect(download.suggestedFilename()).toBe(`compute-race-${parentID}.json`);
    await page.getByTestId('watch-replay').click();
    await page.waitForURL(replayUrl(parentID));
    await waitForReplay(page);
    expect(await page.getByTestId('replay-meta').textContent()).toContain('verified ✓');

    // 2. Scrub to 2028 with its year button, then step with the arrow keys to just after the year's
    // first order: one seat (S) has ordered in secret, the others have not.
    const first = parent.actions.find((a) => a.year === FORK_YEAR && a.move === 'submitOrder')!;
    const secretSeat = first.seat as OrderSeat;
    const forkAt = first.index + 1;
    const resolvedBy = parent.years.find((y) => y.year === FORK_YEAR)!.resolvedBy;
    expect(forkAt).toBeLessThanOrEqual(resolvedBy); // still before the year's resolution
    await page.getByTestId(`year-${FORK_YEAR}`).click();
    expect(await page.getByTestId('replay-when').textContent()).toContain(`${FORK_YEAR} · year 3 of ${ROUNDS}`);
    await page.getByTestId('replay-slider').focus();
    const yearStart = Number((await position(page))!.split(' / ')[0]);
    for (let i = yearStart; i < forkAt; i++) await page.keyboard.press('ArrowRight');
    expect(await position(page)).toBe(`${forkAt} / ${parent.actions.length}`);
    expect(await page.getByTestId('action-now').textContent()).toContain(`${FORK_YEAR} · orders · ${SEAT_NAMES[secretSeat]} submits its order`);
    // The slider speaks its point.
    expect(await page.getByTestId('replay-slider').getAttribute('aria-valuetext')).toContain(`Action ${forkAt} of`);

    // 3. Views: the all-seeing view and the seat itself read the order; another seat does not.
    const otherSeat = ORDER_SEATS.find((s) => s !== secretSeat)!;
    const pending = page.getByTestId(`pending-${secretSeat}`);
    await page.getByTestId('view-all').check();
    const allSeeing = await pending.textContent();
    expect(allSeeing).toMatch(/\$\d/);
    expect(await page.getByTestId('action-now').textContent()).toContain(allSeeing!.split(';')[0]!);
    await screenshot(page, 'replay-2028-all-seeing');
    await page.getByTestId(`view-${otherSeat}`).check();
    expect(await pending.textContent()).toContain('secret from this view');
    expect(await page.getByTestId('action-now').textContent()).toContain('is secret from this view');
    await screenshot(page, `replay-2028-${otherSeat}-view`);
    await page.getByTestId(`view-${secretSeat}`).check();
    expect(await pending.textContent()).toBe(allSeeing);
    await page.getByTestId('view-spectator').check();
    expect(await pending.textContent()).toContain('secret from this view');
    // The address is a link to this very point and view.
    const shared = new URL(page.url());
    expect(shared.searchParams.get('at')).toBe(String(forkAt));
    expect(shared.searchParams.get('view')).toBe('spectator');
    // The K chart's cursor sits inside year 3.
    expect(await page.locator('.replay-k [data-testid=k-chart-cursor]').count()).toBe(1);

    // A shared link opens at its point, in its view.
    const other = await newDevice(suite.browser, DESKTOP);
    await other.page.goto(`${suite.server.url}/replay/${parentID}?at=${forkAt}&view=all`);
    await waitForReplay(other.page);
    expect(await position(other.page)).toBe(`${forkAt} / ${parent.actions.length}`);
    expect(await other.page.getByTestId(`pending-${secretSeat}`).textContent()).toBe(allSeeing);
    expect(other.errors).toEqual([]);
    await other.context.close();

    // 4. Play from here: one person (a seat that has not ordered yet) and three bots.
    const humanSeat = ORDER_SEATS.find((s) => s !== secretSeat)!;
    await page.getByTestId('play-from-here').click();
    const dialog = page.getByTestId('fork-dialog');
    await dialog.waitFor();
    await page.locator(`#fork-seat-${humanSeat}`).selectOption('human');
    for (const seat of ['usg', ...ORDER_SEATS] as const) {
      if (seat !== humanSeat) expect(await page.locator(`#fork-seat-${seat}`).inputValue()).not.toBe('human');
    }
    await screenshot(page, 'replay-fork-dialog');
    await page.getByTestId('fork-submit').click();
    await page.waitForURL(/\/match\/[A-Za-z0-9_-]+$/, { timeout: TIMEOUT });
    const forkID = matchIDOf(page);
    expect(forkID).not.toBe(parentID);

    // 5. The person takes the seat in the new match's room and plays the fork to its end.
    await takeSeat(page, humanSeat, 'Ada');
    expect(await page.getByTestId('year').textContent()).toContain(String(FORK_YEAR));
    await screenshot(page, 'replay-fork-table');
    await playUntilOver(page);
    await waitForEndScreen(page);
    await screenshot(page, 'replay-fork-end');

    // 6. The fork's replay names its parent and the point; the link goes back to that point.
    await page.getByTestId('watch-replay').click();
    await page.waitForURL(replayUrl(forkID));
    const banner = page.getByTestId('fork-banner');
    await banner.waitFor();
    expect(await banner.textContent()).toContain(`Forked from ${parentID} at action ${forkAt} (year ${FORK_YEAR})`);
    const fork = await fetchRecord(forkID);
    expect(fork.parent).toEqual({ matchID: parentID, hash: parent.hash, actionIndex: forkAt });
    expect(fork.actions.slice(0, forkAt)).toEqual(parent.actions.slice(0, forkAt));
    expect(fork.seats.find((s) => s.seat === humanSeat)).toMatchObject({ kind: 'human', name: 'Ada' });
    await page.getByTestId(`year-${FORK_YEAR}`).click();
    await screenshot(page, 'replay-fork-replay');
    await page.getByTestId('fork-parent-link').click();
    await page.waitForURL(replayUrl(parentID, `at=${forkAt}`));
    await waitForReplay(page);
    expect(await position(page)).toBe(`${forkAt} / ${parent.actions.length}`);

    // 7. The replays list (reached from the lobby) shows both matches, the fork marked with its parent.
    await page.goto(`${suite.server.url}/`);
    await page.getByTestId('replays-link').click();
    await page.waitForURL('**/replays');
    const forkItem = page.getByTestId(`replay-item-${forkID}`);
    await forkItem.waitFor();
    expect(await forkItem.getByTestId('replay-item-parent').textContent()).toContain(`${parentID} at action ${forkAt}`);
    expect(await page.getByTestId(`replay-item-${parentID}`).getByTestId('replay-item-parent').count()).toBe(0);
    expect(await forkItem.textContent()).toContain('Ada');
    await screenshot(page, 'replays-list');

    expect(errors).toEqual([]);
    await context.close();
    console.log(`replay and fork: ${((Date.now() - started) / 1000).toFixed(1)} s`);
  });
});
