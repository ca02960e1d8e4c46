/**
 * Handing a seat to a server bot and back. A seat's own player (with its credentials) may hand
 * it over at any time; the host (with the host token) may hand over a seat nobody has taken or
 * whose player joined or left longer than the grace period ago and is not connected; matches
 * created with `autoBot` do so by themselves after the grace period, but only while another
 * person is at the table (a table every person left waits for them instead of being played out
 * by bots). The player takes the seat back with its credentials.
 */
import { BOT_STYLES, isStyleFor, type BotStyle } from '../../src/bots/index.js';
import { SEAT_NAMES, seatOf, type BySeat } from '../../src/game/index.js';
import { newCredentials } from '../ids.js';
import type { Logger } from '../log.js';
import { ApiError } from '../rest/errors.js';
import { matchSeat, seatCredentialsValid } from '../transport/credentials.js';
import { botName } from './create-match.js';
import type { DisconnectWatch } from './disconnect-watch.js';
import type { MatchMetadataStore, SeatsHub } from './hub-port.js';
import { isOver } from './match-info.js';
import type { SeatDirectory } from './seat-directory.js';
import { tokenMatches } from './secrets.js';
import type { SeatMatch, SeatStore } from './store.js';

/** The style that stands in for a player who left: the middle-of-the-road one of each seat. */
export const STAND_IN_STYLE = {
  usg: 'pragmatist',
  nvidia: 'lobbyist',
  china: 'self-reliant',
  huawei: 'rnd-first',
} as const satisfies BySeat<BotStyle>;

export type SeatAuth = { readonly credentials: string } | { readonly hostToken: string };

export interface SeatControlDeps {
  readonly store: SeatStore;
  readonly directory: SeatDirectory;
  readonly storage: MatchMetadataStore;
  readonly watch: DisconnectWatch;
  readonly hub: Pick<SeatsHub, 'connected'>;
  readonly log: Logger;
}

export class SeatControl {
  constructor(private readonly deps: SeatControlDeps) {}

  async toBot(matchID: string, playerID: string, auth: SeatAuth, requestedStyle: string | undefined): Promise<void> {
    const { match, metadata, seat } = await this.load(matchID, playerID);
    const style = requestedStyle ?? STAND_IN_STYLE[seat];
    if (!isStyleFor(seat, style)) {
      throw new ApiError(400, 'BAD_STYLE', `"${style}" is not a ${SEAT_NAMES[seat]} bot style (one of ${BOT_STYLES[seat].join(', ')}).`);
    }
    const player = matchSeat(metadata, playerID)!;
    const taken = typeof player.name === 'string' && player.name.length > 0;
    if ('credentials' in auth) {
      if (!seatCredentialsValid(metadata, playerID, auth.credentials)) {
        throw new ApiError(403, 'BAD_CREDENTIALS', `These are not the credentials of the ${SEAT_NAMES[seat]} seat.`);
      }
    } else {
      this.checkHost(match, auth.hostToken);
      const controller = this.deps.directory.controller(matchID, playerID);
      const awayMs = this.deps.watch.awayForMs(matchID, playerID);
      if (taken && controller?.kind === 'human' && awayMs < this.deps.watch.graceMs) {
        const wait = Math.ceil((this.deps.watch.graceMs - awayMs) / 1000);
        throw new ApiError(
          409,
          'SEAT_OCCUPIED',
          awayMs === 0
            ? `${player.name} is connected to the ${SEAT_NAMES[seat]} seat; only they can hand it to a bot.`
            : `${player.name} joined or left the ${SEAT_NAMES[seat]} seat only recently; the host can hand it to a bot in ${wait} s.`,
        );
      }
    }
    if (!taken) {
      // Take the empty seat the way the lobby's join would, so no one else can join it while the bot plays.
      player.name = botName(style);
      player.credentials = newCredentials();
      await this.deps.storage.setMetadata(matchID, metadata);
    }
    this.deps.directory.setController(matchID, playerID, { kind: 'bot', style });
    this.deps.log.info({ matchID, playerID, style, by: 'credentials' in auth ? 'player' : 'host' }, 'seat handed to a bot');
  }

  async toHuman(matchID: string, playerID: string, credentials: string): Promise<void> {
    const { metadata, seat } = await this.load(matchID, playerID);
    if (!seatCredentialsValid(metadata, playerID, credentials)) {
      throw new ApiError(403, 'BAD_CREDENTIALS', `These are not the credentials of the ${SEAT_NAMES[seat]} seat.`);
    }
    this.deps.directory.setController(matchID, playerID, { kind: 'human' });
    this.deps.log.info({ matchID, playerID }, 'seat taken back by its player');
  }

  /** The grace period of an auto-bot match's seat ran out: a stand-in bot takes over. */
  async graceExpired(matchID: string, playerID: string): Promise<void> {
    const match = this.deps.store.match(matchID);
    const seat = seatOf(playerID);
    if (!match?.autoBot || match.finished || seat === null) return;
    if (this.deps.directory.controller(matchID, playerID)?.kind !== 'human') return;
    // Nobody else at the table: nobody is waiting for this seat. The hand-over waits until a person returns.
    if (![...this.deps.hub.connected(matchID)].some((other) => other !== playerID)) return;
    const { metadata } = await this.deps.storage.fetch(matchID, { metadata: true });
    if (!matchSeat(metadata, playerID)?.name || isOver(match, metadata)) return;
    this.deps.directory.setController(matchID, playerID, { kind: 'bot', style: STAND_IN_STYLE[seat] });
    this.deps.log.info({ matchID, playerID, style: STAND_IN_STYLE[seat] }, 'seat handed to a bot after its player stayed away');
  }

  checkHost(match: SeatMatch, hostToken: string): void {
    const stored = this.deps.store.hostTokenHash(match.matchID);
    if (stored === undefined || !tokenMatches(hostToken, stored)) {
      throw new ApiError(403, 'NOT_HOST', 'Only the host of this match can do that (the host token does not match).');
    }
  }

  private async load(matchID: string, playerID: string) {
    const match = this.deps.store.match(matchID);
    const { metadata } = await this.deps.storage.fetch(matchID, { metadata: true });
    if (!match || !metadata) throw new ApiError(404, 'MATCH_NOT_FOUND', `There is no match ${matchID}.`);
    if (isOver(match, metadata)) throw new ApiError(409, 'GAME_OVER', 'The game is over; seats no longer change hands.');
    const seat = seatOf(playerID);
    if (seat === null || matchSeat(metadata, playerID) === undefined) throw new ApiError(404, 'SEAT_NOT_FOUND', `This match has no seat ${playerID}.`);
    return { match, metadata, seat };
  }
}
