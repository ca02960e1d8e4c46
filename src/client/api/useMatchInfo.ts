/**
 * The match as /api describes it (seats, bots, connection, timer), refreshed every few seconds
 * and whenever `refreshKey` changes (a new phase, a seat change).
 */
import { useCallback, useEffect, useState } from 'react';
import { api, ApiError } from './rest.js';
import type { MatchInfo } from './schemas.js';

export function useMatchInfo(matchID: string, refreshKey: unknown = null, everyMs = 5000) {
  const [info, setInfo] = useState<MatchInfo | null>(null);
  const [error, setError] = useState<ApiError | null>(null);

  const refresh = useCallback(async () => {
    try {
      setInfo(await api.getMatch(matchID));
      setError(null);
    } catch (e) {
      setError(e instanceof ApiError ? e : new ApiError(0, 'UNKNOWN', String(e)));
    }
  }, [matchID]);

  useEffect(() => {
    void refresh();
  }, [refresh, refreshKey]);

  useEffect(() => {
    const id = window.setInterval(() => void refresh(), everyMs);
    const onFocus = () => void refresh();
    window.addEventListener('focus', onFocus);
    return () => {
      window.clearInterval(id);
      window.removeEventListener('focus', onFocus);
    };
  }, [refresh, everyMs]);

  return { info, error, refresh };
}
