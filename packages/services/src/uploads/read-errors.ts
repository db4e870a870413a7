/** Turns a reader's error value (core IoError) into the ServiceError the user sees. */
import type { IoError } from '@steward/core/sdc/io/index';
import { UPLOAD_LIMITS, type LimitName } from '@steward/core/limits';
import { ServiceError } from '../errors';

/** An exceeded limit: 413 `limit-exceeded` naming the limit and its value (details.limit, details.max). */
export function limitExceeded(
  limit: LimitName,
  max: number,
  message: string,
  where: { file?: string; line?: number } = {},
): ServiceError {
  return new ServiceError('limit-exceeded', message, {
    limit,
    max,
    ...where,
    fields: [{ path: 'file', message }],
  });
}

/** A file over the byte limit. */
export function checkFileBytes(name: string, size: number): void {
  if (size > UPLOAD_LIMITS.fileBytes)
    throw limitExceeded(
      'fileBytes',
      UPLOAD_LIMITS.fileBytes,
      `"${name}" is larger than ${UPLOAD_LIMITS.fileBytes} bytes: limit "fileBytes" is ${UPLOAD_LIMITS.fileBytes}.`,
      { file: name },
    );
}

export function readError(error: IoError): ServiceError {
  if (error.code === 'limit-exceeded' && error.limit && error.max !== undefined)
    return limitExceeded(error.limit, error.max, error.message, {
      ...(error.file !== undefined ? { file: error.file } : {}),
      ...(error.line !== undefined ? { line: error.line } : {}),
    });
  return new ServiceError('validation', error.message, {
    fields: [{ path: 'file', message: error.message }],
    readError: error.code,
  });
}
