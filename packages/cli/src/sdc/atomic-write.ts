/**
 * "Nothing written on failure": every output is first written to a temporary file beside its
 * destination, and all of them are renamed into place only once every one was written. A failure
 * removes the temporary files.
 */
import { randomBytes } from 'node:crypto';
import { existsSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { CliError } from '../framework';

export interface PendingOutput {
  readonly path: string;
  readonly content: string | Uint8Array;
}

/** Resolves an output path against cwd and checks its folder exists (before any work is done). */
export function outputPath(cwd: string, file: string, flag: string): string {
  const path = resolve(cwd, file);
  const dir = dirname(path);
  if (!existsSync(dir) || !statSync(dir).isDirectory()) {
    throw new CliError(`cannot write ${flag} "${file}": folder "${dirname(file)}" does not exist`);
  }
  if (existsSync(path) && statSync(path).isDirectory()) {
    throw new CliError(`cannot write ${flag} "${file}": it is a folder`);
  }
  return path;
}

/** Writes all outputs or none. */
export function writeAllOrNothing(outputs: readonly PendingOutput[]): void {
  const temps: { tmp: string; path: string }[] = [];
  try {
    for (const o of outputs) {
      const tmp = join(
        dirname(o.path),
        `.${basename(o.path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`,
      );
      temps.push({ tmp, path: o.path });
      writeFileSync(tmp, o.content, { flag: 'wx' });
    }
    for (const t of temps) renameSync(t.tmp, t.path);
  } catch (error) {
    for (const t of temps) rmSync(t.tmp, { force: true });
    const message = error instanceof Error ? error.message : String(error);
    throw new CliError(`could not write the output: ${message}`);
  }
}
