/** What the retention use cases share: running as the actor and today's date. */
import type { Tx } from '@steward/db';
import type { Actor, Context } from '../types';
import { dbActor } from '../util';

export interface RetentionDeps {
  ctx: Context;
  asActor<T>(actor: Actor, fn: (tx: Tx) => Promise<T>): Promise<T>;
  /** Today as YYYY-MM-DD from the injected clock. */
  today(): string;
}

export function createRetentionDeps(ctx: Context): RetentionDeps {
  return {
    ctx,
    asActor: (actor, fn) => ctx.db.withActor(dbActor(actor, ctx.clock()), fn),
    today: () => ctx.clock().toISOString().slice(0, 10),
  };
}
