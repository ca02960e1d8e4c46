/**
 * The US Government's public policy for the year. Political-capital costs come from the rules'
 * `policyCapitalCost`: each lever card shows what it adds to the bill, so the player sees the
 * price of tightening (NVIDIA's lobbying influence per step) before sending.
 */
import {
  checkPolicy,
  defaultPolicy,
  EXPORT_TIERS,
  LICENSE_FEES,
  LIMITS,
  policyCapitalCost,
  SCENARIOS,
  STANCES,
  tighteningPrice,
  VOLUME_CAPS,
  type GameState,
  type Policy,
} from '../../../game/index.js';
import { LeverCard } from '../../ui/LeverCard.js';
import { ChoiceField, NumberField, ToggleField } from '../../ui/fields.js';
import { fixed, money } from '../../ui/format.js';
import { capLabel, STANCE_LABEL, TIER_LABEL, TIER_NOTE } from '../labels.js';
import { asState, yearOf } from '../rulesView.js';
import { PanelShell } from './PanelShell.js';
import { useDraft } from './useDraft.js';
import { useSend, type PanelProps } from './useSend.js';
import { WHY } from './why.js';

/** What one lever adds to the policy's political-capital bill, against its free setting. */
function leverCost(G: GameState, p: Policy, free: Partial<Policy>): number {
  return policyCapitalCost(G, p) - policyCapitalCost(G, { ...p, ...free });
}
const pc = (n: number) => (n > 0 ? `${fixed(n, 0)} political capital` : undefined);

export function UsgPanel({ view, myTurn, connected, rejection, move }: PanelProps) {
  const G = asState(view);
  const draft = useDraft<Policy>(view.policySet ? view.policy : null, () => defaultPolicy(G), `${view.round}`);
  const { sending, send } = useSend<Policy>(move, 'setPolicy', view.policySet, rejection, `${view.round}`);
  const p = view.policySet ? view.policy : draft.value;
  const locks = SCENARIOS[view.scenario].locks;
  const disabled = !myTurn || view.policySet;
  const problem = view.policySet ? null : (checkPolicy(G, p)?.message ?? null);
  const cost = policyCapitalCost(G, p);
  const step = tighteningPrice(view.meters.lobbyInfluence);
  const prev = view.policy;
  const why = WHY.usg;
  const status = sending ? 'sending' : view.policySet ? 'done' : myTurn ? 'todo' : 'waiting';
  const budget = view.economy.usgBudget;

  return (
    <PanelShell
      seat="usg"
      title={`US Government — policy for ${yearOf(view)}`}
      intro={`Set this year's export rule and spending. It is public. Tightening costs ${step} political capital per step (NVIDIA's lobbying influence).`}
      status={status}
      problem={problem}
      purse={
        <p>
          {view.policySet ? 'Political capital left' : 'Political capital'} <strong>{fixed(view.meters.politicalCapital)}</strong>
          {view.policySet ? null : (
            <>
              {' '}
              · this policy costs <strong>{fixed(cost, 0)}</strong>
            </>
          )}{' '}
          · subsidy budget <strong>{money(budget)}</strong>
          {view.policySet ? null : <> · subsidies {money(p.fabSubsidy + p.energySubsidy)}</>}
        </p>
      }
      submitLabel={view.policySet ? 'Policy set' : 'Set policy'}
      canSubmit={myTurn && connected && !view.policySet}
      onSubmit={() => send(p)}
    >
      <LeverCard id="usg-tier" title="Export tier" cost={pc(leverCost(G, p, { tier: prev.tier }))} {...why.tier}
        locked={locks.tiers.length < EXPORT_TIERS.length ? `This scenario allows: ${locks.tiers.map((t) => TIER_LABEL[t]).join(', ')}.` : undefined}>
        <ChoiceField
          legend="What may be sold to China"
          value={p.tier}
          disabled={disabled}
          onChange={(tier) => draft.patch({ tier })}
          options={EXPORT_TIERS.map((t) => ({ value: t, label: TIER_LABEL[t], disabled: !locks.tiers.includes(t), note: TIER_NOTE[t] }))}
        />
      </LeverCard>
      <LeverCard id="usg-cap" title="Volume cap on China" cost={pc(leverCost(G, p, { volumeCap: prev.volumeCap }))} {...why.volumeCap}
        locked={locks.volumeCaps.length < VOLUME_CAPS.length ? `This scenario allows: ${locks.volumeCaps.map(capLabel).join(', ')}.` : undefined}>
        <ChoiceField
          legend="China's NVIDIA volume, as a share of US volume"
          value={p.volumeCap}
          disabled={disabled}
          onChange={(volumeCap) => draft.patch({ volumeCap })}
          options={VOLUME_CAPS.map((c) => ({ value: c, label: c === null ? 'No cap' : `${c}%`, disabled: !locks.volumeCaps.includes(c) }))}
        />
      </LeverCard>
      <LeverCard id="usg-fee" title="Licence fee" limits={LICENSE_FEES.map((f) => `${f}%`).join(', ')} {...why.licenseFee}>
        <ChoiceField
          legend="Share of NVIDIA's China revenue"
          value={p.licenseFee}
          disabled={disabled}
          onChange={(licenseFee) => draft.patch({ licenseFee })}
          options={LICENSE_FEES.map((f) => ({ value: f, label: `${f}%`, disabled: !locks.fees.includes(f) }))}
        />
      </LeverCard>
      <LeverCard id="usg-sec" title="Chip-security requirement" cost={pc(leverCost(G, p, { chipSecurity: prev.chipSecurity }))} {...why.chipSecurity}
        locked={locks.chipSecurity.length < 2 ? 'This scenario does not allow changing it.' : undefined}>
        <ToggleField label="Location verification and remote disable" checked={p.chipSecurity} disabled={disabled || locks.chipSecurity.length < 2} onChange={(chipSecurity) => draft.patch({ chipSecurity })} />
      </LeverCard>
      <LeverCard id="usg-enf" title="Enforcement" limits={`${LIMITS.enforcement.min}–${LIMITS.enforcement.max}`} cost={pc(leverCost(G, p, { enforcement: 0 }))} {...why.enforcement}>
        <ChoiceField
          legend="Effort against smuggling"
          value={p.enforcement}
          disabled={disabled}
          onChange={(enforcement) => draft.patch({ enforcement })}
          options={[0, 1, 2, 3].map((e) => ({ value: e, label: String(e) }))}
        />
      </LeverCard>
      <LeverCard id="usg-fab" title="US fab subsidy" limits={`$${LIMITS.usgSubsidy.min}–${LIMITS.usgSubsidy.max}B, within the budget`} cost={p.fabSubsidy > 0 ? money(p.fabSubsidy) : undefined} {...why.fabSubsidy}>
        <NumberField label="Fab subsidy" unit="$B" value={p.fabSubsidy} min={0} max={Math.min(LIMITS.usgSubsidy.max, Math.ceil(Math.max(0, budget)))} step={0.5} disabled={disabled} onChange={(fabSubsidy) => draft.patch({ fabSubsidy })} />
      </LeverCard>
      <LeverCard id="usg-energy" title="Energy build-out" limits={`$${LIMITS.usgSubsidy.min}–${LIMITS.usgSubsidy.max}B, within the budget`} cost={p.energySubsidy > 0 ? money(p.energySubsidy) : undefined} {...why.energySubsidy}>
        <NumberField label="Energy subsidy" unit="$B" value={p.energySubsidy} min={0} max={Math.min(LIMITS.usgSubsidy.max, Math.ceil(Math.max(0, budget)))} step={0.5} disabled={disabled} onChange={(energySubsidy) => draft.patch({ energySubsidy })} />
      </LeverCard>
      <LeverCard id="usg-stance" title="Stance" cost={pc(leverCost(G, p, { stance: 'neutral' }))} {...why.stance}>
        <ChoiceField legend="Stance towards Beijing" value={p.stance} disabled={disabled} onChange={(stance) => draft.patch({ stance })} options={STANCES.map((s) => ({ value: s, label: STANCE_LABEL[s] }))} />
      </LeverCard>
      <LeverCard id="usg-intel" title="Intelligence" cost={pc(leverCost(G, p, { intelligence: false }))} {...why.intelligence}>
        <ToggleField label="Spend on intelligence about Huawei" checked={p.intelligence} disabled={disabled} onChange={(intelligence) => draft.patch({ intelligence })} />
      </LeverCard>
    </PanelShell>
  );
}
