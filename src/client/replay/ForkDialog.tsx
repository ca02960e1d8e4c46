/**
 * "Play from here": a new live match that starts from this exact point of the record. Each seat
 * goes to a person (taken in the new match's waiting room, like any match) or to a server bot
 * of a chosen style; a turn timer is optional. The server forks the record (it re-verifies it)
 * and answers like POST /api/matches; the host token is kept and the browser goes to the new
 * match's page, as the lobby's create form does.
 */
import { useState, type FormEvent } from 'react';
import { isStyleFor } from '../../bots/index.js';
import { SEATS, type Seat } from '../../game/index.js';
import type { GameRecord } from '../../record/index.js';
import { saveHostToken } from '../api/credentials.js';
import { ApiError } from '../api/rest.js';
import { matchPath, navigate } from '../app/router.js';
import { HUMAN, SeatChoice, TimerSelect } from '../lobby/SeatsAndTimer.js';
import { useModalDialog } from '../ui/useModalDialog.js';
import { recordsApi, type ForkRequest, type ForkSeat } from './recordsApi.js';
import type { ReplaySource } from './routes.js';


/** The record's own seating as the starting choice: its bots keep their styles, its people stay people. */
function initialChoices(record: GameRecord): Record<Seat, string> {
  const out = {} as Record<Seat, string>;
  for (const s of record.seats) out[s.seat] = s.kind === 'bot' && isStyleFor(s.seat, s.style) ? s.style : HUMAN;
  return out;
}

export interface ForkDialogProps {
  open: boolean;
  onClose: () => void;
  record: GameRecord;
  source: ReplaySource;
  actionIndex: number;
  /** Where the fork starts, in words: "after action 14: 2028, orders". */
  pointText: string;
}

export function ForkDialog({ open, onClose, record, source, actionIndex, pointText }: ForkDialogProps) {
  const dialog = useModalDialog(open);
  const [choices, setChoices] = useState(() => initialChoices(record));
  const [timer, setTimer] = useState(0);
  const [autoBot, setAutoBot] = useState(true);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    const seats: ForkSeat[] = SEATS.map((seat) => (choices[seat] === HUMAN ? { kind: 'human' } : { kind: 'bot', style: choices[seat] }));
    const request: ForkRequest = {
      source: source.kind === 'match' ? { matchID: source.matchID } : { record },
      actionIndex,
      seats,
      timer: timer > 0 ? { seconds: timer } : null,
      autoBot,
    };
    try {
      const created = await recordsApi.fork(request);
      saveHostToken(created.matchID, created.hostToken);
      dialog.current?.close();
      navigate(matchPath(created.matchID));
    } catch (e) {
      setError(e instanceof ApiError ? e.message : 'The new match could not be created.');
      setBusy(false);
    }
  };

  return (
    <dialog ref={dialog} className="replay-dialog fork-dialog" aria-labelledby="fork-title" onClose={onClose} data-testid="fork-dialog">
      <form onSubmit={(e) => void submit(e)} className="fork-dialog__form">
        <h2 id="fork-title">Play from here</h2>
        <p>
          A new match starts from this exact point ({pointText}), with everything as it stood, secrets included. Its record will name this one as its
          parent.
        </p>
        <fieldset className="seat-picker">
          <legend>Who plays each seat</legend>
          {SEATS.map((seat) => (
            <SeatChoice
              key={seat}
              seat={seat}
              idPrefix="fork-seat"
              value={choices[seat]}
              onChange={(value) => setChoices((c) => ({ ...c, [seat]: value }))}
            />
          ))}
        </fieldset>
        <div className="fork-dialog__row">
          <label htmlFor="fork-timer">Turn timer</label>
          <TimerSelect id="fork-timer" value={timer} onChange={setTimer} />
        </div>
        <label className="create-form__check">
          <input type="checkbox" checked={autoBot} onChange={(e) => setAutoBot(e.target.checked)} />
          If a player stays disconnected, a bot plays their seat until they come back
        </label>
        <p className="hint">People take their seats in the new match's waiting room; share its link or code with them.</p>
        {error ? (
          <p className="form-error" role="alert" data-testid="fork-error">
            {error}
          </p>
        ) : null}
        <div className="replay-dialog__actions">
          <button type="submit" className="button button--primary" disabled={busy} data-testid="fork-submit">
            {busy ? 'Starting…' : 'Start the new match'}
          </button>
          <button type="button" className="button" onClick={() => dialog.current?.close()}>
            Cancel
          </button>
        </div>
      </form>
    </dialog>
  );
}
