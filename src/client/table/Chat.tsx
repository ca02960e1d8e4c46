/** Match chat over boardgame.io's chat channel. Spectators read it; seated players write. */
import { useEffect, useRef, useState, type FormEvent } from 'react';
import type { ChatMessage } from 'boardgame.io';
import { SEAT_NAMES, seatOf } from '../../game/index.js';
import type { SeatLine } from './SeatsBar.js';

function sender(id: string, lines: SeatLine[]): string {
  const seat = seatOf(id);
  if (!seat) return 'someone';
  const name = lines.find((l) => l.playerID === id)?.name;
  return name ? `${name} (${SEAT_NAMES[seat]})` : SEAT_NAMES[seat];
}

export function Chat({ messages, lines, canWrite, onSend }: { messages: ChatMessage[]; lines: SeatLine[]; canWrite: boolean; onSend: (text: string) => void }) {
  const [text, setText] = useState('');
  const list = useRef<HTMLOListElement>(null);
  useEffect(() => {
    list.current?.lastElementChild?.scrollIntoView?.({ block: 'nearest' });
  }, [messages.length]);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!text.trim()) return;
    onSend(text);
    setText('');
  };
  return (
    <section className="chat" aria-labelledby="chat-title">
      <h2 id="chat-title">Table talk</h2>
      <ol className="chat__messages" ref={list} aria-live="polite" aria-relevant="additions" data-testid="chat-messages">
        {messages.length === 0 ? <li className="chat__empty">No messages yet. Deals are allowed; orders stay secret.</li> : null}
        {messages.map((m) => (
          <li key={m.id}>
            <strong>{sender(String(m.sender), lines)}:</strong> {typeof m.payload === 'string' ? m.payload : ''}
          </li>
        ))}
      </ol>
      {canWrite ? (
        <form className="chat__form" onSubmit={submit}>
          <label htmlFor="chat-input" className="visually-hidden">
            Message to the table
          </label>
          <input id="chat-input" value={text} maxLength={500} onChange={(e) => setText(e.target.value)} placeholder="Say something to the table" autoComplete="off" />
          <button type="submit" className="button">
            Send
          </button>
        </form>
      ) : (
        <p className="chat__note">Spectators can read the chat but not write.</p>
      )}
    </section>
  );
}
