/**
 * The two choices a new match and a what-if fork share: who plays each seat (a person or a named
 * bot style) and the turn timer.
 */
import { BOT_STYLE_LABELS, BOT_STYLES } from '../../bots/index.js';
import { SEAT_NAMES, type Seat } from '../../game/index.js';
import { SeatEmblem } from '../table/SeatEmblem.js';

export const HUMAN = 'human';
export const TIMER_CHOICES = [0, 60, 120, 300] as const;

/** One seat's row: `value` is HUMAN or a bot style of that seat. */
export function SeatChoice(props: { seat: Seat; idPrefix: string; value: string; onChange: (value: string) => void }) {
  const { seat, idPrefix, value, onChange } = props;
  const id = `${idPrefix}-${seat}`;
  return (
    <div className="seat-picker__row">
      <SeatEmblem seat={seat} size={28} />
      <label htmlFor={id}>{SEAT_NAMES[seat]}</label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value)}>
        <option value={HUMAN}>A person</option>
        {BOT_STYLES[seat].map((style) => (
          <option key={style} value={style}>
            Bot: {BOT_STYLE_LABELS[style]}
          </option>
        ))}
      </select>
    </div>
  );
}

/** The turn timer: seconds per phase, 0 for none. */
export function TimerSelect(props: { id: string; value: number; onChange: (seconds: number) => void }) {
  return (
    <select id={props.id} value={props.value} onChange={(e) => props.onChange(Number(e.target.value))}>
      {TIMER_CHOICES.map((t) => (
        <option key={t} value={t}>
          {t === 0 ? 'No timer' : `${t / 60} min per phase`}
        </option>
      ))}
    </select>
  );
}
