/**
 * Response compression: brotli or gzip, as the client accepts (brotli first). Used for the web
 * app's static files (web-app.ts: precompressed at build, else compressed once and cached) and for
 * JSON API responses (`jsonCompression`). zlib runs on libuv's thread pool, so compressing never
 * blocks the server. See docs/decisions/0014-fast-start-and-compression.md.
 */
import type { MiddlewareHandler } from 'hono';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';

export type Encoding = 'br' | 'gzip';

const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

/** Below this size compressing gains less than its headers cost. */
export const MIN_COMPRESS_BYTES = 512;

/** The encoding to answer with for an Accept-Encoding header: br, else gzip, else none. */
export function chooseEncoding(acceptEncoding: string | undefined | null): Encoding | null {
  if (!acceptEncoding) return null;
  const accepted = new Map<string, number>();
  for (const part of acceptEncoding.split(',')) {
    const [name, ...params] = part.trim().toLowerCase().split(';');
    if (!name) continue;
    const q = params.map((p) => /^\s*q=([\d.]+)\s*$/.exec(p)?.[1]).find((v) => v !== undefined);
    accepted.set(name, q === undefined ? 1 : Number(q));
  }
  const weight = (name: string) => accepted.get(name) ?? (accepted.has('*') ? accepted.get('*')! : 0);
  if (weight('br') > 0) return 'br';
  if (weight('gzip') > 0) return 'gzip';
  return null;
}

/**
 * Compresses `body`. `level` 'static' spends more time for the smallest result (done once per
 * file), 'dynamic' is quick (done per response).
 */
export async function compressBytes(
  body: Uint8Array,
  encoding: Encoding,
  level: 'static' | 'dynamic',
): Promise<Uint8Array> {
  if (encoding === 'br') {
    return brotli(body, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: level === 'static' ? 11 : 4,
        [constants.BROTLI_PARAM_SIZE_HINT]: body.byteLength,
      },
    });
  }
  return gzipAsync(body, { level: level === 'static' ? 9 : 6 });
}

/** Adds Accept-Encoding to a response's Vary header. */
export function varyOnEncoding(headers: Headers): void {
  const vary = headers.get('Vary');
  if (!vary) headers.set('Vary', 'Accept-Encoding');
  else if (!/accept-encoding/i.test(vary)) headers.set('Vary', `${vary}, Accept-Encoding`);
}

/**
 * Responses that carry the session's CSRF token are not compressed: a secret in a compressed
 * response next to attacker-influenced text is what BREACH-style attacks measure.
 */
function carriesSessionSecret(path: string): boolean {
  return (
    path === '/api/me' ||
    path === '/api/session' ||
    path.startsWith('/api/me/') ||
    path.startsWith('/api/auth/')
  );
}

/** Compresses JSON API responses of MIN_COMPRESS_BYTES or more when the client accepts it. */
export function jsonCompression(): MiddlewareHandler {
  return async (c, next) => {
    await next();
    const res = c.res;
    const type = res.headers.get('Content-Type') ?? '';
    if (!type.startsWith('application/json') || res.headers.has('Content-Encoding') || !res.body) return;
    if (carriesSessionSecret(c.req.path) || c.req.method === 'HEAD') return;
    const encoding = chooseEncoding(c.req.header('Accept-Encoding'));
    const body = new Uint8Array(await res.arrayBuffer());
    const headers = new Headers(res.headers);
    varyOnEncoding(headers);
    let out: Uint8Array = body;
    if (encoding && body.byteLength >= MIN_COMPRESS_BYTES) {
      out = await compressBytes(body, encoding, 'dynamic');
      headers.set('Content-Encoding', encoding);
    }
    headers.set('Content-Length', String(out.byteLength));
    // Cleared first: Hono copies the previous response's headers onto a replacement.
    c.res = undefined;
    c.res = new Response(out, { status: res.status, statusText: res.statusText, headers });
  };
}
