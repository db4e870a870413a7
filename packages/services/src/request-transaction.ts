/**
 * The transaction a request was authenticated in, left open for the request's own work
 * (`Database.batchHeld`; decision 0013, thirteenth round): authentication and the first transaction
 * of the work are one transaction. Kept beside the actor object that authentication made, so that
 * `dbActor(actor)` hands it to `withActor` (which continues in it while it is open, once); a copy
 * of the actor (`{ ...actor }`) opens a transaction of its own, as every actor did before.
 */
import type { HeldTransaction } from '@steward/db';

const heldByActor = new WeakMap<object, HeldTransaction>();

/** Lets the work of `actor`'s request continue in `held` (nothing when it is no longer open). */
export function continueIn(actor: object, held: HeldTransaction): void {
  if (held.open) heldByActor.set(actor, held);
}

/** The open transaction `actor`'s request may continue in, if any. */
export function heldFor(actor: object): HeldTransaction | undefined {
  const held = heldByActor.get(actor);
  return held?.open ? held : undefined;
}
