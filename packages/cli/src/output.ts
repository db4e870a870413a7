/** Text output shared by commands. */

export interface Credential {
  email: string;
  password: string;
  role: string;
  organisationAcronym: string;
  /** Demo users holding referral keys: the value STEWARD_KEY_PASSPHRASE needs. */
  keyPassphrase?: string;
}

export function formatTable(headers: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = headers.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: readonly string[]) =>
    cells
      .map((c, i) => c.padEnd(widths[i] ?? 0))
      .join('  ')
      .trimEnd();
  return [line(headers), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n') + '\n';
}

/** The demo logins, with the warning that they are shown only this once. */
export function formatCredentials(credentials: readonly Credential[]): string {
  const rows = credentials.map((c) => [c.role, c.organisationAcronym, c.email, c.password]);
  return (
    '\nDemo logins (generated for this installation; shown ONLY THIS ONCE, so copy them now):\n\n' +
    formatTable(['ROLE', 'ORGANISATION', 'EMAIL', 'PASSWORD'], rows) +
    '\n'
  );
}
