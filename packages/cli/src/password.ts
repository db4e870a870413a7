/** Reading a password for `steward user create`, or generating one. */
import { createInterface } from 'node:readline';
import { CliError, type Io } from './framework';
import { randomBytes } from 'node:crypto';

const ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789';

/** A 20-character password from an unambiguous alphabet (about 116 bits). */
export function generatePassword(length = 20): string {
  const out: string[] = [];
  while (out.length < length) {
    for (const byte of randomBytes(length * 2).values()) {
      // Rejection sampling keeps every character equally likely.
      if (byte < 256 - (256 % ALPHABET.length) && out.length < length)
        out.push(ALPHABET[byte % ALPHABET.length] as string);
    }
  }
  return out.join('');
}

/** Reads the first line of stdin (for `--password-stdin`, e.g. `echo "$PW" | steward user create …`). */
export async function readPasswordFromStdin(io: Io): Promise<string> {
  const rl = createInterface({ input: io.stdin, terminal: false });
  try {
    for await (const line of rl) {
      if (line.length === 0) break;
      return line;
    }
  } finally {
    rl.close();
  }
  throw new CliError('--password-stdin was given but stdin held no password (an empty first line)');
}

export const MIN_PASSWORD_LENGTH = 12;

export function checkPassword(password: string): void {
  if (password.length < MIN_PASSWORD_LENGTH) {
    throw new CliError(
      `the password must have at least ${MIN_PASSWORD_LENGTH} characters (got ${password.length})`,
    );
  }
}
