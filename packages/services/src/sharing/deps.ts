/**
 * What the sharing use cases share: running as the actor (notifications made in the transaction
 * are mailed once it has committed), today's date, organisation acronyms, notifying, finding a
 * request or an agreement the actor can see, and the file an agreement gives now.
 */
import type { Tx } from '@steward/db';
import { listOrganisations } from '@steward/db/repositories/organisations';
import {
  findLatestReleasedFile,
  findRegistryFile,
  type RegistryFileRow,
} from '@steward/db/repositories/registry';
import {
  findAgreement,
  findDataRequest,
  type AgreementRow,
  type DataRequestRow,
} from '@steward/db/repositories/sharing';
import { ServiceError } from '../errors';
import type { MailNotice, MailNotifier } from '../mail/mailer';
import { insertNotice, type Notice } from '../notifications/notices';
import { createKeyResolver } from '../registry/crypto';
import type { Actor, Context } from '../types';
import { dbActor } from '../util';

export interface SharingDeps {
  ctx: Context;
  keys: ReturnType<typeof createKeyResolver>;
  /** Runs as the actor; the notices made in the transaction are mailed after it commits. */
  asActor<T>(actor: Actor, fn: (tx: Tx) => Promise<T>): Promise<T>;
  /** Today as YYYY-MM-DD from the injected clock. */
  today(): string;
  acronyms(tx: Tx): Promise<Map<string, string>>;
  /** An in-app notification, and its e-mail queued for after the commit. */
  notify(tx: Tx, notice: Notice): Promise<void>;
  mustFindRequest(tx: Tx, id: string): Promise<DataRequestRow>;
  mustFindAgreement(tx: Tx, id: string): Promise<AgreementRow>;
  /** The file an agreement gives now: the approved version, or the newest released one. */
  agreementFile(tx: Tx, a: AgreementRow): Promise<RegistryFileRow | null>;
}

export function createSharingDeps(ctx: Context, mail: MailNotifier): SharingDeps {
  // Notifications made in a transaction are mailed once it has committed.
  const outboxes = new WeakMap<Tx, MailNotice[]>();
  return {
    ctx,
    keys: createKeyResolver(ctx),

    async asActor<T>(actor: Actor, fn: (tx: Tx) => Promise<T>) {
      const outbox: MailNotice[] = [];
      const out = await ctx.db.withActor(dbActor(actor, ctx.clock()), (tx) => {
        outboxes.set(tx, outbox);
        return fn(tx);
      });
      mail.send(outbox);
      return out;
    },

    today: () => ctx.clock().toISOString().slice(0, 10),

    async acronyms(tx) {
      return new Map((await listOrganisations(tx)).map((o) => [o.id, o.acronym]));
    },

    async notify(tx, notice) {
      const made = await insertNotice(tx, notice, ctx.clock());
      outboxes.get(tx)?.push({
        organisationId: made.organisationId,
        kind: made.kind,
        params: made.params,
        link: made.link,
        audience: made.audience,
      });
    },

    async mustFindRequest(tx, id) {
      const r = await findDataRequest(tx, id);
      if (!r) throw new ServiceError('not-found', `There is no request ${id} that you can see.`);
      return r;
    },

    async mustFindAgreement(tx, id) {
      const a = await findAgreement(tx, id);
      if (!a) throw new ServiceError('not-found', `There is no agreement ${id} that you can see.`);
      return a;
    },

    async agreementFile(tx, a) {
      if (a.includesLaterVersions) return findLatestReleasedFile(tx, a.registryEntryId);
      return a.fileId ? findRegistryFile(tx, a.registryEntryId, a.fileId) : null;
    },
  };
}
