import { ServiceError } from '../errors';
import type { Actor, SessionPending } from '../types';

/**
 * The actor must be a signed-in session whose pending step (if any) is one of `allowed`
 * (null in the list: a fully signed-in session). Returns the session id.
 */
export function requireSessionStep(actor: Actor, allowed: readonly (SessionPending | null)[]): string {
  if (actor.via !== 'session' || !actor.sessionId)
    throw new ServiceError('forbidden', 'Only a signed-in session may do this, not an API token.');
  const pending = actor.pending ?? null;
  if (!allowed.includes(pending))
    throw new ServiceError('sign-in-step-required', 'Finish signing in first.', { pending });
  return actor.sessionId;
}
