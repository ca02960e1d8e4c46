/**
 * One lever of an order panel, drawn as a card: its control, its limits and cost, and a one-line
 * "why this matters" tied to the argument of the source commentary that the lever plays out.
 */
import type { ReactNode } from 'react';
import { ARGUMENTS, type ArgumentId } from '../../game/index.js';

export interface LeverCardProps {
  id: string;
  title: string;
  /** The limits of the lever in words ("0–50%, steps of 5"). */
  limits?: string | undefined;
  /** What the current choice costs ("2 political capital", "$3B"). */
  cost?: string | undefined;
  why: string;
  argument: ArgumentId;
  locked?: string | undefined;
  children: ReactNode;
}

export function LeverCard({ id, title, limits, cost, why, argument, locked, children }: LeverCardProps) {
  const arg = ARGUMENTS[argument];
  return (
    <section className="lever-card" aria-labelledby={`${id}-title`}>
      <header className="lever-card__head">
        <h3 id={`${id}-title`}>{title}</h3>
        {cost ? <span className="lever-card__cost">Cost: {cost}</span> : null}
      </header>
      <div className="lever-card__control">{children}</div>
      {limits ? <p className="lever-card__limits">Limits: {limits}</p> : null}
      {locked ? <p className="lever-card__locked">Locked: {locked}</p> : null}
      <details className="lever-card__why">
        <summary>
          <span className="why-label">Why this matters:</span> {why}
        </summary>
        <p>
          “{arg.claim}” <span className="voice">— {arg.voice}</span>
        </p>
        <p className="rule">In the game: {arg.rule}</p>
      </details>
    </section>
  );
}
