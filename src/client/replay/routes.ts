/**
 * The replay pages' addresses: /replays (the list and the import box), /replay/:matchID (a
 * server's record) and /replay/file (an imported file, kept in this tab). A point in a replay is
 * shared as `?at=<state index>&view=<usg|nvidia|china|huawei|spectator|all>`; this file owns that
 * codec so the links built elsewhere (the list, the end screen, a fork's parent) agree with it.
 */
import { SEATS, playerIDOf, seatOf } from '../../game/index.js';
import type { Viewer } from '../../record/index.js';

export type ReplaySource = { kind: 'match'; matchID: string } | { kind: 'file' };

export type ReplayRoute = { page: 'replays' } | { page: 'replay'; source: ReplaySource };

const REPLAY_PATH = /^\/replay\/([A-Za-z0-9_-]{1,64})\/?$/;
/** The imported file's page; a server match ID never collides with it (they are never "file"). */
export const FILE_SEGMENT = 'file';

export function parseReplayRoute(pathname: string): ReplayRoute | null {
  if (pathname === '/replays' || pathname === '/replays/') return { page: 'replays' };
  const match = REPLAY_PATH.exec(pathname);
  if (!match) return null;
  const id = match[1]!;
  return { page: 'replay', source: id === FILE_SEGMENT ? { kind: 'file' } : { kind: 'match', matchID: id } };
}

/** The view names used in links, in the order the view switcher shows them. */
export const VIEW_PARAMS = [...SEATS, 'spectator', 'all'] as const;
export type ViewParam = (typeof VIEW_PARAMS)[number];

export function viewerOf(param: ViewParam): Viewer {
  if (param === 'all') return 'all';
  if (param === 'spectator') return null;
  return playerIDOf(param);
}

export function paramOf(viewer: Viewer): ViewParam {
  if (viewer === 'all') return 'all';
  return seatOf(viewer) ?? 'spectator';
}

export interface ReplayPoint {
  /** State index: the state after this many actions. */
  at: number;
  view: ViewParam;
}

/** Reads ?at and ?view; anything missing or malformed is left out (the page picks its default). */
export function parsePoint(search: string): Partial<ReplayPoint> {
  const params = new URLSearchParams(search);
  const out: Partial<ReplayPoint> = {};
  const at = params.get('at');
  if (at !== null && /^\d{1,5}$/.test(at)) out.at = Number(at);
  const view = params.get('view');
  if (view !== null && (VIEW_PARAMS as readonly string[]).includes(view)) out.view = view as ViewParam;
  return out;
}

export function pointQuery(point: Partial<ReplayPoint>): string {
  const params = new URLSearchParams();
  if (point.at !== undefined) params.set('at', String(point.at));
  if (point.view !== undefined) params.set('view', point.view);
  const query = params.toString();
  return query ? `?${query}` : '';
}

export const replaysPath = () => '/replays';
export const replayPath = (matchID: string, point: Partial<ReplayPoint> = {}) => `/replay/${encodeURIComponent(matchID)}${pointQuery(point)}`;
export const importedReplayPath = (point: Partial<ReplayPoint> = {}) => `/replay/${FILE_SEGMENT}${pointQuery(point)}`;
