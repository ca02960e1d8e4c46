/** This year's news card: what happens, and the argument of the commentary it illustrates. */
import { ARGUMENTS, EVENTS, type EventId } from '../../game/index.js';
import { ARGUMENT_ART, BOARD_ART } from '../ui/assets.js';

export function EventCard({ event, year }: { event: EventId | null; year: number }) {
  if (!event) {
    return (
      <section className="event-card event-card--back" aria-label="News card">
        <img src={BOARD_ART.cardBack} alt="" width={60} height={84} />
        <p>The news card for {year} is not revealed yet.</p>
      </section>
    );
  }
  const card = EVENTS[event];
  const argument = ARGUMENTS[card.argument];
  return (
    <section className="event-card" aria-labelledby="event-card-title" data-testid="event-card">
      <p className="event-card__kicker">News · {year}</p>
      <div className="event-card__art">
        <img src={ARGUMENT_ART[card.argument]} alt="" width={44} height={44} />
      </div>
      <h2 id="event-card-title" className="event-card__title">
        {card.title}
      </h2>
      <p className="event-card__text">{card.text}</p>
      <blockquote className="event-card__argument">
        <p>“{argument.claim}”</p>
        <footer>— {argument.voice}</footer>
      </blockquote>
      <p className="event-card__rule">
        <span className="why-label">In the game:</span> {argument.rule}
      </p>
    </section>
  );
}
