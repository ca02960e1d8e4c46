/**
 * The move just played (the one that led to this point), in words, with its arguments when the
 * chosen view may read them. It is also the replay's live region: each step is read out by a
 * screen reader (quietly skipped while playing, when steps come faster than they can be read).
 */
import { SEAT_NAMES } from '../../game/index.js';
import { describeAction, type RecordAction, type TableView } from '../../record/index.js';
import { actionDetails } from './orderWords.js';

export interface ActionNowProps {
  action: RecordAction | null;
  index: number;
  length: number;
  /** The view of the state after the action. */
  view: TableView;
  playing: boolean;
}

export function actionHeadline(action: RecordAction | null, index: number, length: number): string {
  return action ? `Action ${index} of ${length}: ${describeAction(action)}` : `The start: no move yet (${length} actions in all)`;
}

export function ActionNow({ action, index, length, view, playing }: ActionNowProps) {
  const details = action ? actionDetails(action, view) : null;
  return (
    <section className="action-now" aria-labelledby="action-now-title">
      <h2 id="action-now-title" className="visually-hidden">
        The move just played
      </h2>
      <div aria-live={playing ? 'off' : 'polite'} aria-atomic="true" data-testid="action-now">
        <p className="action-now__headline">
          <strong>{actionHeadline(action, index, length)}</strong>
        </p>
        {action ? (
          <p className="action-now__details">
            {details
              ? `${details.revealed ? 'Revealed as the year resolved: ' : ''}${details.text}`
              : `What ${SEAT_NAMES[action.seat]} ordered is secret from this view until the year resolves.`}
          </p>
        ) : null}
      </div>
    </section>
  );
}
