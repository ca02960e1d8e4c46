/**
 * Create a match: the scenario (with its blurb), the number of years, each seat human or a
 * server bot of a chosen style, and an optional turn timer. The server validates everything
 * again; its refusal is shown as it is.
 */
import { useState, type FormEvent } from 'react';
import { BOT_STYLE_LABELS, BOT_STYLES, type BotStyle } from '../../bots/index.js';
import { DEFAULT_SCENARIO, MAX_ROUNDS, MIN_ROUNDS, SCENARIO_IDS, SCENARIOS, SEAT_NAMES, SEATS, type ScenarioId, type Seat } from '../../game/index.js';
import { saveHostToken } from '../api/credentials.js';
import { api, ApiError } from '../api/rest.js';
import type { CreateMatchRequest } from '../api/schemas.js';
import { matchPath, navigate } from '../app/router.js';
import { SeatEmblem } from '../table/SeatEmblem.js';

type SeatChoice = { kind: 'human' } | { kind: 'bot'; style: BotStyle };

const TIMER_CHOICES = [0, 60, 120, 300] as const;

export function CreateMatchForm() {
  const [scenario, setScenario] = useState<ScenarioId>(DEFAULT_SCENARIO);
  const [rounds, setRounds] = useState<number>(SCENARIOS[DEFAULT_SCENARIO].rounds);
  const [seats, setSeats] = useState<Record<Seat, SeatChoice>>({
    usg: { kind: 'human' },
    nvidia: { kind: 'human' },
    china: { kind: 'human' },
    huawei: { kind: 'human' },
  });
  const [timer, setTimer] = useState<number>(0);
  const [autoBot, setAutoBot] = useState(true);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const setSeat = (seat: Seat, value: string) =>
    setSeats((s) => ({ ...s, [seat]: value === 'human' ? { kind: 'human' } : { kind: 'bot', style: value as BotStyle } }));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    const request: CreateMatchRequest = {
      scenario,
      rounds,
      seats: SEATS.map((s) => seats[s]),
      timer: timer > 0 ? { seconds: timer } : null,
      autoBot,
    };
    try {
      const created = await api.createMatch(request);
      saveHostToken(created.matchID, created.hostToken);
      navigate(matchPath(created.matchID));
    } catch (e) {
      setError(e instanceof ApiError ? e.message : 'The match could not be created.');
      setBusy(false);
    }
  };

  return (
    <form className="create-form" onSubmit={(e) => void submit(e)} aria-labelledby="create-title">
      <h2 id="create-title">Start a match</h2>

      <fieldset className="scenario-picker">
        <legend>Scenario</legend>
        {SCENARIO_IDS.map((id) => {
          const s = SCENARIOS[id];
          return (
            <label key={id} className={`scenario-card${id === scenario ? ' scenario-card--on' : ''}`}>
              <input
                type="radio"
                name="scenario"
                value={id}
                checked={id === scenario}
                onChange={() => {
                  setScenario(id);
                  setRounds(SCENARIOS[id].rounds);
                }}
              />
              <span className="scenario-card__title">
                {id === scenario ? '● ' : '○ '}
                {s.title}
              </span>
              <span className="scenario-card__blurb">{s.blurb}</span>
            </label>
          );
        })}
      </fieldset>

      <div className="create-form__row">
        <label htmlFor="rounds">Years to play</label>
        <input id="rounds" type="number" min={MIN_ROUNDS} max={MAX_ROUNDS} value={rounds} onChange={(e) => setRounds(Number(e.target.value))} />
        <span className="hint">
          {MIN_ROUNDS}–{MAX_ROUNDS}, from {SCENARIOS[scenario].startYear}
        </span>
      </div>

      <fieldset className="seat-picker">
        <legend>Seats</legend>
        {SEATS.map((seat) => {
          const choice = seats[seat];
          return (
            <div key={seat} className="seat-picker__row">
              <SeatEmblem seat={seat} size={28} />
              <label htmlFor={`seat-${seat}`}>{SEAT_NAMES[seat]}</label>
              <select id={`seat-${seat}`} value={choice.kind === 'human' ? 'human' : choice.style} onChange={(e) => setSeat(seat, e.target.value)}>
                <option value="human">A person</option>
                {BOT_STYLES[seat].map((style) => (
                  <option key={style} value={style}>
                    Bot: {BOT_STYLE_LABELS[style]}
                  </option>
                ))}
              </select>
            </div>
          );
        })}
      </fieldset>

      <div className="create-form__row">
        <label htmlFor="timer">Turn timer</label>
        <select id="timer" value={timer} onChange={(e) => setTimer(Number(e.target.value))}>
          {TIMER_CHOICES.map((t) => (
            <option key={t} value={t}>
              {t === 0 ? 'No timer' : `${t / 60} min per phase`}
            </option>
          ))}
        </select>
        <span className="hint">At the deadline, seats that have not moved play their default order.</span>
      </div>

      <label className="create-form__check">
        <input type="checkbox" checked={autoBot} onChange={(e) => setAutoBot(e.target.checked)} />
        If a player stays disconnected, a bot plays their seat until they come back
      </label>

      {error ? (
        <p className="form-error" role="alert">
          {error}
        </p>
      ) : null}
      <button type="submit" className="button button--primary" disabled={busy} data-testid="create-match">
        {busy ? 'Creating…' : 'Create the match'}
      </button>
    </form>
  );
}
