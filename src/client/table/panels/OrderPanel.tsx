/** The viewer's own panel: the one that fits the seat. Spectators have none. */
import type { Seat } from '../../../game/index.js';
import { ChinaPanel } from './ChinaPanel.js';
import { HuaweiPanel } from './HuaweiPanel.js';
import { NvidiaPanel } from './NvidiaPanel.js';
import { UsgPanel } from './UsgPanel.js';
import type { PanelProps } from './useSend.js';

const PANELS: Record<Seat, (props: PanelProps) => React.JSX.Element> = {
  usg: UsgPanel,
  nvidia: NvidiaPanel,
  china: ChinaPanel,
  huawei: HuaweiPanel,
};

export function OrderPanel({ seat, ...props }: PanelProps & { seat: Seat }) {
  const Panel = PANELS[seat];
  return <Panel {...props} />;
}
