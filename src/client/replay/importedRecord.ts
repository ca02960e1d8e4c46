/**
 * The record imported in this tab, for /replay/file: kept in memory and in sessionStorage, so a
 * reload or a shared point within the tab still finds it. It never leaves the browser unless the
 * player forks from it (then it is sent to our server as the fork's source).
 */
const KEY = 'compute-race:imported-record';

let inMemory: string | null = null;

function session(): Storage | null {
  try {
    return window.sessionStorage;
  } catch {
    return null; // storage blocked: the record lasts as long as the page
  }
}

export function keepImportedRecord(text: string): void {
  inMemory = text;
  try {
    session()?.setItem(KEY, text);
  } catch {
    // Over the storage quota: the in-memory copy still serves this page.
  }
}

export function importedRecordText(): string | null {
  return inMemory ?? session()?.getItem(KEY) ?? null;
}
