/**
 * A "what if" match names its parent record and the point it was forked from: say so, and link
 * to the parent's replay at that very point.
 */
import type { Replay } from '../../record/index.js';
import { yearOf } from '../table/rulesView.js';
import { replayPath } from './routes.js';

export function ForkBanner({ replay }: { replay: Replay }) {
  const parent = replay.record.parent;
  if (!parent) return null;
  const at = parent.actionIndex;
  const G = replay.stateAt(Math.min(at, replay.length)).G;
  return (
    <p className="fork-banner" data-testid="fork-banner">
      <span aria-hidden="true">↳ </span>
      Forked from{' '}
      <a href={replayPath(parent.matchID, { at })} data-internal data-testid="fork-parent-link">
        {parent.matchID} at action {at} (year {yearOf(G)})
      </a>
      : the first {at} actions are the parent's; the rest is what happened instead.
    </p>
  );
}
