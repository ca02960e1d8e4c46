/**
 * Structured logs: one JSON object per line on stdout (pino's shape: level, time, msg, plus
 * fields), small enough that we need no dependency. Fields whose key names a secret
 * (credentials, tokens) are replaced by "[redacted]" at any depth, so a careless
 * `log.info({ body })` cannot leak a seat's credentials or a host token.
 */
export const LOG_LEVELS = ['debug', 'info', 'warn', 'error', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

type Fields = Record<string, unknown>;
type LogMethod = {
  (message: string): void;
  (fields: Fields, message?: string): void;
};

export interface Logger {
  debug: LogMethod;
  info: LogMethod;
  warn: LogMethod;
  error: LogMethod;
  /** A logger that adds `bindings` to every line. */
  child(bindings: Fields): Logger;
}

const SEVERITY: Record<LogLevel, number> = { debug: 20, info: 30, warn: 40, error: 50, silent: Infinity };

/** Key names whose values are never written to the log. */
const SECRET_KEY = /credential|token|secret|password|authorization|cookie/i;

export function isLogLevel(value: string): value is LogLevel {
  return (LOG_LEVELS as readonly string[]).includes(value);
}

/** Copies `value` with secret-named keys redacted; Errors become { message, stack }. */
export function redact(value: unknown, depth = 0): unknown {
  if (depth > 8) return '[too deep]';
  if (value instanceof Error) return { name: value.name, message: value.message, stack: value.stack };
  if (Array.isArray(value)) return value.map((item) => redact(item, depth + 1));
  if (value !== null && typeof value === 'object') {
    // No prototype: a logged object's own `__proto__` key is copied as a key, not as a prototype.
    const copy: Fields = Object.create(null) as Fields;
    for (const [key, item] of Object.entries(value)) {
      copy[key] = SECRET_KEY.test(key) ? '[redacted]' : redact(item, depth + 1);
    }
    return copy;
  }
  return value;
}

export function createLogger(
  options: { level?: LogLevel; bindings?: Fields; write?: (line: string) => void } = {},
): Logger {
  const threshold = SEVERITY[options.level ?? 'info'];
  const bindings = options.bindings ?? {};
  const write = options.write ?? ((line: string) => process.stdout.write(line));

  const method = (level: Exclude<LogLevel, 'silent'>): LogMethod =>
    ((fieldsOrMessage: Fields | string, message?: string) => {
      if (SEVERITY[level] < threshold) return;
      const fields = typeof fieldsOrMessage === 'string' ? {} : fieldsOrMessage;
      const msg = typeof fieldsOrMessage === 'string' ? fieldsOrMessage : message;
      const line = {
        level,
        time: new Date().toISOString(),
        ...(redact(bindings) as Fields),
        ...(redact(fields) as Fields),
        ...(msg === undefined ? {} : { msg }),
      };
      write(`${JSON.stringify(line)}\n`);
    }) as LogMethod;

  return {
    debug: method('debug'),
    info: method('info'),
    warn: method('warn'),
    error: method('error'),
    child: (more) => createLogger({ ...options, bindings: { ...bindings, ...more } }),
  };
}
