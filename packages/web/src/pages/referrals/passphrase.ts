/**
 * Strength check of a referral key passphrase, on the device (the passphrase is never sent). The
 * passphrase derives the key that wraps the user's private key (PBKDF2-SHA256, 600,000 iterations,
 * decision 0017); whoever obtains a copy of the wrapped key can try passphrases offline, so length
 * matters most: at least 12 characters and either 4 words or 3 kinds of character, not a
 * repetition or sequence, and not the person's own e-mail address or name.
 */
export type PassphraseProblem = 'too-short' | 'too-simple' | 'repetitive' | 'personal';

export const PASSPHRASE_MIN_LENGTH = 12;

export interface PassphraseCheck {
  problems: PassphraseProblem[];
  /** 0 (unusable) … 3 (strong): what the meter beside the field shows. */
  score: 0 | 1 | 2 | 3;
}

function kindsOf(text: string): number {
  let kinds = 0;
  if (/\p{Ll}/u.test(text)) kinds++;
  if (/\p{Lu}/u.test(text)) kinds++;
  if (/\p{Nd}/u.test(text)) kinds++;
  if (/[^\p{L}\p{Nd}\s]/u.test(text)) kinds++;
  return kinds;
}

function repetitive(text: string): boolean {
  const chars = [...text.toLowerCase()];
  if (new Set(chars).size <= 3) return true;
  // A short pattern said again and again (1234567890 1234567890, abcabcabc…).
  if (/^(.{1,10}?)\1+.{0,9}$/su.test(chars.join(''))) return true;
  // A run of steps of the same size (abcdef…, 123456…, 987654…) over most of the text.
  let run = 1;
  let longest = 1;
  for (let i = 2; i < chars.length; i++) {
    const a = chars[i - 2]!.codePointAt(0)!;
    const b = chars[i - 1]!.codePointAt(0)!;
    const c = chars[i]!.codePointAt(0)!;
    run = c - b === b - a && Math.abs(c - b) <= 1 ? run + 1 : 1;
    longest = Math.max(longest, run + 1);
  }
  return longest >= chars.length - 2;
}

export function checkPassphrase(passphrase: string, personal: readonly string[] = []): PassphraseCheck {
  const text = passphrase.normalize('NFKC');
  const length = [...text].length;
  const problems: PassphraseProblem[] = [];
  if (length < PASSPHRASE_MIN_LENGTH) problems.push('too-short');
  const words = text.split(/[\s\-_.,;:]+/u).filter((w) => w.length >= 2).length;
  if (length >= PASSPHRASE_MIN_LENGTH && words < 4 && kindsOf(text) < 3 && length < 20)
    problems.push('too-simple');
  if (length > 0 && repetitive(text)) problems.push('repetitive');
  const lower = text.toLowerCase();
  for (const p of personal) {
    const part = p.toLowerCase().split('@')[0]!.trim();
    if (part.length >= 4 && lower.includes(part)) {
      problems.push('personal');
      break;
    }
  }
  if (problems.length > 0) return { problems, score: 0 };
  const strong = length >= 20 || (words >= 5 && length >= 16);
  const good = length >= 16 || words >= 4;
  return { problems, score: strong ? 3 : good ? 2 : 1 };
}
