/**
 * Create a match: the scenario (with its blurb), the number of years, each seat human or a
 * server bot of a chosen style, and an optional turn timer. The server validates everything
 * again; its refusal is shown as it is.
 */
import { useState, type FormEvent } from 'react';
import type { BotStyle } from '../../bots/index.js';
import { DEFAULT_SCENARIO, MAX_ROUNDS, MIN_ROUNDS, SCENARIO_IDS, SCENARIOS, SEATS, type ScenarioId, type Seat } from '../../game/index.js';
import { saveHostToken } from '../api/credentials.js';
import { api, ApiError } from '../api/rest.js';
import type { CreateMatchRequest } from '../api/schemas.js';
import { matchPath, navigate } from '../app/router.js';
import { HUMAN, SeatChoice, TimerSelect } from './SeatsAndTimer.js';

type SeatPick = { kind: 'human' } | { kind: 'bot'; style: BotStyle };

export function CreateMatchForm() {
  const [scenario, setScenario] = useState<ScenarioId>(DEFAULT_SCENARIO);
  const [rounds, setRounds] = useState<number>(SCENARIOS[DEFAULT_SCENARIO].rounds);
  const [seats, setSeats] = useState<Record<Seat, SeatPick>>({
    usg: { kind: 'human' },
    nvidia: { kind: 'human' },
    china: { kind: 'human' },
    huawei: { kind: 'human' },
  });
  const [timer, setTimer] = useState<number>(0);
  const [autoBot, setAutoBot] = useState(true);
  const [isPrivate, setPrivate] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const setSeat = (seat: Seat, value: string) =>
    setSeats((s) => ({ ...s, [seat]: value === HUMAN ? { kind: 'human' } : { kind: 'bot', style: value as BotStyle } }));

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
      private: isPrivate,
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
            <SeatChoice
              key={seat}
              seat={seat}
              idPrefix="seat"
              value={choice.kind === 'human' ? HUMAN : choice.style}
              onChange={(value) => setSeat(seat, value)}
            />
          );
        })}
      </fieldset>

      <div className="create-form__row">
        <label htmlFor="timer">Turn timer</label>
        <TimerSelect id="timer" value={timer} onChange={setTimer} />
        <span className="hint">At the deadline, seats that have not moved play their default order.</span>
      </div>

      <label className="create-form__check">
        <input type="checkbox" checked={autoBot} onChange={(e) => setAutoBot(e.target.checked)} />
        If a player stays disconnected, a bot plays their seat until they come back
      </label>

      <label className="create-form__check">
        <input type="checkbox" checked={isPrivate} onChange={(e) => setPrivate(e.target.checked)} data-testid="create-private" />
        Private table (not listed)
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
