/**
 * Serves the built web app (packages/web/dist): files as they are, and index.html for every
 * other path so the single-page app's own router takes over. Hashed files under /assets/ are
 * cached for a year, other files (the favicon) for a day, index.html is revalidated. Text files
 * go out brotli- or gzip-compressed when the client accepts it: the `.br`/`.gz` file written
 * beside them at build time, else compressed once and kept in memory. Source maps are never
 * served. When the build is missing, a plain page says how to make it.
 */
import type { Context } from 'hono';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import {
  chooseEncoding,
  compressBytes,
  MIN_COMPRESS_BYTES,
  varyOnEncoding,
  type Encoding,
} from './compression';
import { ApiError } from './errors';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
};

/** Types worth compressing (images other than SVG and fonts are compressed already). */
const COMPRESSIBLE = new Set([
  '.html',
  '.js',
  '.mjs',
  '.css',
  '.json',
  '.webmanifest',
  '.svg',
  '.txt',
  '.wasm',
]);

export const CACHE_IMMUTABLE = 'public, max-age=31536000, immutable';
/** Unhashed files beside index.html (favicon): cached a day, then revalidated. */
export const CACHE_DAY = 'public, max-age=86400';

export const MISSING_BUILD_PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Steward: web app not built</title></head>
<body><h1>The Steward web app has not been built yet</h1>
<p>The API is running, but there is no built web app to serve.</p>
<p>Run <code>npm run build</code> in the Steward folder (or simply <code>npm start</code>, which builds it), then reload this page.</p>
</body></html>
`;

export function webAppHandler(distDir: string | null) {
  const root = distDir ? resolve(distDir) : null;
  const compressed = new CompressedFiles();
  return async (c: Context): Promise<Response> => {
    const path = c.req.path;
    if (path === '/api' || path.startsWith('/api/')) {
      throw new ApiError('not-found', `There is no API route ${c.req.method} ${path}.`);
    }
    if (!root || !(await isFile(join(root, 'index.html')))) {
      return c.html(MISSING_BUILD_PAGE, 503, { 'Cache-Control': 'no-store' });
    }
    let decoded: string;
    try {
      decoded = decodeURIComponent(path);
    } catch {
      return c.text('Not found', 404);
    }
    // Source maps (and precompressed copies, sent only as an encoding) are not public.
    if (/\.(map|br|gz)$/i.test(decoded)) return c.text('Not found', 404);
    const file = normalize(join(root, decoded));
    if (file !== root && !file.startsWith(root + sep)) return c.text('Not found', 404);
    const encoding = chooseEncoding(c.req.header('Accept-Encoding'));
    if (decoded !== '/' && (await isFile(file))) {
      const cache = decoded.startsWith('/assets/') ? CACHE_IMMUTABLE : CACHE_DAY;
      return send(c, file, cache, encoding, compressed);
    }
    // A missing file with an extension is a real 404; any other path belongs to the SPA router.
    if (extname(decoded) !== '' && extname(decoded) !== '.html') return c.text('Not found', 404);
    return send(c, join(root, 'index.html'), 'no-cache', encoding, compressed);
  };
}

async function send(
  c: Context,
  file: string,
  cacheControl: string,
  encoding: Encoding | null,
  compressed: CompressedFiles,
): Promise<Response> {
  const ext = extname(file).toLowerCase();
  const headers: Record<string, string> = {
    'Content-Type': CONTENT_TYPES[ext] ?? 'application/octet-stream',
    'Cache-Control': cacheControl,
  };
  if (!COMPRESSIBLE.has(ext)) return c.body(await readFile(file), 200, headers);
  const out = new Headers(headers);
  varyOnEncoding(out);
  const body = encoding ? await compressed.get(file, encoding) : null;
  if (body) {
    out.set('Content-Encoding', encoding as Encoding);
    return c.body(body, 200, Object.fromEntries(out));
  }
  return c.body(await readFile(file), 200, Object.fromEntries(out));
}

/**
 * Compressed bodies of the build's files: the `.br`/`.gz` written at build time when present and
 * not older than the file, else compressed here once (kept while the file's size and time match).
 * Null when the file is too small to be worth it.
 */
class CompressedFiles {
  private readonly cache = new Map<
    string,
    { size: number; mtimeMs: number; body: Uint8Array<ArrayBuffer> | null }
  >();

  async get(file: string, encoding: Encoding): Promise<Uint8Array<ArrayBuffer> | null> {
    const info = await stat(file);
    const key = `${encoding}:${file}`;
    const hit = this.cache.get(key);
    if (hit && hit.size === info.size && hit.mtimeMs === info.mtimeMs) return hit.body;
    let body: Uint8Array<ArrayBuffer> | null = null;
    if (info.size >= MIN_COMPRESS_BYTES) {
      const sibling = `${file}.${encoding === 'br' ? 'br' : 'gz'}`;
      const pre = await stat(sibling).catch(() => null);
      const bytes =
        pre && pre.isFile() && pre.mtimeMs >= info.mtimeMs
          ? await readFile(sibling)
          : await compressBytes(await readFile(file), encoding, 'static');
      body = new Uint8Array(bytes); // one copy, kept: a plain ArrayBuffer for the response body
    }
    this.cache.set(key, { size: info.size, mtimeMs: info.mtimeMs, body });
    return body;
  }
}

async function isFile(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}
