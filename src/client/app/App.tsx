/** The page for the current route. */
import { lazy, Suspense } from 'react';
import { LobbyPage } from '../lobby/LobbyPage.js';
import { MatchPage } from '../lobby/MatchPage.js';
import { JoinCodePage } from '../lobby/JoinCodePage.js';
import { useLinkInterception, useRoute } from './router.js';

// The replay pages replay records in the browser (boardgame.io's reducer): loaded only when opened.
const ReplayRoutes = lazy(() => import('../replay/ReplayRoutes.js'));

export function App() {
  const route = useRoute();
  useLinkInterception();
  switch (route.page) {
    case 'lobby':
      return <LobbyPage />;
    case 'match':
      return <MatchPage key={route.matchID} matchID={route.matchID} spectate={route.spectate} seat={route.seat} />;
    case 'join':
      return <JoinCodePage code={route.code} />;
    case 'replays':
    case 'replay':
      return (
        <Suspense fallback={<p role="status" className="loading">Loading the replays…</p>}>
          <ReplayRoutes route={route} />
        </Suspense>
      );
    case 'not-found':
      return (
        <main className="not-found">
          <h1>Page not found</h1>
          <p>Nothing lives at {route.path}.</p>
          <p>
            <a href="/" data-internal>
              Back to the lobby
            </a>
          </p>
        </main>
      );
  }
}
