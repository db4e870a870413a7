/**
 * What the server prints when a request fails with an internal error: the route pattern, the
 * error's class, SQLSTATE and stack frames. Never its message, the request's path, query,
 * headers or body: messages of driver errors repeat query parameters ("Failed query: … params:
 * …", `invalid input syntax for type uuid: "…"`) and request data may be personal data.
 */

const FRAME = /^\s+at /;

/** One error (and its causes) as log text without messages. */
export function describeErrorForLog(error: unknown): string {
  const parts: string[] = [];
  let current: unknown = error;
  for (let depth = 0; depth < 5 && current !== undefined && current !== null; depth++) {
    if (typeof current !== 'object') {
      parts.push(`${depth ? 'caused by ' : ''}${typeof current}`);
      break;
    }
    const e = current as { name?: unknown; code?: unknown; stack?: unknown; cause?: unknown };
    const name = typeof e.name === 'string' ? e.name : (current.constructor?.name ?? 'object');
    const code = typeof e.code === 'string' && /^[\w-]{1,40}$/.test(e.code) ? ` [${e.code}]` : '';
    const frames =
      typeof e.stack === 'string'
        ? e.stack
            .split('\n')
            .filter((line) => FRAME.test(line))
            .slice(0, 12)
        : [];
    parts.push([`${depth ? 'caused by ' : ''}${name}${code}`, ...frames].join('\n'));
    current = e.cause;
  }
  return parts.join('\n');
}

/** The log line of a failed request. `routePath` is the matched pattern, e.g. `/api/registry/:id`. */
export function failedRequestLog(method: string, routePath: string, error: unknown): string {
  return `steward api: ${method} ${routePath} failed: ${describeErrorForLog(error)}`;
}
