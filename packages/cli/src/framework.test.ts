import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { CliError, type Command, defineCommand, type Io, runCli } from './framework';
import { COMMANDS } from './registry';

function capture(): { io: Io; out: () => string; err: () => string } {
  let out = '';
  let err = '';
  return {
    io: {
      stdout: (t) => (out += t),
      stderr: (t) => (err += t),
      stdin: new PassThrough(),
      env: {},
      cwd: process.cwd(),
    },
    out: () => out,
    err: () => err,
  };
}

const seen: unknown[] = [];
const testCommands: Command[] = [
  defineCommand({
    name: 'thing make',
    summary: 'Make a thing',
    flags: {
      size: { type: 'integer', description: 'How big', required: true },
      label: { type: 'string', description: 'A label', short: 'l' },
      tag: { type: 'string', description: 'Tags', multiple: true },
      loud: { type: 'boolean', description: 'Shout' },
    },
    positionals: [{ name: 'file', description: 'Where' }],
    async run({ flags, positionals }) {
      seen.push({ ...flags, positionals });
      if (flags.size === 13) throw new CliError('unlucky size 13', 3);
      if (flags.size === 14) throw new Error('boom\nsecond line');
      return flags.loud ? 7 : 0;
    },
  }),
  defineCommand({ name: 'thing list', summary: 'List things', flags: {}, run: async () => 0 }),
  defineCommand({ name: 'hello', summary: 'Say hello', flags: {}, run: async () => undefined }),
];

describe('runCli', () => {
  it('parses typed flags, repeated flags, = syntax and positionals', async () => {
    const { io } = capture();
    seen.length = 0;
    const code = await runCli(
      testCommands,
      ['thing', 'make', '--size', '4', '--label=x y', '--tag', 'a', '--tag', 'b', '--loud', 'out.txt'],
      io,
    );
    expect(code).toBe(7);
    expect(seen[0]).toEqual({ size: 4, label: 'x y', tag: ['a', 'b'], loud: true, positionals: ['out.txt'] });
  });

  it('accepts a one-letter alias with a single dash and shows it in help', async () => {
    const c = capture();
    seen.length = 0;
    expect(await runCli(testCommands, ['thing', 'make', '--size', '2', '-l', 'short'], c.io)).toBe(0);
    expect(seen[0]).toMatchObject({ size: 2, label: 'short' });
    expect(await runCli(testCommands, ['thing', 'make', '--size', '2', '-x', 'no'], c.io)).toBe(2);
    expect(c.err()).toContain('unknown flag -x for "steward thing make"');
    const h = capture();
    await runCli(testCommands, ['thing', 'make', '--help'], h.io);
    expect(h.out()).toContain('-l, --label');
  });

  it('rejects an unknown flag by name, on one line, with exit 2', async () => {
    const c = capture();
    expect(await runCli(testCommands, ['thing', 'make', '--size', '1', '--colour', 'red'], c.io)).toBe(2);
    expect(c.err()).toBe(
      'steward: unknown flag --colour for "steward thing make" (see steward thing make --help)\n',
    );
  });

  it('reports a missing required flag, a missing value and a bad integer', async () => {
    let c = capture();
    expect(await runCli(testCommands, ['thing', 'make'], c.io)).toBe(2);
    expect(c.err()).toContain('missing required flag --size');
    c = capture();
    expect(await runCli(testCommands, ['thing', 'make', '--size'], c.io)).toBe(2);
    expect(c.err()).toContain('flag --size needs a value');
    c = capture();
    expect(await runCli(testCommands, ['thing', 'make', '--size', 'big'], c.io)).toBe(2);
    expect(c.err()).toContain('--size must be a whole number (got "big")');
    c = capture();
    expect(await runCli(testCommands, ['thing', 'make', '--size', '1', 'a', 'b'], c.io)).toBe(2);
    expect(c.err()).toContain('unexpected argument "b"');
  });

  it('turns a CliError into its exit code and any other error into one line', async () => {
    let c = capture();
    expect(await runCli(testCommands, ['thing', 'make', '--size', '13'], c.io)).toBe(3);
    expect(c.err()).toBe('steward: unlucky size 13\n');
    c = capture();
    expect(await runCli(testCommands, ['thing', 'make', '--size', '14'], c.io)).toBe(1);
    expect(c.err()).toBe('steward: unexpected error: boom second line\n');
  });

  it('prints global help listing every command, and help per command', async () => {
    let c = capture();
    expect(await runCli(testCommands, ['--help'], c.io)).toBe(0);
    for (const name of ['thing make', 'thing list', 'hello']) expect(c.out()).toContain(name);
    c = capture();
    expect(await runCli(testCommands, ['thing', 'make', '--help'], c.io)).toBe(0);
    expect(c.out()).toContain('Usage: steward thing make --size N [flags] [FILE]');
    expect(c.out()).toContain('--tag VALUE');
    c = capture();
    expect(await runCli(testCommands, ['help', 'hello'], c.io)).toBe(0);
    expect(c.out()).toContain('Usage: steward hello');
  });

  it('names unknown commands and missing subcommands', async () => {
    let c = capture();
    expect(await runCli(testCommands, ['frobnicate'], c.io)).toBe(2);
    expect(c.err()).toBe('steward: unknown command "frobnicate" (see steward --help)\n');
    c = capture();
    expect(await runCli(testCommands, ['thing'], c.io)).toBe(2);
    expect(c.err()).toContain('"steward thing" needs a subcommand: make, list');
    c = capture();
    expect(await runCli(testCommands, ['thing', 'break'], c.io)).toBe(2);
    expect(c.err()).toContain('unknown command "thing break"');
  });
});

describe('the command registry', () => {
  it('has unique names, a summary and help for each command', async () => {
    const names = COMMANDS.map((c) => c.name);
    expect(new Set(names).size).toBe(names.length);
    for (const command of COMMANDS) {
      expect(command.summary.length).toBeGreaterThan(10);
      const c = capture();
      expect(await runCli(COMMANDS, [...command.name.split(' '), '--help'], c.io)).toBe(0);
      expect(c.out()).toContain(`Usage: steward ${command.name}`);
    }
  });

  it('contains the foundation commands', () => {
    expect(COMMANDS.map((c) => c.name)).toEqual(
      expect.arrayContaining(['serve', 'migrate', 'demo', 'user create', 'token create', 'audit verify']),
    );
  });
});
