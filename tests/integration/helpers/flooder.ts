/**
 * An attacker in its own process, for the flood test: from one client address it makes its own
 * match, then opens many sockets and floods the server as fast as it can until it is stopped.
 *
 * - credential: one seat's credentials synced on every socket, each sending 4 KB chats in a loop.
 * - spectator:  every socket syncing the match as a spectator, again and again.
 *
 * Usage: node --import tsx flooder.ts <url> <credential|spectator> <localAddress> <sockets>
 * Prints `READY <sockets that connected>` once flooding, and `SENT <messages>` when it gets SIGTERM.
 */
import { io, type Socket } from 'socket.io-client';
import { send } from './http.js';

const [url, mode, localAddress, socketCountText] = process.argv.slice(2);
if (!url || (mode !== 'credential' && mode !== 'spectator') || !localAddress || !socketCountText) {
  process.stderr.write('usage: flooder.ts <url> <credential|spectator> <localAddress> <sockets>\n');
  process.exit(2);
}

async function post(path: string, body: unknown): Promise<Record<string, string>> {
  const answer = await send(url!, 'POST', path, JSON.stringify(body), { localAddress });
  if (answer.status !== 200) throw new Error(`${path}: ${answer.status} ${answer.text}`);
  return answer.json as Record<string, string>;
}

function connect(): Promise<Socket | undefined> {
  // engine.io-client hands localAddress to ws in Node (its types do not list it).
  const options = { transports: ['websocket'], forceNew: true, reconnection: false, localAddress } as Parameters<typeof io>[1];
  const socket = io(`${url}/compute-race`, options);
  return new Promise((resolve) => {
    socket.once('connect', () => resolve(socket));
    socket.once('connect_error', () => {
      socket.close();
      resolve(undefined);
    });
  });
}

async function main(): Promise<void> {
  const { matchID } = await post('/games/compute-race/create', { numPlayers: 4 });
  // The longest name the server takes, on every seat: what every sync of this match carries.
  const credentials: string[] = [];
  for (const playerID of ['0', '1', '2', '3']) {
    credentials.push((await post(`/games/compute-race/${matchID}/join`, { playerID, playerName: 'N'.repeat(40) })).playerCredentials!);
  }
  const sockets: Socket[] = [];
  for (let i = 0; i < Number(socketCountText); i++) {
    const socket = await connect();
    if (socket) sockets.push(socket);
  }
  if (mode === 'credential') for (const socket of sockets) socket.emit('sync', matchID, '0', credentials[0]);

  let sent = 0;
  const chat = 'x'.repeat(4 * 1024 - 64);
  // As fast as the connections take them: a socket whose unsent bytes pile up (the server reads
  // no faster) waits, instead of queueing gigabytes here; when every socket waits, this process
  // sleeps a millisecond rather than spin (on a test machine it shares the cores with the server,
  // and a spinning loop would measure the scheduler, not the server).
  const backlog = (socket: Socket) => (socket.io.engine.transport as unknown as { ws?: { bufferedAmount: number } }).ws?.bufferedAmount ?? 0;
  const flood = () => {
    let wrote = false;
    for (const socket of sockets) {
      if (backlog(socket) > 256 * 1024) continue;
      wrote = true;
      for (let i = 0; i < 20; i++) {
        if (mode === 'credential') socket.emit('chat', matchID, { id: `c${sent}`, sender: '0', payload: chat }, credentials[0]);
        else socket.emit('sync', matchID, null);
        sent++;
      }
    }
    if (wrote) setImmediate(flood);
    else setTimeout(flood, 1);
  };
  process.stdout.write(`READY ${sockets.length}\n`);
  flood();
  process.on('SIGTERM', () => {
    process.stdout.write(`SENT ${sent}\n`);
    process.exit(0);
  });
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
