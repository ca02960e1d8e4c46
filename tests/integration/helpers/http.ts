/**
 * Raw HTTP for tests that send exactly the bytes an attacker would (JSON text with `__proto__`
 * keys, broken types), optionally from another loopback address (127.0.0.2, ...), since the
 * server counts some limits per client address.
 */
import { request } from 'node:http';

export interface Answer {
  status: number;
  text: string;
  /** The parsed JSON body, or undefined when the body is not JSON. */
  json: any;
  headers: Record<string, string | string[] | undefined>;
}

export interface SendOptions {
  headers?: Record<string, string>;
  /** The client address the server sees (any 127.x.y.z works on Linux loopback). */
  localAddress?: string;
}

export function send(base: string, method: string, path: string, body?: string, options: SendOptions = {}): Promise<Answer> {
  const url = new URL(path, base);
  const headers: Record<string, string> = { ...options.headers };
  if (body !== undefined) {
    headers['content-type'] ??= 'application/json';
    headers['content-length'] = String(Buffer.byteLength(body));
  }
  return new Promise((resolve, reject) => {
    const req = request(url, { method, headers, localAddress: options.localAddress, agent: false }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => {
        const text = Buffer.concat(chunks).toString('utf8');
        let json: unknown;
        try {
          json = JSON.parse(text);
        } catch {
          json = undefined;
        }
        resolve({ status: response.statusCode ?? 0, text, json, headers: response.headers });
      });
      response.on('error', reject);
    });
    // The server may answer (413) and close before reading a large body.
    req.on('error', (error: NodeJS.ErrnoException) => reject(error));
    req.end(body);
  });
}
