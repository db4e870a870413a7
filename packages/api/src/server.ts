/** Serves an app made by createApp on a TCP port (Node's http server via @hono/node-server). */
import { serve } from '@hono/node-server';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { StewardApp } from './app';

export interface RunningServer {
  /** The port actually bound (useful with port 0). */
  readonly port: number;
  readonly host: string;
  readonly url: string;
  close(): Promise<void>;
}

export class ListenError extends Error {
  constructor(
    message: string,
    readonly code: string | undefined,
  ) {
    super(message);
    this.name = 'ListenError';
  }
}

export function startServer(
  app: StewardApp,
  options: {
    port: number;
    host: string;
    /**
     * How long an idle kept-alive connection stays open (Node's default: 5 s). A client that runs
     * in the same process as the server (tests) wants it longer than any stall of that process:
     * a stall past it lets the server close a socket the client is about to reuse (ECONNRESET).
     */
    keepAliveTimeoutMs?: number;
  },
): Promise<RunningServer> {
  return new Promise((resolvePromise, reject) => {
    const server = serve({ fetch: app.fetch, port: options.port, hostname: options.host }) as Server;
    if (options.keepAliveTimeoutMs !== undefined) server.keepAliveTimeout = options.keepAliveTimeoutMs;
    server.once('error', (error: NodeJS.ErrnoException) => {
      const message =
        error.code === 'EADDRINUSE'
          ? `port ${options.port} on ${options.host} is already in use; choose another with --port or PORT`
          : error.code === 'EACCES'
            ? `not allowed to listen on port ${options.port}; choose a port above 1023`
            : `cannot listen on ${options.host}:${options.port}: ${error.message}`;
      reject(new ListenError(message, error.code));
    });
    server.once('listening', () => {
      const address = server.address() as AddressInfo;
      const shownHost = options.host.includes(':') ? `[${options.host}]` : options.host;
      resolvePromise({
        port: address.port,
        host: options.host,
        url: `http://${shownHost}:${address.port}`,
        close: () =>
          new Promise<void>((done) => {
            server.close(() => done());
            server.closeIdleConnections();
            setTimeout(() => server.closeAllConnections(), 2000).unref();
          }),
      });
    });
  });
}
