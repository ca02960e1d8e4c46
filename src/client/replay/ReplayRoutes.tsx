/**
 * The replay pages, loaded on demand (App.tsx imports this file lazily): they replay records
 * through boardgame.io's reducer in the browser, which the lobby and the live table never need.
 */
import type { ReplayRoute } from './routes.js';
import { ReplayPage } from './ReplayPage.js';
import { ReplaysPage } from './ReplaysPage.js';
import './replay-page.css';
import './replay-timeline.css';
import './replay-table.css';
import './replays-list.css';

export default function ReplayRoutes({ route }: { route: ReplayRoute }) {
  if (route.page === 'replays') return <ReplaysPage />;
  const key = route.source.kind === 'file' ? 'file' : `match:${route.source.matchID}`;
  return <ReplayPage key={key} source={route.source} />;
}
