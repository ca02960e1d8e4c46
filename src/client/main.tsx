/** Entry point of the browser client. */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App.js';
import './ui/theme.css';
import './ui/controls.css';
import './ui/meters.css';
import './lobby/lobby.css';
import './table/table.css';
import './table/board.css';
import './table/event-card.css';
import './table/panels/panels.css';
import './table/log-chat.css';
import './table/end-screen.css';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
