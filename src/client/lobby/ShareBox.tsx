/**
 * How friends find the match: the link, the short code, and a QR code of the link for a phone
 * across the table. The QR encoder is loaded only when asked for, to keep the first load lean.
 */
import { useEffect, useState } from 'react';
import { joinPath, matchPath, spectatePath } from '../app/router.js';

function useQrSvg(text: string, wanted: boolean): string | null {
  const [svg, setSvg] = useState<string | null>(null);
  useEffect(() => {
    if (!wanted) return;
    let live = true;
    void import('./qr.js').then(({ qrSvg }) => {
      if (live) setSvg(qrSvg(text));
    });
    return () => {
      live = false;
    };
  }, [text, wanted]);
  return svg;
}

export function ShareBox({ matchID, code, compact = false }: { matchID: string; code: string; compact?: boolean }) {
  const link = `${window.location.origin}${matchPath(matchID)}`;
  const watch = `${window.location.origin}${spectatePath(matchID)}`;
  const [showQr, setShowQr] = useState(false);
  const [copied, setCopied] = useState(false);
  const qr = useQrSvg(link, showQr);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(link);
      setCopied(true);
    } catch {
      setCopied(false);
    }
  };
  const body = (
    <div className="share">
      <p>
        Code <strong className="share__code" data-testid="match-code">{code}</strong>
        <br />
        <span className="hint">
          Enter it in the lobby, or open {window.location.host}
          {joinPath(code)}
        </span>
      </p>
      <p className="share__link">
        <label htmlFor={`share-link-${compact ? 'c' : 'f'}`}>Invite link</label>
        <input id={`share-link-${compact ? 'c' : 'f'}`} readOnly value={link} onFocus={(e) => e.target.select()} data-testid="share-link" />
        <button type="button" className="button button--small" onClick={() => void copy()}>
          {copied ? 'Copied ✓' : 'Copy'}
        </button>
      </p>
      <p>
        Spectators: <a href={watch}>{watch}</a>
      </p>
      <button type="button" className="button button--small" aria-expanded={showQr} onClick={() => setShowQr((v) => !v)}>
        {showQr ? 'Hide QR code' : 'Show QR code'}
      </button>
      {showQr ? (
        qr ? (
          <div className="share__qr" role="img" aria-label={`QR code of the invite link ${link}`} dangerouslySetInnerHTML={{ __html: qr }} />
        ) : (
          <p>Drawing the QR code…</p>
        )
      ) : null}
    </div>
  );
  if (!compact) return body;
  return (
    <details className="share-compact">
      <summary>Invite</summary>
      {body}
    </details>
  );
}
