/**
 * Sending an order and knowing when it landed: "sending" lasts until the server's view holds
 * exactly what was sent, or until the move is refused (a new rejection notice).
 */
import { useEffect, useState } from 'react';
import type { MoveName } from '../../../game/index.js';
import type { Notice } from '../../socket/useMatchClient.js';

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

export interface PanelProps {
  view: import('../../../game/index.js').PlayerView;
  /** Is it this seat's move now (phase and stage)? */
  myTurn: boolean;
  connected: boolean;
  rejection: Notice | null;
  move: (name: MoveName, arg: unknown) => Notice | null;
}

/**
 * `landed` is the server's copy of what this seat sent (or, for the policy, whether it is set);
 * `stage` names the year and phase: when it moves on, the order was taken (the last order of a
 * year resolves it at once, and the new year has no order yet).
 */
export function useSend<T>(move: PanelProps['move'], name: MoveName, landed: T | null | boolean, rejection: Notice | null, stage: string) {
  const [sent, setSent] = useState<{ value: T; serial: number; stage: string } | null>(null);
  const rejectionSerial = rejection?.serial ?? 0;

  useEffect(() => {
    if (!sent) return;
    const arrived = typeof landed === 'boolean' ? landed : same(landed, sent.value);
    if (arrived || stage !== sent.stage || rejectionSerial > sent.serial) setSent(null);
  }, [landed, sent, rejectionSerial, stage]);

  // A move lost with a dropped connection never lands: after a while the status stops claiming
  // "sending" and shows the server's truth (the view re-synced on reconnect) again.
  useEffect(() => {
    if (!sent) return;
    const timer = window.setTimeout(() => setSent(null), 10_000);
    return () => window.clearTimeout(timer);
  }, [sent]);

  return {
    sending: sent !== null,
    send: (value: T) => {
      const refused = move(name, value);
      if (!refused) setSent({ value, serial: rejectionSerial, stage });
    },
  };
}
