/**
 * The board: the US half and the China half, each with its K, compute, quality and power, and
 * the K history chart between them. Figures are the public ones; China's smuggled stock is on
 * the board only for China (and for everybody at the end).
 */
import { initialState, stocks, type PlayerView } from '../../game/index.js';
import { BOARD_ART } from '../ui/assets.js';
import { fixed, percent } from '../ui/format.js';
import { KChart, type KPoint } from './KChart.js';

/** K at the start of the scenario (the same for every match of it), then after each year. */
export function kHistory(view: PlayerView): KPoint[] {
  const start = stocks(initialState({ scenario: view.scenario, rounds: view.rounds }));
  return [
    { label: 'start', kUs: start.kUs, kCn: start.kCn },
    ...view.history.map((r) => ({ label: String(r.year), kUs: r.kUs, kCn: r.kCn })),
  ];
}

export function Board({ view }: { view: PlayerView }) {
  // Public K: China's secret smuggled stock is listed apart (for China), never mixed in.
  const now = stocks(view);
  const ratio = now.kUs > 0 ? now.kCn / now.kUs : 0;
  return (
    <section className="board" aria-labelledby="board-title">
      <h2 id="board-title" className="visually-hidden">
        The board
      </h2>
      <div className="board__halves">
        <div className="board__half board__half--us" style={{ backgroundImage: `url(${BOARD_ART.us})` }} data-testid="k-us">
          <h3>United States</h3>
          <p className="board__k">
            K <strong>{fixed(now.kUs)}</strong>
          </p>
          <dl className="board__figures">
            <dt>Compute</dt>
            <dd>{fixed(view.us.compute)} CP</dd>
            <dt>Usable</dt>
            <dd>{fixed(now.usableUs)} CP</dd>
            <dt>Quality Q</dt>
            <dd>{view.us.quality.toFixed(2)}</dd>
            <dt>Power</dt>
            <dd>{fixed(view.us.power)} CP</dd>
          </dl>
        </div>
        <div className="board__half board__half--cn" style={{ backgroundImage: `url(${BOARD_ART.cn})` }} data-testid="k-cn">
          <h3>China</h3>
          <p className="board__k">
            K <strong>{fixed(now.kCn)}</strong>
          </p>
          <dl className="board__figures">
            <dt>NVIDIA chips</dt>
            <dd>{fixed(view.cn.foreign)} CP</dd>
            <dt>Huawei chips</dt>
            <dd>{fixed(view.cn.domestic)} CP</dd>
            {view.smuggledStock !== null ? (
              <>
                <dt>Smuggled (secret)</dt>
                <dd>{fixed(view.smuggledStock, 2)} CP</dd>
              </>
            ) : null}
            <dt>Quality Q</dt>
            <dd>{view.cn.quality.toFixed(2)}</dd>
            <dt>Power</dt>
            <dd>{fixed(view.cn.power)} CP</dd>
          </dl>
        </div>
      </div>
      <p className="board__ratio">
        China's K is <strong>{percent(ratio)}</strong> of the US's. 1 CP = one million H100-equivalents.
      </p>
      <KChart points={kHistory(view)} />
    </section>
  );
}
