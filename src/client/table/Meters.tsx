/** The meters of GAME.md section 4, as the viewer may see them. */
import { stocks, type PlayerView } from '../../game/index.js';
import { MeterBar } from '../ui/MeterBar.js';
import { fixed, percent, trillions } from '../ui/format.js';

function progressText(view: PlayerView): string {
  const p = view.huaweiProgress;
  if (!p) return 'progress hidden';
  return `${percent(p.value)} to next level${p.exact ? '' : ' (US estimate)'}`;
}

export function Meters({ view }: { view: PlayerView }) {
  const m = view.meters;
  const { selfReliance } = stocks(view);
  const startValuation = view.baseline.nvValuation;
  return (
    <section className="meters" aria-labelledby="meters-title">
      <h2 id="meters-title">Meters</h2>
      <MeterBar
        label="Tension"
        value={m.tension}
        min={0}
        max={10}
        text={`${fixed(m.tension)} / 10`}
        marks={[{ at: 10, label: 'crisis at 10 ends the game' }]}
        alert={m.tension >= 8 ? 'close to crisis' : null}
        testId="meter-tension"
      />
      <MeterBar
        label="Trust (China in NVIDIA)"
        value={m.trust}
        min={0}
        max={10}
        text={`${fixed(m.trust)} / 10`}
        marks={[{ at: 4, label: 'below 4 buyers take half, at 0 none' }]}
        alert={m.trust <= 0 ? 'China buys no NVIDIA chips' : m.trust < 4 ? 'buyers take at most half' : null}
      />
      <MeterBar
        label="Huawei tech level"
        value={m.huaweiLevel + (view.huaweiProgress?.value ?? 0)}
        min={0}
        max={5}
        text={`level ${m.huaweiLevel} of 5 · ${progressText(view)}`}
      />
      <MeterBar label="Self-reliance (domestic share of China's chips)" value={selfReliance} min={0} max={1} text={percent(selfReliance)} />
      <MeterBar
        label="NVIDIA valuation"
        value={m.nvValuation}
        min={0}
        max={Math.max(10, m.nvValuation)}
        text={`${trillions(m.nvValuation)} (started at ${trillions(startValuation)})`}
      />
      <MeterBar label="US political capital" value={m.politicalCapital} min={0} max={Math.max(12, m.politicalCapital)} text={fixed(m.politicalCapital)} />
      <MeterBar
        label="NVIDIA lobbying influence"
        value={m.lobbyInfluence}
        min={0}
        max={5}
        text={`${fixed(m.lobbyInfluence)} / 5 (price of each tightening step)`}
      />
      <MeterBar
        label="Power capacity, US / China"
        value={view.us.power}
        min={0}
        max={Math.max(view.us.power, view.cn.power) * 1.2}
        text={`US ${fixed(view.us.power)} CP · China ${fixed(view.cn.power)} CP`}
      />
    </section>
  );
}
