/** The export rule in force, in one line, for the panels that must order within it. */
import type { Policy } from '../../../game/index.js';
import { TIER_LABEL, capLabel } from '../labels.js';

export function PolicyLine({ policy, set }: { policy: Policy; set: boolean }) {
  return (
    <p className="policy-line">
      {set ? 'Rule this year' : 'Rule in force (not yet set this year)'}: <strong>{TIER_LABEL[policy.tier]}</strong>, {capLabel(policy.volumeCap)},{' '}
      {policy.licenseFee}% fee{policy.chipSecurity ? ', chip security required' : ''}, enforcement {policy.enforcement}, stance {policy.stance}.
    </p>
  );
}
