/**
 * Everything a payload exposes, flattened: every number, every string, and every flat object or
 * array of plain values (as canonical JSON: orders, smuggling attempts, the deck). A secret
 * "appears" in a view when its value is among these.
 *
 * Scanning thousands of full transport payloads must stay cheap: boardgame.io's states are
 * frozen and structurally shared (immer), so a frozen subtree is scanned once and its findings
 * reused wherever the same object turns up again (in the next state, in another seat's view).
 */
interface Part {
  numbers: Set<number>;
  strings: Set<string>;
  flat: Set<string>;
}

const newPart = (): Part => ({ numbers: new Set(), strings: new Set(), flat: new Set() });
const isPlain = (v: unknown) => v === null || typeof v !== 'object';
const frozenParts = new WeakMap<object, Part>();

/** JSON with sorted keys, so that equal flat objects give equal strings. */
export function canonical(value: object): string {
  if (Array.isArray(value)) return JSON.stringify(value);
  return JSON.stringify(Object.entries(value).sort(([a], [b]) => (a < b ? -1 : 1)));
}

export class Exposure {
  private readonly parts: Part[] = [newPart()];

  hasNumber(x: number): boolean {
    return this.parts.some((p) => p.numbers.has(x));
  }

  /** Does a flat object or array equal to `value` appear? */
  hasFlat(value: object): boolean {
    const key = canonical(value);
    return this.parts.some((p) => p.flat.has(key));
  }

  *strings(): Iterable<string> {
    for (const p of this.parts) yield* p.strings;
  }

  add(value: unknown): this {
    walk(value, this.parts[0]!, this.parts);
    return this;
  }
}

function walk(value: unknown, into: Part, parts: Part[]): void {
  if (typeof value === 'number') into.numbers.add(value);
  else if (typeof value === 'string') into.strings.add(value);
  else if (value !== null && typeof value === 'object') {
    if (parts.length > 0 && Object.isFrozen(value)) {
      let part = frozenParts.get(value);
      if (!part) {
        part = newPart();
        // Inside a frozen subtree everything goes into its one part (no nested reuse needed).
        walk(value, part, []);
        frozenParts.set(value, part);
      }
      parts.push(part);
      return;
    }
    const values = Array.isArray(value) ? value : Object.values(value);
    if (values.every(isPlain)) into.flat.add(canonical(value));
    for (const v of values) walk(v, into, parts);
  }
}

/** Everything in `value`. */
export const expose = (value: unknown): Exposure => new Exposure().add(value);
