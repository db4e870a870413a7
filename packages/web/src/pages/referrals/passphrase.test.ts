import { describe, expect, it } from 'vitest';
import { checkPassphrase } from './passphrase';

describe('referral passphrase strength (checked on the device)', () => {
  it('refuses short, simple, repetitive and personal passphrases, naming each problem', () => {
    expect(checkPassphrase('').problems).toEqual(['too-short']);
    expect(checkPassphrase('Short1!').problems).toEqual(['too-short']);
    expect(checkPassphrase('abcdefghijklm').problems).toEqual(['too-simple', 'repetitive']);
    expect(checkPassphrase('aaaaaaaaaaaaaaaaaaaaaaaa').problems).toEqual(['repetitive']);
    expect(checkPassphrase('12345678901234567890').problems).toEqual(['repetitive']);
    expect(checkPassphrase('lowercaseonlyword').problems).toEqual(['too-simple']);
    expect(
      checkPassphrase('maria.silva likes green tea', ['maria.silva@partner.example.org']).problems,
    ).toEqual(['personal']);
  });

  it('accepts long passphrases of several words or mixed characters, with a score for the meter', () => {
    expect(checkPassphrase('Tide!Water9x')).toEqual({ problems: [], score: 1 });
    expect(checkPassphrase('river mango lantern').problems).toEqual(['too-simple']);
    expect(checkPassphrase('Tide!Water9x-42ab')).toEqual({ problems: [], score: 2 });
    expect(checkPassphrase('river mango lantern seven')).toEqual({ problems: [], score: 3 });
    expect(checkPassphrase('كلمة مرور طويلة جدا للمفتاح').problems).toEqual([]);
  });
});
