/**
 * Playing Compute Race through the UI, the way a person does: the lobby form, the seat buttons,
 * the order panels' labelled fields and the submit button. Waits are on what the page shows.
 */
import type { Page } from 'playwright-core';
import type { Seat } from '../../../src/game/index.js';

const TIMEOUT = 30_000;

export interface NewMatch {
  rounds: number;
  /** Seats played by server bots, with their style. */
  bots?: Partial<Record<Seat, string>>;
  /** Turn timer in seconds, one of the lobby's choices (60, 120, 300). */
  timer?: number;
  /** A private table: never in the open list. */
  private?: boolean;
}

/** Fills the lobby's form and creates the match; returns the invite link shown in the room. */
export async function createMatchInLobby(page: Page, baseUrl: string, match: NewMatch): Promise<string> {
  await page.goto(`${baseUrl}/`);
  await page.getByLabel('Years to play').fill(String(match.rounds));
  for (const [seat, style] of Object.entries(match.bots ?? {})) await page.selectOption(`#seat-${seat}`, style);
  if (match.timer) await page.getByLabel('Turn timer').selectOption(String(match.timer));
  if (match.private) await page.getByLabel('Private table (not listed)').check();
  await page.getByTestId('create-match').click();
  await page.waitForURL(/\/match\/[A-Za-z0-9_-]+$/, { timeout: TIMEOUT });
  return page.getByTestId('share-link').first().inputValue();
}

export async function takeSeat(page: Page, seat: Seat, name: string): Promise<void> {
  await page.getByLabel('Your name').fill(name);
  await page.getByTestId(`take-${seat}`).click();
  await page.getByTestId('order-status').waitFor({ timeout: TIMEOUT });
}

export const submitButton = (page: Page) => page.getByTestId('submit-order');
export const orderStatus = (page: Page) => page.getByTestId('order-status');

/** Waits until this seat may act, then sends the order as drafted in its panel. */
export async function submitWhenMyTurn(page: Page): Promise<void> {
  await page.locator('[data-testid=submit-order]:not([disabled])').waitFor({ timeout: TIMEOUT });
  const yearBefore = await page.getByTestId('year').textContent();
  await submitButton(page).click();
  // Landed: the status shows it submitted (or done), or the year moved on (the last order of a
  // year resolves it at once, and bots may already have played the next policy), or the game ended.
  await page
    .waitForFunction(
      (before) => {
        if (document.querySelector('[data-testid=end-screen]')) return true;
        if (document.querySelector('[data-testid=year]')?.textContent !== before) return true;
        const text = document.querySelector('[data-testid=order-status]')?.textContent ?? '';
        return /Submitted ✓|Done for this year/.test(text);
      },
      yearBefore,
      { timeout: TIMEOUT },
    )
    .catch(async (error: unknown) => {
      throw new Error(`The order did not land: ${await describeTable(page)}`, { cause: error });
    });
}

/** What the page shows about the order, for failure messages. */
export async function describeTable(page: Page): Promise<string> {
  const text = async (testId: string) => ((await page.getByTestId(testId).count()) ? await page.getByTestId(testId).first().textContent() : '(none)');
  return `year "${await text('year')}", status "${await text('order-status')}", problem "${await text('order-problem')}", rejection "${await text('rejection')}", connection "${await text('connection')}"`;
}

/** How many years have resolved, as the year summaries on the page show. */
export const yearsResolved = (page: Page) => page.locator('[data-testid^=summary-]').count();

export async function waitForYearsResolved(page: Page, count: number): Promise<void> {
  await page.waitForFunction(
    (n) => document.querySelectorAll('[data-testid^=summary-]').length >= n || document.querySelector('[data-testid=end-screen]') !== null,
    count,
    { timeout: TIMEOUT },
  );
}

export async function waitForEndScreen(page: Page): Promise<void> {
  await page.getByTestId('end-screen').waitFor({ timeout: TIMEOUT });
}

/** Waits for the replay viewer; a record the page refused fails the test with the page's own reason. */
export async function waitForReplay(page: Page): Promise<void> {
  const shown = await page.waitForFunction(
    () => (document.querySelector('[data-testid=replay-table]') ? 'ok' : document.querySelector('[data-testid=record-problem]')?.textContent) ?? false,
    undefined,
    { timeout: TIMEOUT },
  );
  const outcome = await shown.jsonValue();
  if (outcome !== 'ok') throw new Error(`The replay did not open: ${outcome}`);
}

/** Plays this seat until the game is over: whenever it may act, it sends its panel's order. */
export async function playUntilOver(page: Page, maxMoves = 40): Promise<number> {
  let moves = 0;
  for (; moves < maxMoves; moves++) {
    const next = await page.waitForFunction(
      () => {
        if (document.querySelector('[data-testid=end-screen]')) return 'over';
        return document.querySelector('[data-testid=submit-order]:not([disabled])') ? 'move' : false;
      },
      undefined,
      { timeout: TIMEOUT },
    );
    if ((await next.jsonValue()) === 'over') return moves;
    const before = await yearsResolved(page);
    await submitWhenMyTurn(page);
    // One order per year: wait for the year to resolve (or the game to end) before looking again.
    await waitForYearsResolved(page, before + 1);
  }
  throw new Error(`The game did not end after ${maxMoves} moves.`);
}
