/**
 * A small history-API router: the server answers every client route with index.html, and the
 * client maps the path to a page. Routes are a table so that new pages (replays) add one line.
 */
import { useEffect, useSyncExternalStore } from 'react';
import { parseReplayRoute, type ReplayRoute } from '../replay/routes.js';

export type Route =
  | { page: 'lobby' }
  | { page: 'match'; matchID: string; spectate: boolean; seat: string | null }
  | { page: 'join'; code: string }
  | ReplayRoute
  | { page: 'not-found'; path: string };

const MATCH_PATH = /^\/match\/([A-Za-z0-9_-]{1,64})\/?$/;
const JOIN_PATH = /^\/join\/([A-Za-z0-9-]{1,32})\/?$/;

export function parseRoute(pathname: string, search: string): Route {
  if (pathname === '/' || pathname === '' || pathname === '/lobby' || pathname === '/lobby/') return { page: 'lobby' };
  const join = JOIN_PATH.exec(pathname);
  if (join) return { page: 'join', code: join[1]! };
  const match = MATCH_PATH.exec(pathname);
  if (match) {
    const params = new URLSearchParams(search);
    return { page: 'match', matchID: match[1]!, spectate: params.get('view') === 'spectate', seat: params.get('seat') };
  }
  const replay = parseReplayRoute(pathname);
  if (replay) return replay;
  return { page: 'not-found', path: pathname };
}

export const matchPath = (matchID: string) => `/match/${encodeURIComponent(matchID)}`;
export const joinPath = (code: string) => `/join/${encodeURIComponent(code)}`;
export const spectatePath = (matchID: string) => `${matchPath(matchID)}?view=spectate`;

const listeners = new Set<() => void>();
const notify = () => listeners.forEach((l) => l());

export function navigate(to: string, options: { replace?: boolean } = {}): void {
  if (options.replace) window.history.replaceState(null, '', to);
  else window.history.pushState(null, '', to);
  notify();
  window.scrollTo(0, 0);
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  window.addEventListener('popstate', listener);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('popstate', listener);
  };
}

const snapshot = () => window.location.pathname + window.location.search;

/** The current route; re-renders on navigate() and on the browser's back/forward. */
export function useRoute(): Route {
  const location = useSyncExternalStore(subscribe, snapshot);
  const url = new URL(location, 'http://x');
  return parseRoute(url.pathname, url.search);
}

/** Plain links that navigate without a page load (modifier-clicks still open a new tab). */
export function useLinkInterception(): void {
  useEffect(() => {
    const onClick = (event: MouseEvent) => {
      if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
      const anchor = (event.target as Element | null)?.closest?.('a[data-internal]');
      if (!(anchor instanceof HTMLAnchorElement)) return;
      event.preventDefault();
      navigate(anchor.pathname + anchor.search);
    };
    document.addEventListener('click', onClick);
    return () => document.removeEventListener('click', onClick);
  }, []);
}
