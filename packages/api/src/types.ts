/**
 * Types shared inside the API package: the Hono environment and the API's configuration.
 */
import type { Actor, Services } from '@steward/services';

export interface ApiConfig {
  /** Folder of the built web app (packages/web/dist); null serves no web app. */
  readonly webDist: string | null;
  /** Largest accepted request body in bytes (default 1 MiB). */
  readonly bodyLimitBytes?: number;
  /**
   * Mark cookies Secure: 'auto' (default) when the request arrived over https (or, with
   * trustProxy, X-Forwarded-Proto says https); true or false to force.
   */
  readonly secureCookies?: boolean | 'auto';
  /** Trust X-Forwarded-For / X-Forwarded-Proto from a reverse proxy in front of Steward. */
  readonly trustProxy?: boolean;
  /** Version reported by /api/health and the OpenAPI document. */
  readonly version?: string;
}

export interface AppVariables {
  services: Services;
  config: ApiConfig;
  /** Set by the authentication middleware; null when the request carries no valid credentials. */
  actor: Actor | null;
}

export interface AppEnv {
  Variables: AppVariables;
}
