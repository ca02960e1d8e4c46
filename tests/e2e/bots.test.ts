/**
 * One person against three server bots, on a phone-sized screen (390 px wide): the lobby creates
 * the match (a private one) with bots in three seats, the person takes China and plays every year through the
 * panel; the bots (run by the server, acting through the same path as players) move in between.
 * The game reaches the end screen.
 */
import { describe, expect, it } from 'vitest';
import { newDevice, PHONE, screenshot } from './helpers/browser.js';
import { serverAndBrowser } from './helpers/suite.js';
import { createMatchInLobby, playUntilOver, takeSeat, waitForYearsResolved } from './helpers/ui.js';

const ROUNDS = 3;

const suite = serverAndBrowser();

describe('one person against three server bots', () => {
  it('plays China to the end screen while the server bots play the other seats', async () => {
    const started = Date.now();
    const { page, context, errors } = await newDevice(suite.browser, PHONE);
    await createMatchInLobby(page, suite.server.url, { rounds: ROUNDS, bots: { usg: 'hawk', nvidia: 'lobbyist', huawei: 'price-war' }, private: true });
    // A private table: described by its link, never in the open list.
    const matchID = new URL(page.url()).pathname.split('/').pop()!;
    expect((await (await fetch(`${suite.server.url}/api/matches/${matchID}`)).json()).private).toBe(true);
    const open = (await (await fetch(`${suite.server.url}/api/matches?status=open`)).json()) as { matches: Array<{ matchID: string }> };
    expect(open.matches.map((match) => match.matchID)).not.toContain(matchID);

    // The room shows the three bots; only China is open.
    await expect.poll(() => page.getByTestId('room-seat-usg').textContent()).toContain('Server bot (Hawk)');
    expect(await page.getByTestId('room-seat-nvidia').textContent()).toContain('Server bot (Lobbyist)');
    expect(await page.getByTestId('take-usg').count()).toBe(0);
    await screenshot(page, 'room-390');
    await takeSeat(page, 'china', 'Mei');
    await page.locator('[data-testid=submit-order]:not([disabled])').waitFor();
    await screenshot(page, 'table-390-china');
    // Nothing on the page is wider than the phone's screen.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);

    // At the table the bots are named as such, and the hawk's policy arrives by itself.
    expect(await page.getByTestId('seat-usg').textContent()).toContain('bot: Hawk');

    // The first order by keyboard alone, from a fresh load of the table: the skip link, the
    // panel's first field, Enter.
    await page.reload();
    await page.locator('[data-testid=submit-order]:not([disabled])').waitFor();
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Skip to your orders');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    const offer = page.getByLabel('Offer for NVIDIA chips');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe(await offer.getAttribute('id'));
    await page.keyboard.press('Control+A');
    await page.keyboard.type('25');
    await page.keyboard.press('Enter');
    await waitForYearsResolved(page, 1);
    expect(await page.getByTestId('summary-2026').textContent()).toContain('2026');

    const moves = await playUntilOver(page);
    expect(moves).toBeLessThanOrEqual(ROUNDS - 1);

    const end = page.getByTestId('end-screen');
    expect(await end.getByTestId('winner').textContent()).toMatch(/Winner: (US Government|NVIDIA|China|Huawei)/);
    expect(await page.getByTestId('score-china').textContent()).toContain('Mei');
    // A full game has a summary for every year; a crisis may end it sooner.
    const summaries = await page.locator('[data-testid^=summary-]').count();
    const reason = await end.locator('#end-title').textContent();
    if (reason?.startsWith('Crisis')) expect(summaries).toBeLessThanOrEqual(ROUNDS);
    else expect(summaries).toBe(ROUNDS);

    await screenshot(page, 'end-screen-390');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
    expect(errors).toEqual([]);
    await context.close();
    console.log(`one human and three bots, ${ROUNDS} years: ${((Date.now() - started) / 1000).toFixed(1)} s`);
  });
});
