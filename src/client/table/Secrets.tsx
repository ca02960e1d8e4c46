/** Everything that was hidden during the game, revealed at its end: smuggling, Huawei's progress, every order. */
import { SEAT_NAMES, type PlayerView, type YearRecord } from '../../game/index.js';
import { fixed, money, percent } from '../ui/format.js';
import { capLabel, OPEN_WEIGHTS_LABEL, STANCE_LABEL, TIER_LABEL } from './labels.js';

const yesNo = (b: boolean) => (b ? 'yes' : 'no');

function YearOrders({ record, smuggling }: { record: YearRecord; smuggling: number | null }) {
  const { policy: p, orders } = record;
  const nv = orders.nvidia;
  const cn = orders.china;
  const hw = orders.huawei;
  return (
    <div className="year-orders">
      <dl>
        <dt>{SEAT_NAMES.usg}</dt>
        <dd>
          {TIER_LABEL[p.tier]}, {capLabel(p.volumeCap)}, fee {p.licenseFee}%, chip security {yesNo(p.chipSecurity)}, enforcement {p.enforcement}, fab{' '}
          {money(p.fabSubsidy)}, energy {money(p.energySubsidy)}, {STANCE_LABEL[p.stance]}, intelligence {yesNo(p.intelligence)}
        </dd>
        <dt>{SEAT_NAMES.nvidia}</dt>
        <dd>
          China share {nv.chinaShare}%, price {nv.chinaPrice}%, lobbying {money(nv.lobbying)}, R&D {money(nv.rnd)}, compliant design {yesNo(nv.compliantDesign)}
        </dd>
        <dt>{SEAT_NAMES.china}</dt>
        <dd>
          NVIDIA {money(cn.nvidiaSpend)}, Huawei {money(cn.huaweiSpend)}, subsidy {money(cn.huaweiSubsidy)}, mandate {cn.mandate}%, open weights{' '}
          {OPEN_WEIGHTS_LABEL[cn.openWeights]}, smuggling {smuggling === null ? 'none' : money(smuggling)}, boycott {yesNo(cn.boycott)}, {STANCE_LABEL[cn.stance]}
        </dd>
        <dt>{SEAT_NAMES.huawei}</dt>
        <dd>
          R&D {money(hw.rnd)}, capacity {money(hw.capacity)}, price {money(hw.price)}/CP, aggregation {yesNo(hw.aggregation)}
        </dd>
      </dl>
    </div>
  );
}

export function Secrets({ view }: { view: PlayerView }) {
  const log = view.smugglingLog ?? [];
  const smugglingIn = (year: number, fallback: number | null) => log.find((l) => l.year === year)?.spend ?? fallback;
  return (
    <section className="secrets" aria-labelledby="secrets-title" data-testid="secrets">
      <h3 id="secrets-title">Every secret, revealed</h3>
      <h4>Smuggling</h4>
      {log.length === 0 ? (
        <p>China never tried to smuggle chips.</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th scope="col">Year</th>
              <th scope="col">Spent</th>
              <th scope="col">Chips</th>
              <th scope="col">Caught?</th>
            </tr>
          </thead>
          <tbody>
            {log.map((l) => (
              <tr key={l.year}>
                <td>{l.year}</td>
                <td>{money(l.spend)}</td>
                <td>{fixed(l.cp, 2)} CP</td>
                <td>{l.caught ? 'caught' : 'got through'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <p>Smuggled stock never caught: {view.smuggledStock === null ? 'unknown' : `${fixed(view.smuggledStock, 2)} CP`}.</p>
      <h4>Huawei</h4>
      <p>
        Tech level {view.meters.huaweiLevel}, with {view.huaweiProgress ? percent(view.huaweiProgress.value) : 'unknown'} of the way to the next level.
      </p>
      <h4>All orders, year by year</h4>
      {view.history.map((r, i) => (
        <details key={r.year} open={i === view.history.length - 1}>
          <summary>{r.year}</summary>
          <YearOrders record={r} smuggling={smugglingIn(r.year, r.orders.china.smuggling)} />
        </details>
      ))}
    </section>
  );
}
