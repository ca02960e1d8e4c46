/**
 * The client address a per-address limit counts against: the TCP peer, as the server sees it.
 * Forwarded-for headers are not trusted (any client can write one); behind a reverse proxy every
 * client shares the proxy's address, so raise the per-address limits there (docs/server.md).
 */
export function clientAddress(remoteAddress: string | undefined): string {
  if (remoteAddress === undefined || remoteAddress === '') return 'unknown';
  // An IPv4 client of a dual-stack socket shows as ::ffff:a.b.c.d; count it as a.b.c.d.
  return remoteAddress.startsWith('::ffff:') && remoteAddress.includes('.') ? remoteAddress.slice(7) : remoteAddress;
}
