/**
 * `createApp({ services, config })`: the Steward HTTP application (API + built web app), with
 * no port of its own — serve it with `startServer` (./server) or call `app.request()` in tests.
 */
import { OpenAPIHono } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { MAX_FILE_BYTES } from '@steward/services';
import { bodyLimit } from 'hono/body-limit';
import { HTTPException } from 'hono/http-exception';
import {
  ApiError,
  DATABASE_UNAVAILABLE_MESSAGE,
  type ErrorBody,
  type FieldError,
  looksLikeDatabaseDown,
  statusFor,
  zodFields,
} from './errors';
import { jsonCompression } from './compression';
import { databaseInputError } from './database-errors';
import { failedRequestLog } from './error-log';
import { invalidTextFields, invalidTextReason } from './text-input';
import { registerAccountRoutes } from './routes/account';
import { registerAdminRoutes } from './routes/admin';
import { registerDirectoryRoutes } from './routes/directory';
import { registerIncidentRoutes } from './routes/incidents';
import { registerGuidanceRoutes } from './routes/guidance';
import { registerAssessmentRoutes } from './routes/assessments';
import { registerDiagnosticRoutes } from './routes/diagnostic';
import { registerRetentionRoutes } from './routes/retention';
import { registerIspRoutes } from './routes/isp';
import { registerRegistryRoutes } from './routes/registry';
import { registerReportingRoutes } from './routes/reporting';
import { registerSharingRoutes } from './routes/sharing';
import { registerReferralRoutes } from './routes/referrals';
import { registerPublicationRoutes } from './routes/publication';
import { registerCatalogueRoutes } from './routes/catalogue';
import { registerSessionRoutes } from './routes/session';
import { registerSystemRoutes } from './routes/system';
import { type RouteEntry, Router } from './routing';
import { securityHeaders } from './security-headers';
import type { Services } from '@steward/services';
import type { ApiConfig, AppEnv } from './types';
import { webAppHandler } from './web-app';

export const DEFAULT_BODY_LIMIT_BYTES = 1024 * 1024;
/** Upload routes: a 25 MiB file (MAX_FILE_BYTES) plus its multipart envelope. */
export const UPLOAD_LIMIT_BYTES = MAX_FILE_BYTES + 1024 * 1024;

function isUploadRoute(method: string, path: string): boolean {
  return (
    method === 'POST' &&
    (path === '/api/registry/import' ||
      path === '/api/directory/import.zip' ||
      /^\/api\/registry\/[^/]+\/files$/.test(path) ||
      /^\/api\/reporting\/frameworks\/[^/]+\/reports\/[^/]+\/import$/.test(path) ||
      /^\/api\/reporting\/frameworks\/[^/]+\/kobo\/inspect$/.test(path))
  );
}

/** `application/json` and `application/<anything>+json`. */
function isJsonType(type: string | undefined): boolean {
  return type !== undefined && /^application\/([\w.-]+\+)?json\s*(;|$)/i.test(type);
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** `bytes` as text, or null when they are not UTF-8. */
function strictUtf8(bytes: ArrayBuffer): string | null {
  try {
    return utf8.decode(bytes);
  } catch {
    return null;
  }
}

export interface CreateAppOptions {
  services: Services;
  config: ApiConfig;
}

export type StewardApp = OpenAPIHono<AppEnv>;

const routeTables = new WeakMap<StewardApp, readonly RouteEntry[]>();

/** Every route of an app made by createApp, with the permission it declared. */
export function routeTable(app: StewardApp): readonly RouteEntry[] {
  const table = routeTables.get(app);
  if (!table) throw new Error('routeTable: this app was not made by createApp');
  return table;
}

export function createApp({ services, config }: CreateAppOptions): StewardApp {
  const app = new OpenAPIHono<AppEnv>({
    // Every validated part of every request (body, query, path) passes here: the schema's
    // errors, and text PostgreSQL cannot store (a NUL byte…) in any string or key, even in
    // free-form bodies, become one 400 naming each field.
    defaultHook: async (result, c) => {
      const where = result.target === 'json' ? 'body' : result.target === 'param' ? 'path' : result.target;
      // The input as sent (a schema may strip unknown keys): the body is parsed once and cached.
      const sent: unknown =
        result.target === 'json'
          ? await c.req.json()
          : result.target === 'query'
            ? Object.fromEntries(
                Object.entries(c.req.queries()).map(([k, v]) => [k, v.length === 1 ? v[0] : v]),
              )
            : result.target === 'param'
              ? c.req.param()
              : (result as { data?: unknown }).data;
      const invalidText = invalidTextFields(sent);
      if (!result.success || invalidText.length) {
        const schemaFields = result.success
          ? []
          : zodFields(result.error).filter((f) => invalidTextReason(f.path) === null);
        throw new ApiError('validation', `The request ${where} is not valid.`, [
          ...invalidText,
          ...schemaFields,
        ]);
      }
    },
  });
  app.onError((error, c) => errorResponse(c, error));
  app.notFound((c) =>
    errorResponse(c, new ApiError('not-found', `There is no route ${c.req.method} ${c.req.path}.`)),
  );

  app.use('*', securityHeaders());
  app.use('*', async (c, next) => {
    c.set('services', services);
    c.set('config', config);
    c.set('actor', null);
    await next();
  });
  const maxSize = config.bodyLimitBytes ?? DEFAULT_BODY_LIMIT_BYTES;
  app.use('/api/*', async (c, next) => {
    await next();
    c.res.headers.set('Cache-Control', 'no-store');
  });
  app.use('/api/*', jsonCompression());
  // One body limit for every request, larger only for the two upload routes (registry files and
  // registry import), whose own service refuses files over MAX_FILE_BYTES.
  const limitFor = (limit: number) =>
    bodyLimit({
      maxSize: limit,
      onError: () => {
        throw new ApiError(
          'payload-too-large',
          `The request body is larger than the limit of ${limit} bytes.`,
          undefined,
          { limitBytes: limit },
        );
      },
    });
  const defaultLimit = limitFor(maxSize);
  const uploadLimit = limitFor(Math.max(maxSize, UPLOAD_LIMIT_BYTES));
  app.use('/api/*', (c, next) =>
    (isUploadRoute(c.req.method, c.req.path) ? uploadLimit : defaultLimit)(c, next),
  );
  // A JSON body must be UTF-8: decoded strictly here (within the body limit above), so bytes that
  // are not UTF-8 are a 400 instead of being replaced by U+FFFD and stored (attack review,
  // decision 0013). The decoded text is what every later `c.req.json()` parses.
  app.use('/api/*', async (c, next) => {
    if (c.req.raw.body && isJsonType(c.req.header('content-type'))) {
      const text = strictUtf8(await c.req.arrayBuffer());
      if (text === null) {
        throw new ApiError('validation', 'The request body is not valid.', [
          { path: '(body)', message: 'Is not valid UTF-8 text' },
        ]);
      }
      // Hono keeps the body's promises in bodyCache (its type names the resolved value).
      (c.req.bodyCache as { text?: Promise<string> }).text = Promise.resolve(text);
    }
    await next();
  });

  const router = new Router(app);
  registerSystemRoutes(router);
  registerSessionRoutes(router);
  registerAccountRoutes(router);
  registerAdminRoutes(router);
  registerIspRoutes(router);
  registerRegistryRoutes(router);
  registerSharingRoutes(router);
  registerDirectoryRoutes(router);
  registerIncidentRoutes(router);
  registerAssessmentRoutes(router);
  registerDiagnosticRoutes(router);
  registerReportingRoutes(router);
  registerRetentionRoutes(router);
  registerReferralRoutes(router);
  registerPublicationRoutes(router);
  registerCatalogueRoutes(router);
  registerGuidanceRoutes(router);
  router.raw('GET', '/api/openapi.json', 'public', (c) => c.json(openApiDocument(app, config)));
  // Last: the web app answers every other GET (and says 404 for unknown /api paths).
  router.raw('GET', '/*', 'public', webAppHandler(config.webDist));

  routeTables.set(app, router.table);
  return app;
}

export function openApiDocument(app: StewardApp, config: ApiConfig) {
  app.openAPIRegistry.registerComponent('securitySchemes', 'session', {
    type: 'apiKey',
    in: 'cookie',
    name: 'steward_session',
    description: 'Session cookie set by POST /api/auth/login. Writes also need the x-csrf-token header.',
  });
  app.openAPIRegistry.registerComponent('securitySchemes', 'bearer', {
    type: 'http',
    scheme: 'bearer',
    description:
      'Personal API token (stw_…), scoped to one organisation. Create one with `steward token create`.',
  });
  return app.getOpenAPI31Document({
    openapi: '3.1.0',
    info: {
      title: 'Steward API',
      version: config.version ?? '0.0.0',
      description:
        'Errors always have the body { error: { code, message, fields?, details? } }. Each operation names the permission it needs in x-permission.',
    },
  });
}

function errorResponse(c: Context, error: unknown): Response {
  const { code, message, fields, details } = toErrorBody(error);
  const status = statusFor(code);
  if (status >= 500 && code !== 'database-unavailable') {
    // Never log request data (it may hold personal data): route pattern, error class and frames.
    console.error(failedRequestLog(c.req.method, c.req.routePath, error));
  }
  const body: ErrorBody = { error: { code, message } };
  if (fields?.length) body.error.fields = fields;
  if (details && Object.keys(details).length) body.error.details = details;
  const headers: Record<string, string> = {};
  const retryAfter = details?.retryAfterSeconds;
  if (typeof retryAfter === 'number' && (status === 429 || status === 503))
    headers['Retry-After'] = String(Math.ceil(retryAfter));
  return c.json(body, status, headers);
}

interface NormalisedError {
  code: string;
  message: string;
  fields?: FieldError[];
  details?: Record<string, unknown>;
}

function toErrorBody(error: unknown): NormalisedError {
  if (error instanceof ApiError) {
    return { code: error.code, message: error.message, fields: error.fields, details: error.details };
  }
  if (isServiceError(error)) {
    if (error.code === 'database-unavailable')
      return { code: error.code, message: DATABASE_UNAVAILABLE_MESSAGE };
    const details = error.details ?? undefined;
    // Services name one offending field as details.field (message "field: what is wrong").
    const fields = Array.isArray(details?.fields)
      ? (details.fields as FieldError[])
      : typeof details?.field === 'string'
        ? [{ path: details.field, message: error.message.replace(/^[\w.]+:\s*/, '') }]
        : undefined;
    const rest = details
      ? Object.fromEntries(Object.entries(details).filter(([k]) => k !== 'fields' && k !== 'field'))
      : undefined;
    return { code: error.code, message: error.message, fields, details: rest };
  }
  if (error instanceof HTTPException) {
    if (error.status === 400 && /json/i.test(error.message)) {
      return {
        code: 'validation',
        message: 'The request body is not valid JSON.',
        fields: [{ path: '(body)', message: 'Malformed JSON' }],
      };
    }
    if (error.status === 415) {
      return {
        code: 'unsupported-media-type',
        message: 'Send the request body as JSON (Content-Type: application/json).',
      };
    }
    if (error.status === 413) return { code: 'payload-too-large', message: 'The request body is too large.' };
    if (error.status === 400) return { code: 'validation', message: error.message || 'Bad request.' };
  }
  if (looksLikeDatabaseDown(error))
    return { code: 'database-unavailable', message: DATABASE_UNAVAILABLE_MESSAGE };
  const input = databaseInputError(error);
  if (input) return input;
  return { code: 'internal', message: 'Something went wrong on the server. The error has been logged.' };
}

interface ServiceErrorLike {
  name: string;
  code: string;
  message: string;
  details?: Record<string, unknown> | null;
}

function isServiceError(error: unknown): error is ServiceErrorLike {
  const e = error as Partial<ServiceErrorLike> | null;
  return (
    typeof e === 'object' &&
    e !== null &&
    e.name === 'ServiceError' &&
    typeof e.code === 'string' &&
    typeof e.message === 'string'
  );
}
