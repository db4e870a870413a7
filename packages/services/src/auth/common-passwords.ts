import { readFileSync } from 'node:fs';

let list: Set<string> | null = null;

/** The shipped list (common-passwords/top-10000.txt, see its README), read once. */
function commonPasswords(): Set<string> {
  list ??= new Set(
    readFileSync(new URL('./common-passwords/top-10000.txt', import.meta.url), 'utf8')
      .split('\n')
      .map((line) => line.trim().toLowerCase())
      .filter(Boolean),
  );
  return list;
}

/** Whether the password is one of the 10,000 most common passwords (ignoring case). */
export function isCommonPassword(password: string): boolean {
  return commonPasswords().has(password.trim().toLowerCase());
}

export function commonPasswordCount(): number {
  return commonPasswords().size;
}
