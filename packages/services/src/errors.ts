/** Stable error codes of the services; the API maps them to HTTP statuses in one table. */
export const SERVICE_ERROR_CODES = [
  'validation',
  'not-found',
  'forbidden',
  'unauthenticated',
  'invalid-credentials',
  'account-locked',
  'account-disabled',
  'conflict',
  'csrf',
  'database-unavailable',
  'payload-too-large',
  'limit-exceeded',
  'rate-limited',
  /** The role-grant policy refused a membership change; `details.reason` says which rule. */
  'role-grant-refused',
  /** The session has a sign-in step to finish first (details.pending: totp, enrol-totp, new-password). */
  'sign-in-step-required',
  /** Publication refused by the ISP or disclosure control; details: reason, cells, rule, decision. */
  'publication-refused',
  /**
   * The activity needs a signed-off data impact assessment first (domain notes §9.2); details:
   * reason, reasons (dia.required.* codes), assessmentId (the one named, if any), start (the path).
   */
  'dia-required',
] as const;
export type ServiceErrorCode = (typeof SERVICE_ERROR_CODES)[number];

export class ServiceError extends Error {
  constructor(
    readonly code: ServiceErrorCode,
    message: string,
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
    this.name = 'ServiceError';
  }
}

export function isServiceError(error: unknown): error is ServiceError {
  return error instanceof ServiceError;
}
