/**
 * Who is in which match: each socket that synced successfully is a member of one match, as one
 * seat (playerID) or as a spectator (null). The source of truth for "connected" and for the
 * recipients of a broadcast. A seat is connected while at least one of its sockets is.
 */
export interface ClientSocket {
  readonly id: string;
  emit(event: string, ...args: unknown[]): boolean;
}

export interface Member {
  readonly socket: ClientSocket;
  readonly matchID: string;
  readonly playerID: string | null;
  /** Kept (in memory only) to re-check, at each broadcast, that the socket still holds its seat. */
  readonly credentials: unknown;
}

/** A seat that went from zero sockets to one (connected) or from one to zero (disconnected). */
export interface SeatTransition {
  readonly matchID: string;
  readonly playerID: string;
  readonly connected: boolean;
}

export class Rooms {
  private readonly bySocket = new Map<string, Member>();
  private readonly byMatch = new Map<string, Set<Member>>();

  /** Makes `socket` a member of `matchID` (leaving any match it was in); returns seat transitions. */
  join(socket: ClientSocket, matchID: string, playerID: string | null, credentials: unknown): SeatTransition[] {
    const transitions = this.leave(socket.id);
    const member: Member = { socket, matchID, playerID, credentials };
    const wasConnected = playerID !== null && this.isConnected(matchID, playerID);
    this.bySocket.set(socket.id, member);
    let members = this.byMatch.get(matchID);
    if (members === undefined) {
      members = new Set();
      this.byMatch.set(matchID, members);
    }
    members.add(member);
    if (playerID !== null && !wasConnected) transitions.push({ matchID, playerID, connected: true });
    return transitions;
  }

  /** Removes the socket from its match; returns the seat transition, if its seat lost its last socket. */
  leave(socketID: string): SeatTransition[] {
    const member = this.bySocket.get(socketID);
    if (member === undefined) return [];
    this.bySocket.delete(socketID);
    const members = this.byMatch.get(member.matchID);
    members?.delete(member);
    if (members?.size === 0) this.byMatch.delete(member.matchID);
    const { matchID, playerID } = member;
    if (playerID === null || this.isConnected(matchID, playerID)) return [];
    return [{ matchID, playerID, connected: false }];
  }

  memberOf(socketID: string): Member | undefined {
    return this.bySocket.get(socketID);
  }

  members(matchID: string): readonly Member[] {
    return [...(this.byMatch.get(matchID) ?? [])];
  }

  connected(matchID: string): Set<string> {
    const seats = new Set<string>();
    for (const member of this.byMatch.get(matchID) ?? []) {
      if (member.playerID !== null) seats.add(member.playerID);
    }
    return seats;
  }

  isConnected(matchID: string, playerID: string): boolean {
    for (const member of this.byMatch.get(matchID) ?? []) {
      if (member.playerID === playerID) return true;
    }
    return false;
  }
}
