/**
 * An attacker in its own process, for the flood test: from one client address it makes its own
 * match, then, each time it reads `start <address>` on stdin, opens many sockets from that
 * address and floods the server as fast as it can, reconnecting every socket the server cuts
 * off, until it reads `stop` (it closes them all) or gets SIGTERM.
 *
 * - credential: one seat's credentials synced on every socket, each sending 4 KB chats in a loop.
 * - spectator:  every socket syncing the match as a spectator, again and again.
 *
 * Usage: node --import tsx flooder.ts <url> <credential|spectator> <localAddress> <sockets>
 * Prints `MATCH` once set up, `FLOODING <sockets that connected>` after each start, `STOPPED`
 * after each stop, and `SENT <messages> <reconnections>` when it gets SIGTERM.
 */
import { createInterface } from 'node:readline';
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

function connect(from: string): Promise<Socket | undefined> {
  // engine.io-client hands localAddress to ws in Node (its types do not list it).
  const options = { transports: ['websocket'], forceNew: true, reconnection: false, localAddress: from } as Parameters<typeof io>[1];
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

  let sockets: Socket[] = [];
  let flooding = false;
  let sent = 0;
  let reconnections = 0;
  const chat = 'x'.repeat(4 * 1024 - 64);
  // As fast as the connections take them: a socket whose unsent bytes pile up (the server reads
  // no faster) waits, instead of queueing gigabytes here; when every socket waits, this process
  // sleeps a millisecond rather than spin (on a test machine it shares the cores with the server,
  // and a spinning loop would measure the scheduler, not the server).
  const backlog = (socket: Socket) => (socket.io.engine.transport as unknown as { ws?: { bufferedAmount: number } }).ws?.bufferedAmount ?? 0;
  const flood = () => {
    if (!flooding) return;
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

  /** A socket that floods once connected; when the server cuts it off, another takes its place. */
  const open = async (from: string): Promise<boolean> => {
    const socket = await connect(from);
    if (!socket) return false;
    if (mode === 'credential') socket.emit('sync', matchID, '0', credentials[0]);
    sockets.push(socket);
    socket.on('disconnect', (reason) => {
      sockets = sockets.filter((other) => other !== socket);
      if (!flooding || reason !== 'io server disconnect') return;
      reconnections++;
      void open(from);
    });
    return true;
  };
  const start = async (from: string) => {
    let connected = 0;
    for (let i = 0; i < Number(socketCountText); i++) if (await open(from)) connected++;
    flooding = true;
    process.stdout.write(`FLOODING ${connected}\n`);
    flood();
  };
  const stop = () => {
    flooding = false;
    for (const socket of sockets) socket.close();
    sockets = [];
    process.stdout.write('STOPPED\n');
  };

  createInterface({ input: process.stdin }).on('line', (command) => {
    const [verb, from = localAddress!] = command.split(' ');
    if (verb === 'start') void start(from);
    if (verb === 'stop') stop();
  });
  process.on('SIGTERM', () => {
    process.stdout.write(`SENT ${sent} ${reconnections}\n`);
    process.exit(0);
  });
  process.stdout.write('MATCH\n');
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
