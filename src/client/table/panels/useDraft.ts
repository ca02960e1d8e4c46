/**
 * The order a seat is editing. It starts from the order the server holds for the seat (after a
 * reload or reconnect, too) or else from the documented default; it follows the server's copy
 * while the player has no unsent edits; and it starts afresh each year.
 */
import { useEffect, useRef, useState } from 'react';

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

export interface Draft<T> {
  value: T;
  set: (next: T) => void;
  /** Shallow update of one field. */
  patch: (fields: Partial<T>) => void;
  /** Differs from the server's copy (or from the default when nothing was sent). */
  dirty: boolean;
}

export function useDraft<T extends object>(serverValue: T | null, makeDefault: () => T, yearKey: string): Draft<T> {
  const base = serverValue ?? makeDefault();
  const [value, setValue] = useState<T>(base);
  const [key, setKey] = useState(yearKey);
  const lastServer = useRef<T | null>(serverValue);
  const [edited, setEdited] = useState(false);

  // A new year (or a new seat) starts from the fresh base.
  if (key !== yearKey) {
    setKey(yearKey);
    setValue(base);
    setEdited(false);
  }

  useEffect(() => {
    // The server's copy changed (our submission landed, or a reconnect synced it):
    // follow it unless the player is in the middle of an edit.
    if (serverValue && !same(serverValue, lastServer.current) && !edited) setValue(serverValue);
    if (serverValue && same(serverValue, value)) setEdited(false);
    lastServer.current = serverValue;
  }, [serverValue, edited, value]);

  return {
    value,
    set: (next) => {
      setValue(next);
      setEdited(true);
    },
    patch: (fields) => {
      setValue((v) => ({ ...v, ...fields }));
      setEdited(true);
    },
    dirty: serverValue ? !same(serverValue, value) : edited,
  };
}
