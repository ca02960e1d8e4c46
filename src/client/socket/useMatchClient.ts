/**
 * One boardgame.io client per (match, seat) for as long as the table is on screen, exposed to
 * React as a snapshot. The server's state is the truth: a submitted order lives there and comes
 * back in the view's `myOrder` after any reconnect. Moves are checked with the rules' own
 * `explainRejection` before they are sent, so the player reads the reason at once; the server's
 * `rejected` event covers anything the client could not know.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { Client } from 'boardgame.io/client';
import type { ChatMessage, Ctx, FilteredMetadata } from 'boardgame.io';
import { ComputeRace, explainRejection, type GameState, type MoveName, type PlayerView } from '../../game/index.js';
import { openGameSocket } from './transport.js';

export interface Notice {
  code: string;
  message: string;
  /** Increases with every notice, so the same refusal twice is announced twice. */
  serial: number;
}

export interface MatchSnapshot {
  view: PlayerView | null;
  ctx: Ctx | null;
  stateID: number;
  connected: boolean;
  /** Did the socket ever connect? Distinguishes "connecting" from "reconnecting". */
  everConnected: boolean;
  matchData: FilteredMetadata | undefined;
  chat: ChatMessage[];
  rejection: Notice | null;
}

export interface MatchActions {
  /** Sends the move if the rules allow it now; otherwise returns the reason and sends nothing. */
  move: (name: MoveName, arg: unknown) => Notice | null;
  sendChat: (text: string) => void;
  clearRejection: () => void;
}

const EMPTY: MatchSnapshot = {
  view: null,
  ctx: null,
  stateID: -1,
  connected: false,
  everConnected: false,
  matchData: undefined,
  chat: [],
  rejection: null,
};

export function useMatchClient(matchID: string, playerID: string | null, credentials: string | null): [MatchSnapshot, MatchActions] {
  const [snapshot, setSnapshot] = useState<MatchSnapshot>(EMPTY);
  const clientRef = useRef<ReturnType<typeof Client> | null>(null);
  const serial = useRef(0);

  const reject = useCallback((code: string, message: string): Notice => {
    const notice = { code, message, serial: ++serial.current };
    setSnapshot((s) => ({ ...s, rejection: notice }));
    return notice;
  }, []);

  useEffect(() => {
    setSnapshot(EMPTY);
    const { socket, transport } = openGameSocket((event) => {
      if (event.matchID === null || event.matchID === matchID) reject(event.code, event.message);
    });
    const client = Client({
      game: ComputeRace,
      matchID,
      ...(playerID !== null ? { playerID } : {}),
      ...(credentials !== null ? { credentials } : {}),
      multiplayer: transport,
      debug: false,
    });
    clientRef.current = client;
    const unsubscribe = client.subscribe((state) => {
      setSnapshot((s) => ({
        ...s,
        view: state ? (state.G as unknown as PlayerView) : s.view,
        ctx: state ? state.ctx : s.ctx,
        stateID: state ? state._stateID : s.stateID,
        connected: state ? state.isConnected : socket.connected,
        everConnected: s.everConnected || socket.connected,
        matchData: client.matchData,
        chat: client.chatMessages,
      }));
    });
    // The transport reports connection changes through subscribers; a reconnect also re-syncs.
    socket.on('connect', () => setSnapshot((s) => ({ ...s, connected: true, everConnected: true })));
    socket.on('disconnect', () => setSnapshot((s) => ({ ...s, connected: false })));
    client.start();
    socket.connect();
    return () => {
      unsubscribe();
      client.stop();
      clientRef.current = null;
    };
  }, [matchID, playerID, credentials, reject]);

  // The latest snapshot for `move`, which must not change identity on every update.
  const viewRef = useRef(snapshot);
  useEffect(() => {
    viewRef.current = snapshot;
  }, [snapshot]);

  const move = useCallback(
    (name: MoveName, arg: unknown): Notice | null => {
      const client = clientRef.current;
      const { view, ctx, connected } = viewRef.current;
      if (!client || !view || !ctx) return reject('NOT_READY', 'The table is still loading.');
      if (!connected) return reject('OFFLINE', 'You are offline: the order will not reach the server until the connection is back.');
      // The view carries every public field the checks read; secrets are never needed for them.
      const reason = explainRejection(view as unknown as GameState, ctx, playerID, name, [arg]);
      if (reason) return reject(reason.code, reason.message);
      setSnapshot((s) => ({ ...s, rejection: null }));
      client.moves[name]!(arg);
      return null;
    },
    [playerID, reject],
  );

  const sendChat = useCallback((text: string) => {
    const trimmed = text.trim();
    if (trimmed) clientRef.current?.sendChatMessage(trimmed.slice(0, 500));
  }, []);

  const clearRejection = useCallback(() => setSnapshot((s) => ({ ...s, rejection: null })), []);

  return [snapshot, { move, sendChat, clearRejection }];
}
