/**
 * Errors of the database layer. Each has a stable `code` (same shape as the services'
 * ServiceError: `{ code, message, details? }`) so the API can map it without knowing this package.
 */
export class DatabaseError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
    this.name = new.target.name;
  }
}

/** The database cannot be reached (server down, refused, timed out, connection lost). */
export class DatabaseUnavailableError extends DatabaseError {
  constructor(message = 'The database is unreachable.', options?: { cause?: unknown }) {
    super('database-unavailable', message);
    if (options?.cause !== undefined) this.cause = options.cause;
  }
}

/** Another process holds the embedded database's data folder. */
export class DatabaseInUseError extends DatabaseError {
  constructor(
    readonly dataDir: string,
    readonly otherPid: number,
  ) {
    super(
      'database-in-use',
      `The data folder ${dataDir} is in use by another Steward process (pid ${otherPid}). Stop it, or set STEWARD_DATA_DIR to another folder.`,
      { dataDir, otherPid },
    );
  }
}

const CONNECTION_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ENOTFOUND',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'EAI_AGAIN',
  'EPIPE',
  '57P01', // admin_shutdown
  '57P02', // crash_shutdown
  '57P03', // cannot_connect_now
  '53300', // too_many_connections
  '3D000', // invalid_catalog_name: the database does not exist
]);

/** Whether `error` means "could not talk to the database" rather than "the query was wrong". */
export function isConnectionError(error: unknown): boolean {
  if (error instanceof DatabaseUnavailableError) return true;
  if (typeof error !== 'object' || error === null) return false;
  const code = (error as { code?: unknown }).code;
  if (typeof code === 'string' && (CONNECTION_CODES.has(code) || code.startsWith('08'))) return true;
  const message = (error as { message?: unknown }).message;
  if (
    typeof message === 'string' &&
    /Connection terminated|timeout exceeded when trying to connect|connect ECONNREFUSED|Client has encountered a connection error/i.test(
      message,
    )
  ) {
    return true;
  }
  const cause = (error as { cause?: unknown }).cause;
  return cause !== undefined && cause !== error && isConnectionError(cause);
}
