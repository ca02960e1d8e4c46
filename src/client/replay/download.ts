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

/** The file name docs/record-format.md suggests. */
export const recordFileName = (matchID: string) => `compute-race-${matchID.replace(/[^A-Za-z0-9_-]/g, '_')}.json`;
