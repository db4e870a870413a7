/** What the directory's use cases share: running as the caller and today's date. */
import type { Tx } from '@steward/db';
import type { Caller, Context } from '../types';
import { sharedParsePool, type ParsePool } from '../uploads/parse-pool';
import { runAs } from '../util';

export interface DirectoryDeps {
  ctx: Context;
  /** Runs `fn` as the caller (the actor under RLS; the system as the owner). */
  as<T>(caller: Caller, fn: (tx: Tx) => Promise<T>): Promise<T>;
  /** Runs `fn` with no actor: RLS shows only what is listed publicly. */
  asPublic<T>(fn: (tx: Tx) => Promise<T>): Promise<T>;
  /** Today as YYYY-MM-DD from the injected clock. */
  today(): string;
  /**
   * A counter of directory writes in this process: the public directory's cache is dropped when
   * it moves, so a partner's new or deleted service shows publicly at once.
   */
  revision(): number;
  /** Called after a write to the directory commits. */
  changed(): void;
  /** The worker that reads uploaded packages off the request path. */
  parse: ParsePool;
}

export function createDirectoryDeps(ctx: Context): DirectoryDeps {
  let revision = 0;
  return {
    revision: () => revision,
    changed: () => {
      revision += 1;
    },
    ctx,
    as: (caller, fn) => runAs(ctx, caller, fn),
    asPublic: (fn) => ctx.db.withAnonymous(fn),
    today: () => ctx.clock().toISOString().slice(0, 10),
    parse: sharedParsePool(),
  };
}
