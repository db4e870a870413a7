import type { Actor } from '../types';

export const TOKEN_PREFIX = 'stw_';

export interface LoginInput {
  email: string;
  password: string;
  ip?: string | null;
  userAgent?: string | null;
}

export interface LoginResult {
  sessionToken: string;
  csrfToken: string;
  expiresAt: Date;
  actor: Actor;
}

/** An actor as loaded from the database, before the session or token adds how it came. */
export type LoadedActor = Omit<Actor, 'activeOrganisationId' | 'via'>;

export function minutes(n: number): number {
  return n * 60_000;
}
