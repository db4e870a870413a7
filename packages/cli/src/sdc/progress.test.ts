import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import type { Io } from '../framework';
import { createProgress } from './progress';
import { escapeHtml } from './report-html';

function fakeIo(env: Record<string, string> = {}): { io: Io; err: string[] } {
  const err: string[] = [];
  return {
    io: { stdout: () => {}, stderr: (t) => err.push(t), stdin: new PassThrough(), env, cwd: '/' },
    err,
  };
}

describe('progress on stderr', () => {
  it('not a terminal: silent for quick runs, then a plain line per quarter', () => {
    let now = 0;
    const { io, err } = fakeIo();
    const p = createProgress(io, { tty: false, quietMs: 2000, now: () => now });
    p.step('reading big.csv');
    p.update(0.3);
    expect(err).toEqual([]);
    now = 5000;
    p.update(0.55);
    p.update(0.6);
    p.update(1);
    p.done();
    expect(err).toEqual(['steward: reading big.csv 50%\n', 'steward: reading big.csv 100%\n']);
  });

  it('a terminal: one bar redrawn in place and erased at the end', () => {
    let now = 0;
    const { io, err } = fakeIo();
    const p = createProgress(io, { tty: true, now: () => now });
    p.step('treating: localSuppression');
    now = 500;
    p.update(0.5);
    p.done();
    expect(err[1]).toBe(`\r\x1b[2Ktreating: localSuppression [${'#'.repeat(15)}${'.'.repeat(15)}] 50%`);
    expect(err.at(-1)).toBe('\r\x1b[2K');
  });

  it('STEWARD_PROGRESS=off prints nothing', () => {
    const { io, err } = fakeIo({ STEWARD_PROGRESS: 'off' });
    const p = createProgress(io, { tty: true });
    p.step('x');
    p.update(1);
    p.done();
    expect(err).toEqual([]);
  });
});

describe('report HTML escaping', () => {
  it('escapes column names so the report cannot carry markup', () => {
    expect(escapeHtml('<script>"a"&\'b\'</script>')).toBe(
      '&#60;script&#62;&#34;a&#34;&#38;&#39;b&#39;&#60;/script&#62;',
    );
  });
});
