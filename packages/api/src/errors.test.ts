import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { SERVICE_ERROR_CODES } from '@steward/services/errors';
import { ERROR_STATUS, looksLikeDatabaseDown, statusFor, zodFields } from './errors';

describe('the error code table', () => {
  it('has a status for every code the services can throw', () => {
    for (const code of SERVICE_ERROR_CODES) expect(Object.keys(ERROR_STATUS), code).toContain(code);
  });

  it('maps every service error code of the contract to its HTTP status', () => {
    expect(ERROR_STATUS).toMatchObject({
      validation: 400,
      unauthenticated: 401,
      'invalid-credentials': 401,
      'account-disabled': 403,
      forbidden: 403,
      csrf: 403,
      'sign-in-step-required': 403,
      'not-found': 404,
      conflict: 409,
      'payload-too-large': 413,
      'account-locked': 429,
      'rate-limited': 429,
      'database-unavailable': 503,
    });
    expect(statusFor('no-such-code')).toBe(500);
  });
});

describe('zodFields', () => {
  const schema = z.strictObject({ name: z.string(), age: z.number(), tags: z.array(z.string()) });

  it('names each wrong, missing and unknown field', () => {
    const result = schema.safeParse({ name: 1, tags: ['a', 2], extra: true, more: 1 });
    expect(result.success).toBe(false);
    const fields = zodFields(result.error!);
    expect(fields.map((f) => f.path).sort()).toEqual(['age', 'extra', 'more', 'name', 'tags.1']);
    expect(fields.find((f) => f.path === 'age')?.message).toBe('Required');
    expect(fields.find((f) => f.path === 'extra')?.message).toBe('Unknown field');
  });
});

describe('looksLikeDatabaseDown', () => {
  it('recognises connection failures, also as a cause, and nothing else', () => {
    expect(
      looksLikeDatabaseDown(
        Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' }),
      ),
    ).toBe(true);
    expect(looksLikeDatabaseDown(new Error('query failed', { cause: new Error('PGlite is closed') }))).toBe(
      true,
    );
    expect(looksLikeDatabaseDown(Object.assign(new Error('terminating'), { code: '57P01' }))).toBe(true);
    expect(looksLikeDatabaseDown(new Error('duplicate key value violates unique constraint'))).toBe(false);
    expect(looksLikeDatabaseDown(null)).toBe(false);
  });
});
