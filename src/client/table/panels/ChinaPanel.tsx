/** China's secret order: the budget split, the mandate, open weights, smuggling, boycott, stance. */
import { CHECK_ORDER, chinaSpend, DEFAULT_ORDER, LIMITS, OPEN_WEIGHTS, STANCES, type ChinaOrder, type OpenWeights } from '../../../game/index.js';
import { LeverCard } from '../../ui/LeverCard.js';
import { ChoiceField, NumberField, ToggleField } from '../../ui/fields.js';
import { costOf, money } from '../../ui/format.js';
import { OPEN_WEIGHTS_LABEL, STANCE_LABEL } from '../labels.js';
import { asState, yearOf } from '../rulesView.js';
import { PanelShell } from './PanelShell.js';
import { PolicyLine } from './PolicyLine.js';
import { orderStatus } from './orderStatus.js';
import { useDraft } from './useDraft.js';
import { useSend, type PanelProps } from './useSend.js';
import { WHY } from './why.js';

const NOTHING: ChinaOrder = {
  nvidiaSpend: 0,
  huaweiSpend: 0,
  huaweiSubsidy: 0,
  mandate: 0,
  openWeights: 'none',
  smuggling: 0,
  boycott: false,
  stance: 'neutral',
};
/** What a release costs, as the rules count it in China's spending. */
const openWeightsCost = (level: OpenWeights) => chinaSpend({ ...NOTHING, openWeights: level });

export function ChinaPanel({ view, myTurn, connected, rejection, move }: PanelProps) {
  const G = asState(view);
  const mine = view.myOrder as ChinaOrder | null;
  const draft = useDraft<ChinaOrder>(mine, () => DEFAULT_ORDER.china(G), `${view.round}:${view.policySet}`);
  const { sending, send } = useSend<ChinaOrder>(move, 'submitOrder', mine, rejection, `${view.round}:${view.policySet}`);
  const o = draft.value;
  const problem = CHECK_ORDER.china(G, o)?.message ?? null;
  const budget = Math.max(0, view.economy.cnBudget);
  const disabled = !myTurn;
  const why = WHY.china;
  const spendField = (key: 'nvidiaSpend' | 'huaweiSpend' | 'huaweiSubsidy' | 'smuggling', label: string) => (
    <NumberField label={label} unit="$B" value={o[key]} min={0} max={Math.ceil(budget)} step={0.5} disabled={disabled} onChange={(v) => draft.patch({ [key]: v })} />
  );

  return (
    <PanelShell
      seat="china"
      title={`China — orders for ${yearOf(view)}`}
      intro="Split this year's budget between NVIDIA chips, Huawei chips and Huawei's R&D; decide on a mandate, open weights, smuggling and your stance. Secret until the year resolves."
      status={orderStatus({ myTurn, submitted: view.submitted.china, dirty: draft.dirty, sending })}
      problem={problem}
      purse={
        <>
          <PolicyLine policy={view.policy} set={view.policySet} />
          <p>
            Budget <strong>{money(view.economy.cnBudget)}</strong> · this order commits <strong>{money(chinaSpend(o))}</strong> (unspent purchase money is kept)
            {view.smuggledStock !== null ? <> · your hidden smuggled stock: {view.smuggledStock.toFixed(2)} CP</> : null}
          </p>
        </>
      }
      submitLabel={view.submitted.china ? 'Revise order' : 'Submit order'}
      canSubmit={myTurn && connected}
      onSubmit={() => send(o)}
    >
      <LeverCard id="cn-nv" title="Buy NVIDIA chips" limits={`$0 up to your budget`} cost={costOf(o.nvidiaSpend)} {...why.nvidiaSpend}>
        {spendField('nvidiaSpend', 'Offer for NVIDIA chips')}
      </LeverCard>
      <LeverCard id="cn-hw" title="Buy Huawei chips" limits={`$0 up to your budget`} cost={costOf(o.huaweiSpend)} {...why.huaweiSpend}>
        {spendField('huaweiSpend', 'Offer for Huawei chips')}
      </LeverCard>
      <LeverCard id="cn-sub" title="Subsidy to Huawei R&D" limits={`$0 up to your budget`} cost={costOf(o.huaweiSubsidy)} {...why.huaweiSubsidy}>
        {spendField('huaweiSubsidy', 'Subsidy to Huawei')}
      </LeverCard>
      <LeverCard id="cn-mandate" title="Domestic-purchase mandate" limits={`${LIMITS.cnMandate.min}–${LIMITS.cnMandate.max}%, steps of ${LIMITS.cnMandate.step}`} {...why.mandate}>
        <NumberField label="Share of new chips that must be domestic" unit="%" value={o.mandate} min={LIMITS.cnMandate.min} max={LIMITS.cnMandate.max} step={LIMITS.cnMandate.step} disabled={disabled} onChange={(v) => draft.patch({ mandate: v })} />
      </LeverCard>
      <LeverCard id="cn-ow" title="Open-weight release" cost={costOf(openWeightsCost(o.openWeights))} {...why.openWeights}>
        <ChoiceField
          legend="Open-weight models"
          value={o.openWeights}
          disabled={disabled}
          onChange={(v) => draft.patch({ openWeights: v })}
          options={OPEN_WEIGHTS.map((level) => ({ value: level, label: OPEN_WEIGHTS_LABEL[level], note: money(openWeightsCost(level)) }))}
        />
      </LeverCard>
      <LeverCard id="cn-smuggle" title="Smuggling attempt" limits="$0 up to your budget; seized more often under strong enforcement" cost={costOf(o.smuggling)} {...why.smuggling}>
        {spendField('smuggling', 'Spend on smuggling')}
      </LeverCard>
      <LeverCard id="cn-boycott" title="Boycott NVIDIA" {...why.boycott}>
        <ToggleField label="Refuse NVIDIA chips this year" checked={o.boycott} disabled={disabled} onChange={(v) => draft.patch({ boycott: v })} />
      </LeverCard>
      <LeverCard id="cn-stance" title="Stance" {...why.stance}>
        <ChoiceField legend="Stance towards Washington" value={o.stance} disabled={disabled} onChange={(v) => draft.patch({ stance: v })} options={STANCES.map((s) => ({ value: s, label: STANCE_LABEL[s] }))} />
      </LeverCard>
    </PanelShell>
  );
}
