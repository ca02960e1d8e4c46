/**
 * A reload in the middle of a year keeps the seat (credentials kept in the browser) and the
 * submitted order (it lives on the server and comes back as the view's own order); so does a
 * server restart, which the table rides out by reconnecting. Also: the host's timer controls,
 * a seat saving its own (redacted) record mid-game, and stale credentials refused by the server
 * with a reason the player reads.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseRecord } from '../../src/record/index.js';
import { newDevice } from './helpers/browser.js';
import { serverAndBrowser } from './helpers/suite.js';
import { createMatchInLobby, orderStatus, submitWhenMyTurn, takeSeat, waitForYearsResolved, yearsResolved } from './helpers/ui.js';

const suite = serverAndBrowser();

describe('reload mid-year', () => {
  it('keeps the seat and the submitted order after a reload and a server restart', async () => {
    const nvidia = await newDevice(suite.browser);
    const china = await newDevice(suite.browser);
    const invite = await createMatchInLobby(nvidia.page, suite.server.url, { rounds: 3, bots: { usg: 'dealmaker', huawei: 'rnd-first' }, timer: 300 });
    await takeSeat(nvidia.page, 'nvidia', 'Jensen');
    // China is a person who has not ordered yet, so the year cannot resolve during the test.
    await china.page.goto(invite);
    await takeSeat(china.page, 'china', 'Mei');

    const page = nvidia.page;
    // This browser created the match, so it is the host: it may pause and resume the turn timer.
    await expect.poll(() => page.getByTestId('timer').textContent()).toMatch(/Timer: \d+:\d\d left/);
    await page.getByRole('button', { name: 'Pause timer' }).click();
    await expect.poll(() => page.getByTestId('timer').textContent()).toContain('Timer: paused');
    await page.getByRole('button', { name: 'Resume timer' }).click();
    await expect.poll(() => page.getByTestId('timer').textContent()).toMatch(/Timer: \d+:\d\d left/);
    expect(await china.page.getByRole('button', { name: 'Pause timer' }).count()).toBe(0);
    await page.locator('[data-testid=submit-order]:not([disabled])').waitFor();
    await page.getByLabel('Share offered to China').fill('35');
    await page.getByLabel('Lobbying spend').fill('2.5');
    await submitWhenMyTurn(page);
    await expect.poll(() => orderStatus(page).textContent()).toContain('Submitted ✓');
    await expect.poll(() => china.page.getByTestId('seat-nvidia').textContent()).toContain('order in ✓');

    // Mid-game, a seat saves its own record so far: its own order is in it, with nothing secret
    // of anyone else's (the server removes the seed and the digests as well).
    await page.getByText('Seat options').click();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('download-own-record').click()]);
    const matchID = new URL(page.url()).pathname.split('/').at(-1)!;
    expect(download.suggestedFilename()).toBe(`compute-race-${matchID}-1.json`);
    const own = parseRecord(JSON.parse(readFileSync((await download.path())!, 'utf8')));
    if (!own.ok) throw new Error(own.error.message);
    expect(own.record.redacted).toEqual({ playerID: '1' });
    expect(own.record.seed).toBeNull();
    const nvidiaOrder = own.record.actions.find((a) => a.seat === 'nvidia' && a.move === 'submitOrder')!;
    expect(nvidiaOrder.args![0]).toMatchObject({ chinaShare: 35, lobbying: 2.5 });
    expect(await page.getByRole('status').filter({ hasText: 'Saved: every move so far' }).count()).toBe(1);
    await page.getByText('Seat options').click();

    await page.reload();

    // Same seat, straight back at the table (no seat picker), with the order as submitted.
    await orderStatus(page).waitFor();
    expect(await page.getByTestId('seat-nvidia').textContent()).toContain('(you)');
    await expect.poll(() => orderStatus(page).textContent()).toContain('Submitted ✓');
    expect(await page.getByLabel('Share offered to China').inputValue()).toBe('35');
    expect(await page.getByLabel('Lobbying spend').inputValue()).toBe('2.5');
    expect(await yearsResolved(page)).toBe(0);
    await expect.poll(() => page.getByTestId('connection').textContent()).toContain('Connected');

    // The server restarts: the table says it is reconnecting, reconnects by itself, and the
    // order is still the one submitted (it was stored on the server, not in the page).
    await suite.server.halt();
    await expect.poll(() => page.getByTestId('connection').textContent(), { timeout: 15_000 }).toContain('Reconnecting');
    await suite.server.resume();
    await expect.poll(() => page.getByTestId('connection').textContent(), { timeout: 20_000 }).toContain('Connected');
    await expect.poll(() => orderStatus(page).textContent()).toContain('Submitted ✓');
    expect(await page.getByLabel('Share offered to China').inputValue()).toBe('35');
    await expect.poll(() => china.page.getByTestId('connection').textContent(), { timeout: 20_000 }).toContain('Connected');

    // The year goes on: China orders, the year resolves for both, with NVIDIA's order as sent.
    await submitWhenMyTurn(china.page);
    await waitForYearsResolved(page, 1);
    expect(await page.getByTestId('summary-2026').textContent()).toContain('2026');

    // Stale credentials in the browser (a seat this device no longer holds): the server refuses
    // to seat it, its reason reaches the page, and the player can go back to choosing a seat.
    await china.page.evaluate(() => {
      for (const key of Object.keys(localStorage)) if (key.includes(':seat:')) localStorage.setItem(key, JSON.stringify({ credentials: 'not-these', name: 'Mei' }));
    });
    await china.page.reload();
    await expect.poll(() => china.page.getByTestId('rejection').textContent()).toContain('credentials do not hold seat 2');
    await china.page.getByRole('button', { name: 'Forget this seat and choose again' }).click();
    await china.page.getByTestId('room-seat-china').waitFor();

    expect(nvidia.errors).toEqual([]);
    expect(china.errors).toEqual([]);
    await nvidia.context.close();
    await china.context.close();
  });
});
