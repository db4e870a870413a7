export {
  createApp,
  routeTable,
  openApiDocument,
  DEFAULT_BODY_LIMIT_BYTES,
  type StewardApp,
  type CreateAppOptions,
} from './app';
export { startServer, ListenError, type RunningServer } from './server';
export { ERROR_STATUS, type ErrorCode, type ErrorBody } from './errors';
export type { ApiConfig } from './types';
export type { RouteEntry, RoutePermission } from './routing';
