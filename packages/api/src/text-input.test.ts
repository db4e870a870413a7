import { describe, expect, it } from 'vitest';
import { invalidTextFields, invalidTextReason } from './text-input';

describe('text PostgreSQL cannot store', () => {
  it('finds a NUL byte or an unpaired surrogate in any string or key, at any depth', () => {
    expect(invalidTextReason('plain text, العربية, 😀')).toBeNull();
    expect(invalidTextReason('a\u0000b')).toMatch(/NUL/);
    expect(invalidTextReason('a\uD800b')).toMatch(/surrogate/);
    expect(invalidTextReason('\uDC00')).toMatch(/surrogate/);
    expect(
      invalidTextFields({ a: 'ok', b: ['x', { c: 'y\u0000' }], 'd\u0000': 1, e: { f: '\uD83D' } }).map(
        (f) => f.path,
      ),
    ).toEqual(['b.1.c', 'd', 'e.f']);
    expect(invalidTextFields('\u0000')).toEqual([{ path: '(body)', message: expect.stringMatching(/NUL/) }]);
    expect(invalidTextFields({ ok: ['😀', 1, null, true] })).toEqual([]);
  });

  it('stops after the given number of findings', () => {
    const many = Object.fromEntries(Array.from({ length: 100 }, (_, i) => [`k${i}`, '\u0000']));
    expect(invalidTextFields(many, [], 20)).toHaveLength(20);
  });
});
