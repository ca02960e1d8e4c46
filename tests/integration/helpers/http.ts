/** Raw HTTP for tests that send exactly the bytes an attacker would (JSON text with `__proto__` keys, broken types). */
export interface Answer {
  status: number;
  text: string;
  /** The parsed JSON body, or undefined when the body is not JSON. */
  json: any;
  headers: Headers;
}

export async function send(base: string, method: string, path: string, body?: string, headers: Record<string, string> = {}): Promise<Answer> {
  const response = await fetch(`${base}${path}`, {
    method,
    headers: body === undefined ? headers : { 'content-type': 'application/json', ...headers },
    body,
  });
  const text = await response.text();
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    json = undefined;
  }
  return { status: response.status, text, json, headers: response.headers };
}
