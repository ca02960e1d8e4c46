/**
 * Importing record files on /replays, in real Chromium against the real server: a good record
 * (a simulated bot game) opens in the viewer at /replay/file and can be stepped with the keys;
 * a tampered one is refused naming the first diverging action; one of another format version
 * names both versions; a malformed one names the path; a game that ended in a crisis names the
 * capital it is laid at. Also the viewer at a phone's width.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { crisisBlame } from '../../src/game/index.js';
import { canonicalJson, recordHash, simulateRecord, type GameRecord } from '../../src/record/index.js';
import { ARTIFACTS, newDevice, PHONE, screenshot } from './helpers/browser.js';
import { serverAndBrowser } from './helpers/suite.js';
import { waitForReplay } from './helpers/ui.js';

const files = join(ARTIFACTS, 'replay-import');

const suite = serverAndBrowser();

beforeAll(() => {
  mkdirSync(files, { recursive: true });
});

function writeRecord(name: string, record: unknown): string {
  const path = join(files, name);
  writeFileSync(path, JSON.stringify(record, null, 2));
  return path;
}

async function importFile(page: Page, path: string): Promise<void> {
  await page.goto(`${suite.server.url}/replays`);
  await page.getByTestId('import-file').setInputFiles(path);
}

const good = simulateRecord({ seed: 'replay-import', scenario: '2026-h200', rounds: 4 });

describe('importing a record file', () => {
  it('shows on the end screen which capital a crisis is laid at', async () => {
    // The first seeded bot game in the embargo scenario that ends in a crisis.
    const crisis = Array.from({ length: 60 }, (_, i) => simulateRecord({ seed: `import-crisis-${i}`, scenario: 'embargo' })).find(
      (r) => r.result?.reason === 'crisis',
    )!;
    expect(crisis, 'no crisis among 60 seeded embargo games').toBeDefined();
    const { page, context, errors } = await newDevice(suite.browser);
    await importFile(page, writeRecord('crisis.json', crisis));
    await waitForReplay(page);
    await page.getByTestId('replay-slider').focus();
    await page.keyboard.press('End');
    await page.getByTestId('end-screen').waitFor();
    expect(await page.getByTestId('crisis-blame').textContent()).toBe(crisisBlame(crisis.result!));
    expect(errors).toEqual([]);
    await context.close();
  });

  it('opens a good record in the viewer, steps it with the keys and keeps the point in the address', async () => {
    const { page, context, errors } = await newDevice(suite.browser);
    await importFile(page, writeRecord('good.json', good));
    await waitForReplay(page);
    expect(new URL(page.url()).pathname).toBe('/replay/file');
    expect(await page.getByTestId('replay-meta').textContent()).toContain(`Match ${good.matchID} (imported file)`);
    expect(await page.getByTestId('replay-position').textContent()).toBe(`0 / ${good.actions.length}`);

    // The slider is the keyboard's home: Right steps, End jumps to the end, PageUp goes back a year.
    await page.getByTestId('replay-slider').focus();
    await page.keyboard.press('ArrowRight');
    expect(await page.getByTestId('action-now').textContent()).toContain('Action 1 of');
    expect(await page.getByTestId('action-now').textContent()).toContain('US Government sets the policy');
    await page.keyboard.press('End');
    await page.getByTestId('end-screen').waitFor();
    expect(await page.getByTestId('play-from-here').isDisabled()).toBe(true);
    await page.keyboard.press('PageUp');
    const lastYear = good.years.at(-1)!.year;
    expect(await page.getByTestId('replay-when').textContent()).toContain(String(lastYear));
    expect(new URL(page.url()).searchParams.get('at')).toBe(String(good.actions.findIndex((a) => a.year === lastYear)));

    // A reload of the shared point comes back to it (the file is kept in this tab).
    await page.reload();
    await waitForReplay(page);
    expect(await page.getByTestId('replay-when').textContent()).toContain(String(lastYear));

    // The keys work wherever focus is (here: nowhere, after a click on the table): Home, then
    // Space plays at 4x until Space pauses it.
    await page.getByTestId('replay-speed').selectOption('4');
    await page.getByTestId('replay-when').click();
    await page.keyboard.press('Home');
    expect(await page.getByTestId('replay-position').textContent()).toBe(`0 / ${good.actions.length}`);
    await page.keyboard.press(' ');
    expect(await page.getByTestId('replay-play').getAttribute('aria-pressed')).toBe('true');
    await page.waitForFunction(() => document.querySelector('[data-testid=replay-position]')?.textContent?.startsWith('3 /'));
    await page.keyboard.press(' ');
    expect(await page.getByTestId('replay-play').getAttribute('aria-pressed')).toBe('false');
    const paused = await page.getByTestId('replay-position').textContent();
    await page.waitForTimeout(600);
    expect(await page.getByTestId('replay-position').textContent()).toBe(paused);
    await page.keyboard.press('End');

    // The transcript reads the same record.
    await page.getByTestId('open-transcript').click();
    expect(await page.getByTestId('transcript-text').textContent()).toContain(String(lastYear));
    await screenshot(page, 'replay-import-transcript');
    await page.keyboard.press('Escape');
    expect(await page.getByTestId('transcript-dialog').isVisible()).toBe(false);

    // Downloading gives back the very file that was imported.
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('download-record').click()]);
    const saved = join(files, 'downloaded.json');
    await download.saveAs(saved);
    expect(canonicalJson(JSON.parse(readFileSync(saved, 'utf8')))).toBe(canonicalJson(good));

    await screenshot(page, 'replay-import-viewer-1280');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('refuses a tampered record, naming the first action where it diverges', async () => {
    const { page, context, errors } = await newDevice(suite.browser);
    const tampered = structuredClone(good) as GameRecord;
    const index = tampered.actions.findIndex((a, i) => i > 4 && a.seat === 'nvidia');
    const order = tampered.actions[index]!.args![0] as { rnd: number };
    order.rnd = order.rnd > 10 ? order.rnd - 5 : order.rnd + 5;
    await importFile(page, writeRecord('tampered.json', tampered));
    const problem = page.getByTestId('record-problem');
    await problem.waitFor();
    expect(await problem.textContent()).toContain(`diverges at action ${index}`);
    expect(await page.getByTestId('record-divergence').textContent()).toContain(`${index} (${tampered.actions[index]!.year}, orders, NVIDIA submitOrder)`);
    expect(new URL(page.url()).pathname).toBe('/replays');
    await screenshot(page, 'replay-import-tampered');

    // A record whose hash no longer matches an edited name is refused too, with no action to blame.
    const renamed = structuredClone(good) as GameRecord;
    renamed.seats[1]!.name = 'Someone else';
    await importFile(page, writeRecord('renamed.json', renamed));
    await problem.waitFor();
    expect(await page.getByTestId('record-problem-message').textContent()).toContain('edited after it was written');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('names both versions for another format version, and the path for a malformed record', async () => {
    const { page, context } = await newDevice(suite.browser);
    await importFile(page, writeRecord('version2.json', { ...good, formatVersion: 2 }));
    const message = page.getByTestId('record-problem-message');
    await message.waitFor();
    expect(await message.textContent()).toContain('record format version 2');
    expect(await message.textContent()).toContain('format version 1 only');

    const broken = structuredClone(good) as GameRecord;
    (broken.actions[3] as { phase: string }).phase = 'lunch';
    await importFile(page, writeRecord('malformed.json', { ...broken, hash: recordHash(broken) }));
    await page.getByTestId('record-problem').waitFor();
    expect(await page.getByTestId('record-problem').textContent()).toContain('actions[3].phase');

    await importFile(page, writeRecord('scenario.json', { ...good, scenario: 'moon-base' }));
    await page.getByTestId('record-problem').waitFor();
    expect(await message.textContent()).toContain('Unknown scenario "moon-base"');
    await context.close();
  });

  it('fits a phone: the viewer at 390 px has no sideways scrolling', async () => {
    const { page, context, errors } = await newDevice(suite.browser, PHONE);
    await importFile(page, writeRecord('good-phone.json', good));
    await waitForReplay(page);
    await page.getByTestId('year-2027').click();
    await page.getByTestId('view-china').check();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
    await screenshot(page, 'replay-import-viewer-390');
    await screenshot(page, 'replay-import-viewer-390-full', { fullPage: true });
    expect(errors).toEqual([]);
    await context.close();
  });
});
