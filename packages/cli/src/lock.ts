/**
 * An exclusive lock on an embedded data folder, so that a second Steward process (a second
 * `npm start`, or `steward demo` while `steward serve` runs) fails with a clear message instead
 * of opening the same PGlite files twice. The lock is a file beside the folder
 * (`<folder>.lock`) holding the owner's pid; a lock left by a process that no longer exists
 * is taken over.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { CliError } from './framework';

export interface DataFolderLock {
  readonly path: string;
  release(): void;
}

interface LockContent {
  pid: number;
  command: string;
  since: string;
}

export function lockDataFolder(dataDir: string, command: string): DataFolderLock {
  const path = `${dataDir.replace(/[/\\]+$/, '')}.lock`;
  mkdirSync(dirname(path), { recursive: true });
  const content: LockContent = { pid: process.pid, command, since: new Date().toISOString() };
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      writeFileSync(path, JSON.stringify(content), { flag: 'wx', mode: 0o600 });
      let released = false;
      const release = () => {
        if (released) return;
        released = true;
        try {
          const current = JSON.parse(readFileSync(path, 'utf8')) as Partial<LockContent>;
          if (current.pid === process.pid) rmSync(path, { force: true });
        } catch {
          // already gone
        }
      };
      process.once('exit', release);
      return { path, release };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const owner = readOwner(path);
      if (owner && owner.pid !== process.pid && isAlive(owner.pid)) {
        throw new CliError(
          `the data folder ${dataDir} is in use by another Steward process (pid ${owner.pid}, "steward ${owner.command}", since ${owner.since}). ` +
            'Stop that process first, or set STEWARD_DATA_DIR to another folder.',
        );
      }
      rmSync(path, { force: true }); // stale: its owner has gone
    }
  }
  throw new CliError(`could not take the lock ${path} on the data folder ${dataDir}`);
}

function readOwner(path: string): LockContent | null {
  try {
    const parsed = JSON.parse(readFileSync(path, 'utf8')) as Partial<LockContent>;
    return typeof parsed.pid === 'number'
      ? { pid: parsed.pid, command: String(parsed.command ?? '?'), since: String(parsed.since ?? '?') }
      : null;
  } catch {
    return null;
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
