/**
 * PostgreSQL errors caused by the request's input (SQLSTATE class 22 "data exception", and the
 * integrity and size errors of classes 23 and 54) turned into the API's `validation` error, with
 * the column as the field when the database names it. Anything the validation layer lets through
 * still ends as a 400 saying what is wrong, never a 500 with a stack trace.
 */
import type { FieldError } from './errors';

interface InputErrorRule {
  /** The API's error code (its HTTP status comes from ERROR_STATUS). */
  readonly code: 'validation' | 'conflict';
  readonly message: string;
}

/** SQLSTATE (exact, or a two-character class) → what the user is told. */
export const POSTGRES_INPUT_ERRORS: Readonly<Record<string, InputErrorRule>> = {
  '22P05': { code: 'validation', message: 'A text value holds a character the database cannot store.' },
  '22021': { code: 'validation', message: 'A text value holds a NUL byte or is not valid UTF-8.' },
  '22001': { code: 'validation', message: 'A text value is longer than the field allows.' },
  '22P02': { code: 'validation', message: 'An id or value in the request is not in the expected form.' },
  '22003': { code: 'validation', message: 'A number in the request is out of range.' },
  '22007': { code: 'validation', message: 'A date or time in the request is not in the expected form.' },
  '22008': { code: 'validation', message: 'A date or time in the request is out of range.' },
  '22012': { code: 'validation', message: 'A value in the request makes a division by zero.' },
  '22023': { code: 'validation', message: 'A value in the request is not allowed here.' },
  '22025': { code: 'validation', message: 'A text value has an invalid escape sequence.' },
  '2200N': { code: 'validation', message: 'An XML value in the request is not valid.' },
  '22030': { code: 'validation', message: 'A JSON value in the request is a duplicate.' },
  '22032': { code: 'validation', message: 'A JSON value in the request is not valid.' },
  '22': { code: 'validation', message: 'A value in the request is not valid for the database.' },
  '23502': { code: 'validation', message: 'A required value is missing.' },
  '23503': { code: 'validation', message: 'The request refers to something that does not exist.' },
  '23505': { code: 'conflict', message: 'This already exists.' },
  '23514': { code: 'validation', message: 'A value in the request breaks a rule of the database.' },
  '54000': { code: 'validation', message: 'A value in the request is too large for the database.' },
};

export interface DatabaseInputError {
  code: 'validation' | 'conflict';
  message: string;
  fields?: FieldError[];
}

/** The driver error (the error itself or one it wraps) carrying a SQLSTATE, if any. */
function driverError(error: unknown): { code: string; column?: unknown } | null {
  let current: unknown = error;
  for (let depth = 0; depth < 5 && typeof current === 'object' && current !== null; depth++) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code)) return current as { code: string };
    current = (current as { cause?: unknown }).cause;
  }
  return null;
}

/** The API error for a PostgreSQL input error, or null when `error` is not one. */
export function databaseInputError(error: unknown): DatabaseInputError | null {
  const driver = driverError(error);
  if (!driver) return null;
  const rule = POSTGRES_INPUT_ERRORS[driver.code] ?? POSTGRES_INPUT_ERRORS[driver.code.slice(0, 2)];
  if (!rule || (driver.code.startsWith('23') && !POSTGRES_INPUT_ERRORS[driver.code])) return null;
  const column = typeof driver.column === 'string' && driver.column ? driver.column : null;
  return {
    code: rule.code,
    message: rule.message,
    ...(column ? { fields: [{ path: column, message: rule.message }] } : {}),
  };
}
