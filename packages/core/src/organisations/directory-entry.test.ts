import { describe, expect, it } from 'vitest';
import { acronymProblem, nameProblem } from './directory-entry';

describe('organisation acronyms', () => {
  it('accepts the acronyms partners use, in any script', () => {
    for (const ok of [
      'IRC',
      'AMODEFA',
      'MSF-OCB',
      'UNHCR',
      'ORGA',
      'X',
      'N.U.',
      'A&B',
      "CARE-Int'l",
      'منظمة1',
    ])
      expect(acronymProblem(ok)).toBeNull();
  });
  it('refuses spaces, symbols at the ends, control characters and the empty or too long', () => {
    expect(acronymProblem('A B')).toBe('acronym-format');
    expect(acronymProblem('-IRC')).toBe('acronym-format');
    expect(acronymProblem('IRC-')).toBe('acronym-format');
    expect(acronymProblem('IR\u0000C')).toBe('acronym-format');
    expect(acronymProblem('<b>')).toBe('acronym-format');
    expect(acronymProblem('  ')).toBe('acronym-length');
    expect(acronymProblem('A'.repeat(31))).toBe('acronym-length');
    expect(acronymProblem('  IRC  ')).toBeNull();
  });
  it('names need text, at most 200 characters, no control characters', () => {
    expect(nameProblem('Associação Moçambicana')).toBeNull();
    expect(nameProblem(' ')).toBe('name-required');
    expect(nameProblem('x'.repeat(201))).toBe('name-required');
    expect(nameProblem('a\nb')).toBe('name-required');
  });
});
