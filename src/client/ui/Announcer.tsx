/**
 * Screen-reader announcements: a polite region for year summaries and an assertive one for
 * refusals and errors. The text is also shown elsewhere on screen; these regions only speak it.
 */
export function Announcer({ polite, assertive }: { polite: string; assertive: string }) {
  return (
    <>
      <div className="visually-hidden" role="status" aria-live="polite" aria-atomic="true" data-testid="announce-polite">
        {polite}
      </div>
      <div className="visually-hidden" role="alert" aria-live="assertive" aria-atomic="true">
        {assertive}
      </div>
    </>
  );
}
