/**
 * Whose eyes the table is drawn through: one of the four seats (what that player saw, its own
 * secrets only), a spectator (public only), or the all-seeing view (every secret). A radio
 * group, so arrows move within it and Tab moves past it.
 */
import { SEAT_NAMES } from '../../game/index.js';
import { VIEW_PARAMS, type ViewParam } from './routes.js';

export const VIEW_LABELS: Record<ViewParam, string> = {
  usg: SEAT_NAMES.usg,
  nvidia: SEAT_NAMES.nvidia,
  china: SEAT_NAMES.china,
  huawei: SEAT_NAMES.huawei,
  spectator: 'Spectator',
  all: 'All-seeing',
};

export function ViewSwitcher({ view, onChange }: { view: ViewParam; onChange: (view: ViewParam) => void }) {
  return (
    <fieldset className="view-switcher">
      <legend>Draw the table as seen by</legend>
      <div className="view-switcher__options">
        {VIEW_PARAMS.map((v) => (
          <label key={v} className={`view-switcher__option view-switcher__option--${v}${v === view ? ' view-switcher__option--on' : ''}`}>
            <input type="radio" name="replay-view" value={v} checked={v === view} onChange={() => onChange(v)} data-testid={`view-${v}`} />
            {VIEW_LABELS[v]}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
