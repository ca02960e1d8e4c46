/** The hand-drawn SVG art in assets/, as URLs Vite fingerprints (or inlines, when small). */
import type { ArgumentId, Seat } from '../../game/index.js';
import seatUsg from '../../../assets/seat-usg.svg';
import seatNvidia from '../../../assets/seat-nvidia.svg';
import seatChina from '../../../assets/seat-china.svg';
import seatHuawei from '../../../assets/seat-huawei.svg';
import boardUs from '../../../assets/board-us.svg';
import boardCn from '../../../assets/board-cn.svg';
import cardBack from '../../../assets/card-back.svg';
import geniuses from '../../../assets/icons/geniuses.svg';
import airOut from '../../../assets/icons/air-out.svg';
import selfReliance from '../../../assets/icons/self-reliance.svg';
import proEnergy from '../../../assets/icons/pro-energy.svg';
import aggregatable from '../../../assets/icons/aggregatable.svg';
import capitalStock from '../../../assets/icons/capital-stock.svg';
import openSource from '../../../assets/icons/open-source-valuations.svg';
import h20 from '../../../assets/icons/h20-refusal.svg';
import dependency from '../../../assets/icons/dependency.svg';
import bridge from '../../../assets/icons/temporary-bridge.svg';
import offer from '../../../assets/icons/offer-vs-collaboration.svg';

export const SEAT_ART: Record<Seat, string> = { usg: seatUsg, nvidia: seatNvidia, china: seatChina, huawei: seatHuawei };
export const BOARD_ART = { us: boardUs, cn: boardCn, cardBack };
export const ARGUMENT_ART: Record<ArgumentId, string> = {
  geniuses,
  'air-out': airOut,
  'self-reliance': selfReliance,
  'pro-energy': proEnergy,
  aggregatable,
  'capital-stock': capitalStock,
  'open-source-valuations': openSource,
  'h20-refusal': h20,
  dependency,
  'temporary-bridge': bridge,
  'offer-vs-collaboration': offer,
};
