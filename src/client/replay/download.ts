/** Saves text as a file from the page (a record as the server or the importer gave it, a transcript). */
export function downloadText(text: string, fileName: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // The download has started by the time the click returns; the URL is only freed later to be safe.
  window.setTimeout(() => URL.revokeObjectURL(url), 30_000);
}

const safe = (id: string) => id.replace(/[^A-Za-z0-9_-]/g, '_');

/** The file name docs/record-format.md suggests. */
export const recordFileName = (matchID: string) => `compute-race-${safe(matchID)}.json`;

/** A seat's own record of a game still being played (as the server names it too). */
export const ownRecordFileName = (matchID: string, playerID: string) => `compute-race-${safe(matchID)}-${safe(playerID)}.json`;
