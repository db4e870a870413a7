/**
 * A small command framework for `steward`: commands declare their flags, the framework parses
 * argv strictly (unknown flag → error naming it, missing value → error, bad integer → error),
 * prints `--help`, and turns every failure into one line on stderr and a non-zero exit code.
 *
 * Commands live one per file under ./commands and are listed in ./registry.ts.
 */
import type { Readable } from 'node:stream';

export type FlagType = 'string' | 'boolean' | 'integer';

export interface FlagSpec {
  readonly type: FlagType;
  readonly description: string;
  /** Shown in help as `--flag VALUE`. */
  readonly valueName?: string;
  readonly required?: boolean;
  /** May be given several times; the value is then an array (string flags only). */
  readonly multiple?: boolean;
  /** A one-letter alias typed with a single dash, e.g. `o` for `-o FILE`. */
  readonly short?: string;
}

export type FlagSpecs = Readonly<Record<string, FlagSpec>>;

type ValueOf<S extends FlagSpec> = S['type'] extends 'boolean'
  ? boolean
  : S['type'] extends 'integer'
    ? number
    : S['multiple'] extends true
      ? string[]
      : string;

/** The parsed flags: booleans are always present, required flags are present, others may be undefined. */
export type ParsedFlags<F extends FlagSpecs> = {
  [K in keyof F]: F[K]['type'] extends 'boolean'
    ? boolean
    : F[K]['multiple'] extends true
      ? string[]
      : F[K]['required'] extends true
        ? ValueOf<F[K]>
        : ValueOf<F[K]> | undefined;
};

/** Where a command reads and writes; real process streams in main.ts, captured ones in tests. */
export interface Io {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  readonly stdin: Readable & { isTTY?: boolean };
  readonly env: NodeJS.ProcessEnv;
  readonly cwd: string;
}

export interface CommandContext<F extends FlagSpecs> {
  readonly flags: ParsedFlags<F>;
  readonly positionals: readonly string[];
  readonly io: Io;
}

export interface PositionalSpec {
  readonly name: string;
  readonly description: string;
  readonly required?: boolean;
}

export interface Command<F extends FlagSpecs = FlagSpecs> {
  /** Words typed after `steward`, e.g. `serve` or `user create`. */
  readonly name: string;
  /** One line for `steward --help`. */
  readonly summary: string;
  /** Longer text for `steward NAME --help`. */
  readonly description?: string;
  readonly flags: F;
  readonly positionals?: readonly PositionalSpec[];
  readonly examples?: readonly string[];
  /** Returns the exit code (0 when omitted). Throw CliError for expected failures. */
  run(ctx: CommandContext<F>): Promise<number | void>;
}

/**
 * Declares a command. The flag declarations stay literal so `ctx.flags` is typed from them; the
 * result is a plain `Command` for the registry table.
 */
export function defineCommand<const F extends FlagSpecs>(command: Command<F>): Command {
  return command as unknown as Command;
}

/** An expected failure: printed as one line on stderr, exits with `exitCode`. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode = 1,
  ) {
    super(message);
    this.name = 'CliError';
  }
}

const HELP_FLAGS = new Set(['--help', '-h']);

/** Parses the words after the command name against its flag declarations. */
export function parseFlags<F extends FlagSpecs>(
  command: Command<F>,
  argv: readonly string[],
): { flags: ParsedFlags<F>; positionals: string[] } {
  const values: Record<string, unknown> = {};
  const positionals: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const word = argv[i] as string;
    if (word === '--') {
      positionals.push(...argv.slice(i + 1));
      break;
    }
    if (!word.startsWith('-') || word === '-') {
      positionals.push(word);
      continue;
    }
    let eq: number;
    let name: string;
    if (word.startsWith('--')) {
      eq = word.indexOf('=');
      name = word.slice(2, eq === -1 ? undefined : eq);
    } else {
      const short = Object.entries(command.flags).find(([, s]) => s.short === word.slice(1));
      if (!short) {
        throw new CliError(
          `unknown flag ${word} for "steward ${command.name}" (see steward ${command.name} --help)`,
          2,
        );
      }
      eq = -1;
      name = short[0];
    }
    const spec = Object.hasOwn(command.flags, name) ? command.flags[name] : undefined;
    if (!spec) {
      throw new CliError(
        `unknown flag --${name} for "steward ${command.name}" (see steward ${command.name} --help)`,
        2,
      );
    }
    let raw: string | undefined = eq === -1 ? undefined : word.slice(eq + 1);
    if (spec.type === 'boolean') {
      if (raw !== undefined && raw !== 'true' && raw !== 'false') {
        throw new CliError(`flag --${name} takes no value (got "${raw}")`, 2);
      }
      values[name] = raw !== 'false';
      continue;
    }
    if (raw === undefined) {
      const next = argv[i + 1];
      if (next === undefined || (next.startsWith('--') && next.length > 2)) {
        throw new CliError(`flag --${name} needs a value${spec.valueName ? ` (${spec.valueName})` : ''}`, 2);
      }
      raw = next;
      i++;
    }
    if (spec.type === 'integer') {
      if (!/^-?\d+$/.test(raw)) throw new CliError(`flag --${name} must be a whole number (got "${raw}")`, 2);
      values[name] = Number.parseInt(raw, 10);
    } else if (spec.multiple) {
      ((values[name] ??= []) as string[]).push(raw);
    } else {
      if (values[name] !== undefined) throw new CliError(`flag --${name} is given more than once`, 2);
      values[name] = raw;
    }
  }
  for (const [name, spec] of Object.entries(command.flags)) {
    if (spec.type === 'boolean') values[name] ??= false;
    else if (spec.multiple) values[name] ??= [];
    else if (spec.required && values[name] === undefined) {
      throw new CliError(`missing required flag --${name} for "steward ${command.name}"`, 2);
    }
  }
  const specs = command.positionals ?? [];
  const required = specs.filter((p) => p.required).length;
  if (positionals.length > specs.length) {
    const extra = positionals[specs.length] as string;
    throw new CliError(`unexpected argument "${extra}" for "steward ${command.name}"`, 2);
  }
  if (positionals.length < required) {
    const missing = specs[positionals.length] as PositionalSpec;
    throw new CliError(`missing argument ${missing.name.toUpperCase()} for "steward ${command.name}"`, 2);
  }
  return { flags: values as ParsedFlags<F>, positionals };
}

export function commandHelp(command: Command): string {
  const positional = (command.positionals ?? [])
    .map((p) => (p.required ? p.name.toUpperCase() : `[${p.name.toUpperCase()}]`))
    .join(' ');
  const flagUsage = Object.entries(command.flags)
    .filter(([, s]) => s.required)
    .map(([n, s]) => `${s.short ? `-${s.short}` : `--${n}`} ${valueName(s)}`)
    .join(' ');
  const lines = [
    `Usage: steward ${command.name}${flagUsage ? ` ${flagUsage}` : ''}${Object.values(command.flags).some((s) => !s.required) ? ' [flags]' : ''}${positional ? ` ${positional}` : ''}`,
    '',
    command.description ?? command.summary,
  ];
  const rows: [string, string][] = Object.entries(command.flags).map(([name, spec]) => [
    `${spec.short ? `-${spec.short}, ` : ''}--${name}${spec.type === 'boolean' ? '' : ` ${valueName(spec)}`}`,
    `${spec.description}${spec.required ? ' (required)' : ''}${spec.multiple ? ' (repeatable)' : ''}`,
  ]);
  rows.push(['--help', 'Show this help']);
  for (const p of command.positionals ?? []) rows.unshift([p.name.toUpperCase(), p.description]);
  lines.push('', 'Options:', ...table(rows));
  if (command.examples?.length) lines.push('', 'Examples:', ...command.examples.map((e) => `  ${e}`));
  lines.push('', ENV_HELP);
  return lines.join('\n') + '\n';
}

function valueName(spec: FlagSpec): string {
  return spec.valueName ?? (spec.type === 'integer' ? 'N' : 'VALUE');
}

const ENV_HELP =
  'Environment: DATABASE_URL (postgres://… to use a PostgreSQL server), STEWARD_DATA_DIR (embedded database folder, default ./.steward/data).';

export function globalHelp(commands: readonly Command[]): string {
  return [
    'Usage: steward COMMAND [flags]',
    '',
    'Steward: data responsibility for humanitarian Protection Clusters.',
    '',
    'Commands:',
    ...table(commands.map((c) => [c.name, c.summary])),
    '',
    'Run `steward COMMAND --help` for the flags of a command.',
    ENV_HELP,
    '',
  ].join('\n');
}

function table(rows: readonly (readonly [string, string])[]): string[] {
  const width = Math.max(0, ...rows.map(([a]) => a.length));
  return rows.map(([a, b]) => `  ${a.padEnd(width)}  ${b}`);
}

/** Finds the command whose name matches the most leading words of argv. */
export function findCommand(
  commands: readonly Command[],
  argv: readonly string[],
): { command: Command; rest: string[] } | undefined {
  let best: { command: Command; rest: string[] } | undefined;
  let bestLength = 0;
  for (const command of commands) {
    const words = command.name.split(' ');
    if (words.length > bestLength && words.every((w, i) => argv[i] === w)) {
      best = { command, rest: argv.slice(words.length) };
      bestLength = words.length;
    }
  }
  return best;
}

/**
 * Runs the CLI for argv (the words after `steward`) and returns the exit code. Never throws:
 * every error becomes one line on stderr.
 */
export async function runCli(commands: readonly Command[], argv: readonly string[], io: Io): Promise<number> {
  try {
    const first = argv[0];
    if (first === undefined || HELP_FLAGS.has(first) || first === 'help') {
      const topic = first === 'help' ? argv.slice(1) : [];
      const found = topic.length ? findCommand(commands, topic) : undefined;
      if (topic.length && !found) throw unknownCommand(commands, topic);
      io.stdout(found ? commandHelp(found.command) : globalHelp(commands));
      return first === undefined ? 2 : 0;
    }
    const found = findCommand(commands, argv);
    if (!found) throw unknownCommand(commands, argv);
    const { command, rest } = found;
    if (rest.some((w) => HELP_FLAGS.has(w))) {
      io.stdout(commandHelp(command));
      return 0;
    }
    const { flags, positionals } = parseFlags(command, rest);
    const code = await command.run({ flags, positionals, io });
    return code ?? 0;
  } catch (error) {
    const { message, exitCode } = describeError(error, io.env);
    io.stderr(`steward: ${message}\n`);
    return exitCode;
  }
}

function unknownCommand(commands: readonly Command[], argv: readonly string[]): CliError {
  const group = commands.filter((c) => c.name.startsWith(`${argv[0]} `));
  if (group.length && (argv.length === 1 || HELP_FLAGS.has(argv[1] as string))) {
    const subs = group.map((c) => c.name.split(' ').slice(1).join(' '));
    return new CliError(
      `"steward ${argv[0]}" needs a subcommand: ${subs.join(', ')} (see steward --help)`,
      2,
    );
  }
  const shown = group.length ? argv.slice(0, 2).join(' ') : (argv[0] ?? '');
  return new CliError(`unknown command "${shown}" (see steward --help)`, 2);
}

/** One line for any error: CliError and service errors as they are, others prefixed. */
export function describeError(error: unknown, env: NodeJS.ProcessEnv): { message: string; exitCode: number } {
  if (error instanceof CliError) return { message: error.message, exitCode: error.exitCode };
  const e = error as { name?: unknown; code?: unknown; message?: unknown; stack?: unknown };
  const message = oneLine(typeof e?.message === 'string' ? e.message : String(error));
  if (e?.name === 'ServiceError' && typeof e.code === 'string') return { message, exitCode: 1 };
  // Expected database conditions (@steward/db's DatabaseError codes): the message says what to do.
  if (e?.code === 'database-unavailable' || e?.code === 'database-in-use') return { message, exitCode: 1 };
  const detail = env.STEWARD_DEBUG && typeof e?.stack === 'string' ? `\n${e.stack}` : '';
  return { message: `unexpected error: ${message}${detail}`, exitCode: 1 };
}

function oneLine(text: string): string {
  return text.replace(/\s*\n\s*/g, ' ').trim();
}
