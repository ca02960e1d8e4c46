/**
 * Stops reading a flooding client's connection for a while. Dropping its messages unanswered
 * still costs the server the reading and decoding of every one (a loop of tiny messages is
 * hundreds of thousands a second); not reading at all lets TCP's own flow control hold the
 * sender back at no cost here, and the client's next messages arrive when it may send again.
 *
 * WebSocket connections only (socket.io's engine keeps the `ws` socket, which can pause). A
 * long-polling client sends one HTTP request at a time, each at most the socket message limit;
 * its over-limit messages are dropped, and it is disconnected like any socket that overruns
 * again (hardened-socketio.ts).
 */
import type { Socket } from 'socket.io';

interface Pausable {
  pause(): void;
  resume(): void;
}

/** The `ws` socket under a socket.io socket, if it is on the WebSocket transport. */
function webSocketOf(socket: Socket): Pausable | undefined {
  const transport = socket.conn.transport as unknown as { name?: string; socket?: Partial<Pausable> };
  const ws = transport.name === 'websocket' ? transport.socket : undefined;
  return typeof ws?.pause === 'function' && typeof ws.resume === 'function' ? (ws as Pausable) : undefined;
}

export class ReadPause {
  private resumeTimer: NodeJS.Timeout | undefined;
  private paused: Pausable | undefined;
  private holdingUntil = -Infinity;

  constructor(
    private readonly socket: Socket,
    private readonly now: () => number = () => performance.now(),
  ) {}

  /**
   * Reads nothing more from this connection for `ms` (no-op while already holding). On
   * long-polling, which cannot pause, the window is kept all the same (see `holding`).
   */
  hold(ms: number): void {
    if (this.holding) return;
    this.holdingUntil = this.now() + ms;
    const ws = webSocketOf(this.socket);
    if (ws === undefined) return;
    ws.pause();
    this.paused = ws;
    this.resumeTimer = setTimeout(() => this.release(), ms);
  }

  /** Within a hold's window: what arrives now was sent before the client could know. */
  get holding(): boolean {
    return this.now() < this.holdingUntil;
  }

  release(): void {
    clearTimeout(this.resumeTimer);
    this.paused?.resume();
    this.paused = undefined;
    this.holdingUntil = -Infinity;
  }
}
