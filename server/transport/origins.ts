/**
 * Which web pages may open a game socket. CORS does not apply to WebSockets, so the check is on
 * the handshake's Origin header (socket.io's `allowRequest`), for polling and WebSocket alike.
 *
 * - No Origin header: not a browser page making a cross-site request (browsers always send
 *   Origin cross-origin), e.g. a Node client or a same-origin polling GET: allowed.
 * - Origin equal to the server's own scheme://host (the page was served by this server, on
 *   whatever name or address the players use): allowed.
 * - Otherwise only the configured origins.
 */
import type { IncomingMessage } from 'node:http';

export function isOriginAllowed(origin: string | undefined, host: string | undefined, allowed: readonly string[]): boolean {
  if (origin === undefined) return true;
  if (host !== undefined && (origin === `http://${host}` || origin === `https://${host}`)) return true;
  return allowed.includes(origin);
}

export function requestOriginAllowed(request: IncomingMessage, allowed: readonly string[]): boolean {
  return isOriginAllowed(request.headers.origin, request.headers.host, allowed);
}
