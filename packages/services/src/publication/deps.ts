/** What the publication use cases share: running as the actor and withdrawing a publication. */
import type { Tx } from '@steward/db';
import { updatePublication, type PublicationRow } from '@steward/db/repositories/publication';
import type { Actor, Context } from '../types';
import { dbActor } from '../util';

export interface PublicationDeps {
  ctx: Context;
  asActor<T>(actor: Actor, fn: (tx: Tx) => Promise<T>): Promise<T>;
  /** Marks a publication unpublished now, by the actor: its public link stops answering. */
  withdraw(tx: Tx, actor: Actor, id: string): Promise<PublicationRow | null>;
}

export function createPublicationDeps(ctx: Context): PublicationDeps {
  return {
    ctx,
    asActor: (actor, fn) => ctx.db.withActor(dbActor(actor, ctx.clock()), fn),
    withdraw: (tx, actor, id) =>
      updatePublication(tx, id, {
        status: 'unpublished',
        unpublishedAt: ctx.clock(),
        unpublishedBy: actor.userId,
      }),
  };
}
