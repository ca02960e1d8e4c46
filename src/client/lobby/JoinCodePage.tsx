/** /join/:code — a short link read aloud or typed: finds the match and opens it. */
import { useEffect, useState } from 'react';
import { api, ApiError } from '../api/rest.js';
import { matchPath, navigate } from '../app/router.js';

export function JoinCodePage({ code }: { code: string }) {
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    api.lookupCode(code).then(
      (matchID) => live && navigate(matchPath(matchID), { replace: true }),
      (e: unknown) => live && setError(e instanceof ApiError ? e.message : 'The code could not be checked.'),
    );
    return () => {
      live = false;
    };
  }, [code]);
  return (
    <main className="room">
      <h1>Joining {code.toUpperCase()}…</h1>
      {error ? (
        <>
          <p role="alert">{error}</p>
          <p>
            <a href="/" data-internal>
              Back to the lobby
            </a>
          </p>
        </>
      ) : (
        <p role="status">Looking for the match…</p>
      )}
    </main>
  );
}
