/** Join a friend's match by its short code. */
import { useState, type FormEvent } from 'react';
import { api, ApiError } from '../api/rest.js';
import { matchPath, navigate } from '../app/router.js';

export function JoinByCode() {
  const [code, setCode] = useState('');
  const [error, setError] = useState<string | null>(null);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    if (!code.trim()) return setError('Type the code your host gave you.');
    try {
      navigate(matchPath(await api.lookupCode(code)));
    } catch (e) {
      setError(e instanceof ApiError && e.status === 404 ? `No match has the code ${code.trim().toUpperCase()}.` : e instanceof ApiError ? e.message : 'The code could not be checked.');
    }
  };
  return (
    <form className="join-code" onSubmit={(e) => void submit(e)} aria-labelledby="join-code-title">
      <h2 id="join-code-title">Have a code?</h2>
      <label htmlFor="code">Match code</label>
      <div className="join-code__row">
        <input id="code" value={code} onChange={(e) => setCode(e.target.value)} autoCapitalize="characters" autoComplete="off" spellCheck={false} />
        <button type="submit" className="button">
          Join
        </button>
      </div>
      {error ? (
        <p className="form-error" role="alert">
          {error}
        </p>
      ) : null}
    </form>
  );
}
