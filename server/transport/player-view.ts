/**
 * What a client is allowed to receive, built from the full server state for one viewer
 * (a playerID, or null for a spectator). Everything sent to a socket goes through here.
 *
 * - G through the game's playerView (another seat's pending order and every secret removed);
 * - plugin data through each plugin's playerView, and the random plugin's data (the seed and
 *   the PRNG state, from which every future draw follows) removed outright, as is any legacy
 *   `ctx._random`;
 * - the log with redacted moves' arguments hidden from everyone but the mover;
 * - match data without credentials.
 */
import type { Ctx, LogEntry, Server, State } from 'boardgame.io';
import type { ProcessedGame } from './boardgame.js';

export type Viewer = string | null;

/** Plugins whose data is public. Anything else (random's seed above all) is dropped. */
const PUBLIC_PLUGINS = new Set(['events', 'log']);

export function viewState(game: ProcessedGame, state: State, viewer: Viewer): State {
  const { _random: _seed, ...ctx } = state.ctx as Ctx & { _random?: unknown };
  const plugins: State['plugins'] = {};
  for (const [name, plugin] of Object.entries(state.plugins ?? {})) {
    plugins[name] = PUBLIC_PLUGINS.has(name) ? { data: plugin.data } : { data: undefined };
  }
  // ProcessGameConfig always sets playerView; without one there would be nothing safe to send.
  if (game.playerView === undefined) throw new Error(`${game.name} has no playerView`);
  return {
    G: game.playerView({ G: state.G, ctx: state.ctx, playerID: viewer }),
    ctx: ctx as Ctx,
    plugins,
    _undo: [],
    _redo: [],
    _stateID: state._stateID,
  };
}

/** boardgame.io's log redaction: a redacted move's args are visible to its mover only. */
export function viewLog(log: readonly LogEntry[] | undefined, viewer: Viewer): LogEntry[] {
  return (log ?? []).map((entry) => {
    const mover = entry.action.payload?.playerID;
    if (entry.redact !== true || (viewer !== null && mover !== undefined && mover !== null && `${mover}` === viewer)) {
      return withoutCredentials(entry);
    }
    const { redact: _redact, ...rest } = entry;
    return { ...rest, action: { ...entry.action, payload: { ...entry.action.payload, args: null } } } as LogEntry;
  });
}

/** The Master strips credentials before logging; this is a second guard for stored logs. */
function withoutCredentials(entry: LogEntry): LogEntry {
  if (entry.action.payload === undefined || !('credentials' in entry.action.payload)) return entry;
  const { credentials: _credentials, ...payload } = entry.action.payload as typeof entry.action.payload & { credentials?: unknown };
  return { ...entry, action: { ...entry.action, payload } } as LogEntry;
}

export type PublicPlayer = Omit<Server.PlayerMetadata, 'credentials'>;

/** The players of a match as clients see them (boardgame.io's filterMatchData). */
export function viewMatchData(metadata: Server.MatchData): PublicPlayer[] {
  return Object.values(metadata.players).map(({ credentials: _credentials, ...player }) => player);
}
