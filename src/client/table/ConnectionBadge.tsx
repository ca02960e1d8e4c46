/** Connection status in words and a symbol (never colour alone). */
export function ConnectionBadge({ connected, everConnected }: { connected: boolean; everConnected: boolean }) {
  const text = connected ? 'Connected' : everConnected ? 'Reconnecting… your submitted order is safe on the server' : 'Connecting…';
  return (
    <p className={`connection connection--${connected ? 'on' : 'off'}`} role="status" data-testid="connection">
      <span aria-hidden="true">{connected ? '●' : '◌'}</span> {text}
    </p>
  );
}
