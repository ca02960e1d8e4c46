/** NVIDIA's secret order: China share and price within the rule, lobbying, R&D, compliant design. */
import { CHECK_ORDER, DEFAULT_ORDER, LIMITS, nvidiaSpend, type NvidiaOrder } from '../../../game/index.js';
import { LeverCard } from '../../ui/LeverCard.js';
import { NumberField, ToggleField } from '../../ui/fields.js';
import { costOf, fixed, money } from '../../ui/format.js';
import { asState, yearOf } from '../rulesView.js';
import { PanelShell } from './PanelShell.js';
import { orderStatus } from './orderStatus.js';
import { useDraft } from './useDraft.js';
import { useSend, type PanelProps } from './useSend.js';
import { WHY } from './why.js';
import { PolicyLine } from './PolicyLine.js';

export function NvidiaPanel({ view, myTurn, connected, rejection, move }: PanelProps) {
  const G = asState(view);
  const mine = view.myOrder as NvidiaOrder | null;
  const draft = useDraft<NvidiaOrder>(mine, () => DEFAULT_ORDER.nvidia(G), `${view.round}:${view.policySet}`);
  const { sending, send } = useSend<NvidiaOrder>(move, 'submitOrder', mine, rejection, `${view.round}:${view.policySet}`);
  const o = draft.value;
  const problem = CHECK_ORDER.nvidia(G, o)?.message ?? null;
  const embargo = view.policy.tier === 'embargo';
  const disabled = !myTurn;
  const L = LIMITS;
  const why = WHY.nvidia;
  // What the compliant design costs, as the rules count it in NVIDIA's spending.
  const designCost = nvidiaSpend({ ...o, compliantDesign: true }) - nvidiaSpend({ ...o, compliantDesign: false });

  return (
    <PanelShell
      seat="nvidia"
      title={`NVIDIA — orders for ${yearOf(view)}`}
      intro="Split this year's output between US buyers and China, set the China price and decide what to spend. Secret until the year resolves."
      status={orderStatus({ myTurn, submitted: view.submitted.nvidia, dirty: draft.dirty, sending })}
      problem={problem}
      purse={
        <>
          <PolicyLine policy={view.policy} set={view.policySet} />
          <p>
            Cash <strong>{money(view.economy.nvCash)}</strong> · this order spends <strong>{money(nvidiaSpend(o))}</strong> · output{' '}
            {fixed(view.economy.nvOutput)} CP
          </p>
        </>
      }
      submitLabel={view.submitted.nvidia ? 'Revise order' : 'Submit order'}
      canSubmit={myTurn && connected}
      onSubmit={() => send(o)}
    >
      <LeverCard id="nv-share" title="China share of output" limits={`${L.nvChinaShare.min}–${L.nvChinaShare.max}%, steps of ${L.nvChinaShare.step}`} {...why.chinaShare} locked={embargo ? 'The embargo forbids offering China any chips.' : undefined}>
        <NumberField label="Share offered to China" unit="%" value={o.chinaShare} min={L.nvChinaShare.min} max={L.nvChinaShare.max} step={L.nvChinaShare.step} disabled={disabled || embargo} onChange={(v) => draft.patch({ chinaShare: v })} />
      </LeverCard>
      <LeverCard id="nv-price" title="China price" limits={`${L.nvChinaPrice.min}–${L.nvChinaPrice.max}% of list, steps of ${L.nvChinaPrice.step}`} {...why.chinaPrice}>
        <NumberField label="Price, % of the tier's list price" unit="%" value={o.chinaPrice} min={L.nvChinaPrice.min} max={L.nvChinaPrice.max} step={L.nvChinaPrice.step} disabled={disabled} onChange={(v) => draft.patch({ chinaPrice: v })} />
      </LeverCard>
      <LeverCard id="nv-lobby" title="Lobbying" limits={`$${L.nvLobbying.min}–${L.nvLobbying.max}B`} cost={costOf(o.lobbying)} {...why.lobbying}>
        <NumberField label="Lobbying spend" unit="$B" value={o.lobbying} min={L.nvLobbying.min} max={L.nvLobbying.max} step={0.5} disabled={disabled} onChange={(v) => draft.patch({ lobbying: v })} />
      </LeverCard>
      <LeverCard id="nv-rnd" title="R&D" limits={`$${L.nvRnd.min}–${L.nvRnd.max}B`} cost={costOf(o.rnd)} {...why.rnd}>
        <NumberField label="R&D spend" unit="$B" value={o.rnd} min={L.nvRnd.min} max={L.nvRnd.max} step={0.5} disabled={disabled} onChange={(v) => draft.patch({ rnd: v })} />
      </LeverCard>
      <LeverCard id="nv-compliant" title="China-compliant design" cost={o.compliantDesign ? money(designCost) : undefined} {...why.compliantDesign}>
        <ToggleField label={`Keep a compliant design in production (${money(designCost)})`} checked={o.compliantDesign} disabled={disabled} onChange={(v) => draft.patch({ compliantDesign: v })} />
      </LeverCard>
    </PanelShell>
  );
}
