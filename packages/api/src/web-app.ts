/**
 * Serves the built web app (packages/web/dist): files as they are, and index.html for every
 * other path so the single-page app's own router takes over. Hashed files under /assets/ are
 * cached for a year; everything else is revalidated. When the build is missing, a plain page
 * says how to make it.
 */
import type { Context } from 'hono';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
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

export const MISSING_BUILD_PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Steward: web app not built</title></head>
<body><h1>The Steward web app has not been built yet</h1>
<p>The API is running, but there is no built web app to serve.</p>
<p>Run <code>npm run build</code> in the Steward folder (or simply <code>npm start</code>, which builds it), then reload this page.</p>
</body></html>
`;

export function webAppHandler(distDir: string | null) {
  const root = distDir ? resolve(distDir) : null;
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
    const file = normalize(join(root, decoded));
    if (file !== root && !file.startsWith(root + sep)) return c.text('Not found', 404);
    if (decoded !== '/' && (await isFile(file))) {
      const body = await readFile(file);
      const immutable = decoded.startsWith('/assets/');
      return c.body(body, 200, {
        'Content-Type': CONTENT_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream',
        'Cache-Control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
      });
    }
    // A missing file with an extension is a real 404; any other path belongs to the SPA router.
    if (extname(decoded) !== '' && extname(decoded) !== '.html') return c.text('Not found', 404);
    const index = await readFile(join(root, 'index.html'));
    return c.body(index, 200, {
      'Content-Type': CONTENT_TYPES['.html'] as string,
      'Cache-Control': 'no-cache',
    });
  };
}

async function isFile(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}
