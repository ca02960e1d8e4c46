/**
 * The game transport: boardgame.io's stock SocketIO client protocol on a socket we open
 * ourselves, so that we can also hear our server's extra `rejected` event (the reason a move
 * was refused, sent only to the acting socket).
 */
import { io, type Socket } from 'socket.io-client';
import { SocketIO } from 'boardgame.io/multiplayer';
import { GAME_NAME } from '../../game/index.js';
import { RejectedEventSchema, type RejectedEvent } from '../api/schemas.js';

type TransportFactory = ReturnType<typeof SocketIO>;

export interface GameSocket {
  socket: Socket;
  transport: TransportFactory;
}

/** Opens the game namespace's socket on this page's origin and wraps it as a transport. */
export function openGameSocket(onRejected: (event: RejectedEvent) => void): GameSocket {
  // Same origin as the page: the server (or Vite's dev proxy) serves socket.io at /socket.io.
  const socket = io(`/${GAME_NAME}`, { autoConnect: false, reconnectionDelayMax: 4000 });
  socket.on('rejected', (payload: unknown) => {
    const parsed = RejectedEventSchema.safeParse(payload);
    if (parsed.success) onRejected(parsed.data);
  });
  const stock = SocketIO();
  // The stock transport takes a ready-made socket through its constructor options.
  const transport: TransportFactory = (opts) => stock({ ...opts, socket } as typeof opts);
  return { socket, transport };
}
