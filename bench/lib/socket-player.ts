/**
 * Plays Compute Race matches over boardgame.io's socket protocol (the stock client's wire
 * format: `sync`, `update` out; `sync`, `update` in), one socket per seat, every seat deciding
 * like a bot from the view it received. Measures, for each move, the time from sending it to
 * the mover's socket receiving the resulting update.
 */
import { io as connect, type Socket } from 'socket.io-client';
import { botMove, seededRandom } from '../../src/bots/index.js';
import { mixedStyles } from '../../src/bots/play.js';
import { GAME_NAME, PLAYER_IDS, SEATS, type PlayerView } from '../../src/game/index.js';

export interface SeatedMatch {
  readonly matchID: string;
  /** Credentials by playerID. */
  readonly credentials: readonly string[];
}

interface WireState {
  G: PlayerView;
  ctx: { gameover?: unknown };
  _stateID: number;
}

class SeatSocket {
  state: WireState | undefined;
  private waiters: Array<{ stateID: number; resolve: () => void; reject: (error: Error) => void }> = [];
  private constructor(readonly socket: Socket) {}

  static async open(base: string, matchID: string, playerID: string, credentials: string): Promise<SeatSocket> {
    const socket = connect(`${base}/${GAME_NAME}`, { transports: ['websocket'] });
    const seat = new SeatSocket(socket);
    socket.on('update', (id: string, state: WireState) => id === matchID && seat.receive(state));
    socket.on('rejected', (event: unknown) => seat.fail(new Error(`the server refused a move: ${JSON.stringify(event)}`)));
    await new Promise<void>((resolve, reject) => {
      socket.once('sync', (id: string, info: { state: WireState }) => {
        if (id === matchID) seat.receive(info.state);
        resolve();
      });
      socket.once('connect_error', reject);
      socket.emit('sync', matchID, playerID, credentials, 4);
    });
    return seat;
  }

  private receive(state: WireState): void {
    if (this.state && this.state._stateID >= state._stateID) return;
    this.state = state;
    this.waiters = this.waiters.filter((waiter) => {
      if (state._stateID < waiter.stateID) return true;
      waiter.resolve();
      return false;
    });
  }

  private fail(error: Error): void {
    for (const waiter of this.waiters.splice(0)) waiter.reject(error);
  }

  reached(stateID: number): Promise<void> {
    if (this.state && this.state._stateID >= stateID) return Promise.resolve();
    return new Promise((resolve, reject) => this.waiters.push({ stateID, resolve, reject }));
  }
}

/** Plays each match to its end, one after the other; returns the per-move latencies in ms. */
export async function playOverSockets(base: string, matches: readonly SeatedMatch[]): Promise<number[]> {
  const latencies: number[] = [];
  for (const match of matches) {
    const styles = mixedStyles(match.matchID);
    const seats = await Promise.all(PLAYER_IDS.map((id, index) => SeatSocket.open(base, match.matchID, id, match.credentials[index]!)));
    try {
      for (let step = 0; step < 500; step++) {
        const current = seats[0]!.state!;
        if (current.ctx.gameover !== undefined) break;
        const mover = PLAYER_IDS.findIndex((id, index) => {
          const view = seats[index]!.state!.G;
          return botMove(styles[SEATS[index]!], view, seededRandom(`${match.matchID}:${current._stateID}:${id}`)) !== null;
        });
        if (mover < 0) throw new Error(`no seat can move at stateID ${current._stateID}`);
        const playerID = PLAYER_IDS[mover]!;
        const seat = seats[mover]!;
        const decision = botMove(styles[SEATS[mover]!], seat.state!.G, seededRandom(`${match.matchID}:${current._stateID}:${playerID}`))!;
        const action = {
          type: 'MAKE_MOVE',
          payload: { type: decision.move, args: decision.args, playerID, credentials: match.credentials[mover] },
        };
        const started = performance.now();
        seat.socket.emit('update', action, current._stateID, match.matchID, playerID);
        await seat.reached(current._stateID + 1);
        latencies.push(performance.now() - started);
        await Promise.all(seats.map((other) => other.reached(current._stateID + 1)));
      }
    } finally {
      for (const seat of seats) seat.socket.close();
    }
  }
  return latencies;
}

/** The echo floor, over the same kind of websocket connection. */
export async function echoOverSocket(base: string, payload: unknown, rounds: number): Promise<number[]> {
  const socket = connect(base, { transports: ['websocket'] });
  await new Promise<void>((resolve, reject) => {
    socket.once('connect', () => resolve());
    socket.once('connect_error', reject);
  });
  const latencies: number[] = [];
  try {
    for (let round = 0; round < rounds; round++) {
      const started = performance.now();
      await new Promise<void>((resolve) => {
        socket.once('echo', () => resolve());
        socket.emit('echo', payload);
      });
      latencies.push(performance.now() - started);
    }
  } finally {
    socket.close();
  }
  return latencies;
}
