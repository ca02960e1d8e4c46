/**
 * A seated player's controls for the seat itself: hand it to a server bot (when stepping away)
 * and take it back, save one's own record of the game so far, or leave the seat. The server
 * decides; the seat list shows the result.
 */
import { useState } from 'react';
import { BOT_STYLE_LABELS, BOT_STYLES } from '../../bots/index.js';
import type { Seat } from '../../game/index.js';
import { api, ApiError } from '../api/rest.js';
import { downloadText, ownRecordFileName } from '../replay/download.js';
import { recordsApi } from '../replay/recordsApi.js';

export interface SeatControlsProps {
  matchID: string;
  playerID: string;
  seat: Seat;
  credentials: string;
  botPlaying: boolean;
  onChanged: () => void;
  onLeave: () => void;
}

export function SeatControls({ matchID, playerID, seat, credentials, botPlaying, onChanged, onLeave }: SeatControlsProps) {
  const styles = BOT_STYLES[seat] as readonly (keyof typeof BOT_STYLE_LABELS)[];
  const [style, setStyle] = useState<string>(styles[0]!);
  const [message, setMessage] = useState<string | null>(null);
  const act = async (call: () => Promise<unknown>, done: string) => {
    try {
      await call();
      setMessage(done);
    } catch (e) {
      setMessage(e instanceof ApiError ? e.message : 'That did not work; try again.');
    }
  };
  /** A change to who plays the seat: the seat list is fetched again afterwards. */
  const changeSeat = (call: () => Promise<unknown>, done: string) =>
    act(async () => {
      await call();
      onChanged();
    }, done);
  const saveOwnRecord = () =>
    act(
      async () =>
        downloadText(await recordsApi.ownRecordText(matchID, playerID, credentials), ownRecordFileName(matchID, playerID), 'application/json'),
      "Saved: every move so far, with your own orders but not the other seats' secrets.",
    );
  return (
    <details className="seat-controls">
      <summary>Seat options</summary>
      {botPlaying ? (
        <button type="button" className="button" onClick={() => void changeSeat(() => api.seatToHuman(matchID, playerID, credentials), 'You play your seat again.')}>
          Take my seat back from the bot
        </button>
      ) : (
        <div className="seat-controls__row">
          <label htmlFor="bot-style">Bot style</label>
          <select id="bot-style" value={style} onChange={(e) => setStyle(e.target.value)}>
            {styles.map((s) => (
              <option key={s} value={s}>
                {BOT_STYLE_LABELS[s]}
              </option>
            ))}
          </select>
          <button type="button" className="button" onClick={() => void changeSeat(() => api.seatToBot(matchID, playerID, { credentials }, style), 'A bot plays your seat until you take it back.')}>
            Let a bot play my seat
          </button>
        </div>
      )}
      <button type="button" className="button" onClick={() => void saveOwnRecord()} data-testid="download-own-record">
        Download my record so far
      </button>
      <button type="button" className="button button--quiet" onClick={onLeave}>
        Leave this seat on this device
      </button>
      {message ? <p role="status">{message}</p> : null}
    </details>
  );
}
