/** Reading publications: those the actor may see (RLS), one by id, and the public link's snapshot. */
import type { Snapshot } from '@steward/core/publication/index';
import { findPublicSnapshot, findPublication, listPublications } from '@steward/db/repositories/publication';
import { ServiceError } from '../errors';
import type { Actor } from '../types';
import { sha256Hex } from '../util';
import type { PublicationDeps } from './deps';
import type { PublicationView, PublicSnapshotView } from './types';
import { publicationView } from './views';

export interface PublicationReading {
  /** Publications the actor may see (RLS): own organisation's, and those published to it. */
  list(actor: Actor): Promise<PublicationView[]>;
  get(actor: Actor, id: string): Promise<PublicationView>;
  /** The public link: the snapshot of a published public publication, by token; nothing else. */
  publicSnapshot(token: string): Promise<PublicSnapshotView>;
}

export function createPublicationReading(deps: PublicationDeps): PublicationReading {
  const { ctx, asActor } = deps;
  return {
    list(actor: Actor): Promise<PublicationView[]> {
      return asActor(actor, async (tx) => (await listPublications(tx)).map(publicationView));
    },

    async get(actor: Actor, id: string): Promise<PublicationView> {
      const row = await asActor(actor, (tx) => findPublication(tx, id));
      if (!row) throw new ServiceError('not-found', 'No publication you may see has this id.');
      return publicationView(row);
    },

    async publicSnapshot(token: string): Promise<PublicSnapshotView> {
      if (!/^[A-Za-z0-9_-]{20,100}$/.test(token))
        throw new ServiceError('not-found', 'This link does not lead to a publication.');
      const row = await ctx.db.withAnonymous((tx) => findPublicSnapshot(tx, sha256Hex(token)));
      if (!row) throw new ServiceError('not-found', 'This link does not lead to a publication.');
      return {
        title: row.title,
        kind: row.kind,
        dataType: row.dataType,
        aggregation: row.aggregation,
        version: row.version,
        publishedAt: row.publishedAt.toISOString(),
        snapshot: row.snapshot as unknown as Snapshot,
      };
    },
  };
}
