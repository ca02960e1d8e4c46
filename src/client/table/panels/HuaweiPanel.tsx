/** Huawei's secret order: R&D, capacity, price, cluster aggregation. */
import { CHECK_ORDER, DEFAULT_ORDER, LIMITS, type HuaweiOrder } from '../../../game/index.js';
import { LeverCard } from '../../ui/LeverCard.js';
import { NumberField, ToggleField } from '../../ui/fields.js';
import { costOf, money, percent } from '../../ui/format.js';
import { asState, yearOf } from '../rulesView.js';
import { PanelShell } from './PanelShell.js';
import { PolicyLine } from './PolicyLine.js';
import { orderStatus } from './orderStatus.js';
import { useDraft } from './useDraft.js';
import { useSend, type PanelProps } from './useSend.js';
import { WHY } from './why.js';

export function HuaweiPanel({ view, myTurn, connected, rejection, move }: PanelProps) {
  const G = asState(view);
  const mine = view.myOrder as HuaweiOrder | null;
  const draft = useDraft<HuaweiOrder>(mine, () => DEFAULT_ORDER.huawei(G), `${view.round}:${view.policySet}`);
  const { sending, send } = useSend<HuaweiOrder>(move, 'submitOrder', mine, rejection, `${view.round}:${view.policySet}`);
  const o = draft.value;
  const problem = CHECK_ORDER.huawei(G, o)?.message ?? null;
  const cash = Math.max(0, view.economy.hwCash);
  const disabled = !myTurn;
  const why = WHY.huawei;

  return (
    <PanelShell
      seat="huawei"
      title={`Huawei — orders for ${yearOf(view)}`}
      intro="Split your cash between R&D and capacity, set your price per compute point, and decide on super-clusters. Secret until the year resolves."
      status={orderStatus({ myTurn, submitted: view.submitted.huawei, dirty: draft.dirty, sending })}
      problem={problem}
      purse={
        <>
          <PolicyLine policy={view.policy} set={view.policySet} />
          <p>
            Cash <strong>{money(view.economy.hwCash)}</strong> · this order spends <strong>{money(o.rnd + o.capacity)}</strong> · tech level{' '}
            {view.meters.huaweiLevel}
            {view.huaweiProgress ? <> · progress to the next level {percent(view.huaweiProgress.value)}</> : null}
          </p>
        </>
      }
      submitLabel={view.submitted.huawei ? 'Revise order' : 'Submit order'}
      canSubmit={myTurn && connected}
      onSubmit={() => send(o)}
    >
      <LeverCard id="hw-rnd" title="R&D" limits="$0 up to your cash" cost={costOf(o.rnd)} {...why.rnd}>
        <NumberField label="R&D spend" unit="$B" value={o.rnd} min={0} max={Math.ceil(cash)} step={0.5} disabled={disabled} onChange={(v) => draft.patch({ rnd: v })} />
      </LeverCard>
      <LeverCard id="hw-cap" title="Fab and HBM capacity" limits="$0 up to your cash" cost={costOf(o.capacity)} {...why.capacity}>
        <NumberField label="Capacity spend" unit="$B" value={o.capacity} min={0} max={Math.ceil(cash)} step={0.5} disabled={disabled} onChange={(v) => draft.patch({ capacity: v })} />
      </LeverCard>
      <LeverCard id="hw-price" title="Price" limits={`$${LIMITS.hwPrice.min}–${LIMITS.hwPrice.max}B per compute point`} {...why.price}>
        <NumberField label="Price per compute point" unit="$B/CP" value={o.price} min={LIMITS.hwPrice.min} max={LIMITS.hwPrice.max} step={0.5} disabled={disabled} onChange={(v) => draft.patch({ price: v })} />
      </LeverCard>
      <LeverCard id="hw-agg" title="Cluster aggregation" {...why.aggregation}>
        <ToggleField label="Build CloudMatrix-style super-clusters" checked={o.aggregation} disabled={disabled} onChange={(v) => draft.patch({ aggregation: v })} />
      </LeverCard>
    </PanelShell>
  );
}
