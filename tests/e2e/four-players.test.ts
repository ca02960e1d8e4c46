/**
 * Four people on four devices: the host creates a match in the lobby, the others find it by the
 * invite link, the short code and the open-matches list and take their seats, a spectator watches, and they play every year through the order panels
 * to the end screen. Along the way: a refused order shows its reason, an order is revised, a
 * chat message arrives, and who has submitted is shown (never what).
 */
import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ORDER_SEATS, SEATS, type Seat } from '../../src/game/index.js';
import { newDevice, PHONE, DESKTOP, screenshot, type Device } from './helpers/browser.js';
import { serverAndBrowser } from './helpers/suite.js';
import { REPO_ROOT } from './helpers/server.js';
import { createMatchInLobby, orderStatus, submitButton, submitWhenMyTurn, takeSeat, waitForEndScreen, waitForYearsResolved } from './helpers/ui.js';

const ROUNDS = 3;
const NAMES: Record<Seat, string> = { usg: 'Ada', nvidia: 'Jensen', china: 'Mei', huawei: 'Ren' };

const suite = serverAndBrowser();

describe('four players in four browsers', () => {
  it('create in the lobby, take the four seats, play every year to the end screen', async () => {
    const started = Date.now();
    const devices = {} as Record<Seat, Device>;
    for (const seat of SEATS) devices[seat] = await newDevice(suite.browser);
    const page = (seat: Seat) => devices[seat].page;

    // The host creates the match and takes the US Government's seat.
    await page('usg').goto(`${suite.server.url}/`);
    await screenshot(page('usg'), 'lobby');
    const invite = await createMatchInLobby(page('usg'), suite.server.url, { rounds: ROUNDS });
    expect(invite).toMatch(/\/match\/[A-Za-z0-9_-]+$/);
    const code = (await page('usg').getByTestId('match-code').first().textContent()) ?? '';
    expect(code).toMatch(/^[A-Z0-9]{4,}$/);
    await screenshot(page('usg'), 'room');
    await takeSeat(page('usg'), 'usg', NAMES.usg);

    // The others come in three ways: the invite link, the short code, the open-matches list.
    await page('nvidia').goto(invite);
    await takeSeat(page('nvidia'), 'nvidia', NAMES.nvidia);
    await page('china').goto(`${suite.server.url}/`);
    await page('china').getByLabel('Match code').fill(code.toLowerCase());
    await page('china').getByRole('button', { name: 'Join', exact: true }).click();
    await takeSeat(page('china'), 'china', NAMES.china);
    await page('huawei').goto(`${suite.server.url}/`);
    await page('huawei').locator('.open-matches a').first().click();
    await takeSeat(page('huawei'), 'huawei', NAMES.huawei);
    expect(page('huawei').url()).toBe(invite);

    // Everybody's seat list shows the four names.
    for (const seat of SEATS) await expect.poll(() => page('huawei').getByTestId(`seat-${seat}`).textContent()).toContain(NAMES[seat]);

    // A spectator follows the link to watch: no order panel, no credentials.
    const watcher = await newDevice(suite.browser);
    await watcher.page.goto(`${invite}?view=spectate`);
    await watcher.page.getByTestId('spectator-note').waitFor();
    expect(await watcher.page.getByTestId('submit-order').count()).toBe(0);

    // Year 1, with the details a table should get right.
    await page('usg').getByRole('radio', { name: /Collaborate/ }).check();
    await expect.poll(() => page('usg').locator('#usg-stance-title').locator('..').textContent()).toContain('1 political capital');
    await submitWhenMyTurn(page('usg'));
    await page('usg').getByLabel('Message to the table').fill('Shall we collaborate this year?');
    await page('usg').getByRole('button', { name: 'Send' }).click();
    await expect.poll(() => page('china').getByTestId('chat-messages').textContent()).toContain('Shall we collaborate this year?');

    // Huawei submits, then revises its price: the panel shows the unsent change, then submitted again.
    await submitWhenMyTurn(page('huawei'));
    await page('huawei').getByLabel('Price per compute point').fill('12');
    await expect.poll(() => orderStatus(page('huawei')).textContent()).toContain('not sent yet');
    await submitWhenMyTurn(page('huawei'));
    await expect.poll(() => orderStatus(page('huawei')).textContent()).toContain('Submitted ✓');
    // The others see that Huawei has ordered, never what.
    await expect.poll(() => page('nvidia').getByTestId('seat-huawei').textContent()).toContain('order in ✓');

    // NVIDIA changes its China share through the labelled field.
    await page('nvidia').getByLabel('Share offered to China').fill('35');
    await submitWhenMyTurn(page('nvidia'));

    // China overspends: the rules' reason shows before anything is sent, and pressing submit is refused.
    await page('china').getByLabel('Offer for NVIDIA chips').fill('999');
    await expect.poll(() => page('china').getByTestId('order-problem').textContent()).toContain("exceed China's budget");
    await submitButton(page('china')).click();
    await expect.poll(() => page('china').getByTestId('rejection').textContent()).toContain("exceed China's budget");
    await expect.poll(() => orderStatus(page('china')).textContent()).toContain('Not submitted yet');
    await page('china').getByLabel('Offer for NVIDIA chips').fill('20');
    await screenshot(page('china'), 'table-china-1280');
    await submitWhenMyTurn(page('china'));

    for (const seat of SEATS) await waitForYearsResolved(page(seat), 1);
    await waitForYearsResolved(watcher.page, 1);
    expect(await page('usg').getByTestId('summary-2026').textContent()).toContain('2026');

    // The table mid-game, at desktop and at phone width.
    await page('nvidia').getByTestId('event-card').waitFor();
    const tableShot = await screenshot(page('nvidia'), 'table-1280x800');
    // The README's picture is refreshed on request only, so a test run leaves the tree clean.
    if (process.env.UPDATE_README_SCREENSHOT) copyFileSync(tableShot, join(REPO_ROOT, 'docs', 'screenshot-table.png'));
    await page('nvidia').setViewportSize(PHONE);
    await screenshot(page('nvidia'), 'table-390');
    await page('nvidia').setViewportSize(DESKTOP);

    // The remaining years: the policy, then the three orders, as drafted.
    for (let year = 2; year <= ROUNDS; year++) {
      await submitWhenMyTurn(page('usg'));
      for (const seat of ORDER_SEATS) await submitWhenMyTurn(page(seat));
      for (const seat of SEATS) await waitForYearsResolved(page(seat), year);
    }

    // The end screen, everywhere: scores against pars, the winner, the blocs, the secrets.
    for (const seat of SEATS) await waitForEndScreen(page(seat));
    await waitForEndScreen(watcher.page);
    const end = page('usg');
    for (const seat of SEATS) expect(await end.getByTestId(`score-${seat}`).textContent()).toMatch(/\d\.\d\d× par/);
    expect(await end.getByTestId('winner').textContent()).toMatch(/Winner: (US Government|NVIDIA|China|Huawei)/);
    expect(await end.locator('.end-screen__blocs').textContent()).toContain('US bloc');
    const secrets = await end.getByTestId('secrets').textContent();
    expect(secrets).toContain('Smuggling');
    expect(secrets).toContain('China share 35%');
    await screenshot(end, 'end-screen', { fullPage: true });

    for (const device of [...Object.values(devices), watcher]) expect(device.errors).toEqual([]);
    for (const device of [...Object.values(devices), watcher]) await device.context.close();
    console.log(`four players, ${ROUNDS} years: ${((Date.now() - started) / 1000).toFixed(1)} s`);
  });
});
