/**
 * Demo incidents and a retention task (issue 11): an open personal-data incident at TRI linked to
 * one of its agreements (duty not yet done), a closed one with its lessons at FUDA, a near miss
 * just notified at AMD, the cluster's own near miss with a learning note every member reads, and
 * one registry entry with a stored file whose retention period has just ended (not yet approved).
 * Fictional.
 */
import { addMonths } from '@steward/core/retention/index';
import type { Tx } from '@steward/db';
import { queryRows } from '@steward/db';
import { insertIncident, insertIncidentDuty } from '@steward/db/repositories/incidents';
import { findOrganisationByAcronym } from '@steward/db/repositories/organisations';
import { insertRetentionSchedule } from '@steward/db/repositories/retention';
import { sql } from 'drizzle-orm';
import { demoAuditor } from './demo-audit';

export async function loadIncidentsDemo(tx: Tx, now: Date): Promise<void> {
  const audit = demoAuditor(tx, now);
  const org = async (acronym: string) => {
    const o = await findOrganisationByAcronym(tx, acronym);
    if (!o) throw new Error(`demo: organisation ${acronym} missing`);
    return o.id;
  };
  const daysAgo = (n: number) => new Date(now.getTime() - n * 86_400_000);
  const day = (d: Date) => d.toISOString().slice(0, 10);
  const base = {
    treatment: [],
    notificationsMade: [],
    assetIds: [] as string[],
    reportedBy: null,
    updatedAt: now,
  };

  const tri = await org('TRI');
  const open = await insertIncident(tx, {
    ...base,
    organisationId: tri,
    title: 'Distribution list e-mailed to the wrong partner',
    type: 'unauthorised-disclosure',
    personalData: true,
    description: 'A spreadsheet with household names went to a partner outside the agreement.',
    threatSource: 'Staff error',
    threatEvent: 'E-mail sent to a wrong address',
    vulnerability: 'Auto-complete of addresses; no encryption of attachments',
    adverseImpact: 'Households could be identified by people outside the response',
    impactKind: 'potential',
    affectedGroups: 'About 40 households',
    severity: 'high',
    state: 'in_treatment',
    reportedAt: daysAgo(6),
    reportedRole: 'caseworker',
    detectedAt: day(daysAgo(6)),
    classifiedAt: daysAgo(5),
    treatment: [
      {
        id: '5d1b0a6e-1c1f-4d8e-9a51-0b6e7a1c2d01',
        action: 'Ask the recipient to delete the e-mail and confirm',
        owner: 'TRI focal point',
        dueOn: day(daysAgo(4)),
        doneOn: day(daysAgo(4)),
      },
      {
        id: '5d1b0a6e-1c1f-4d8e-9a51-0b6e7a1c2d02',
        action: 'Turn off address auto-complete; encrypt attachments',
        owner: 'TRI IT',
        dueOn: day(daysAgo(-7)),
        doneOn: null,
      },
    ],
  });
  await audit('incident.reported', 'incident', open.id, tri, { type: open.type, severity: open.severity });
  const [agreement] = await queryRows<{
    id: string;
    reference: string;
    provider: string;
    recipient: string | null;
  }>(
    tx,
    sql`select id, reference, provider_organisation_id as provider, recipient_organisation_id as recipient
          from agreements where provider_organisation_id = ${tri} or recipient_organisation_id = ${tri}
         order by reference limit 1`,
  );
  if (agreement) {
    const partner = agreement.provider === tri ? agreement.recipient : agreement.provider;
    const [p] = partner
      ? await queryRows<{ acronym: string }>(tx, sql`select acronym from organisations where id = ${partner}`)
      : [];
    await insertIncidentDuty(tx, {
      incidentId: open.id,
      organisationId: tri,
      agreementId: agreement.id,
      agreementReference: agreement.reference,
      partnerOrganisationId: partner,
      partnerName: p?.acronym ?? 'outside recipient',
    });
  }

  const fuda = await org('FUDA');
  const closed = await insertIncident(tx, {
    ...base,
    organisationId: fuda,
    title: 'Unencrypted laptop stolen from a vehicle',
    type: 'loss-or-theft',
    personalData: true,
    threatSource: 'Criminal',
    threatEvent: 'Theft',
    vulnerability: 'Laptop without disk encryption',
    adverseImpact: 'No evidence the data were accessed',
    impactKind: 'potential',
    severity: 'severe',
    state: 'learning_recorded',
    reportedAt: daysAgo(70),
    reportedRole: 'partner-im-officer',
    classifiedAt: daysAgo(69),
    notificationsMade: [{ recipient: 'dpo', on: day(daysAgo(69)), channel: 'e-mail' }],
    closedAt: daysAgo(40),
    closureRationale: 'Remote wipe confirmed; accounts reset.',
    lessons: 'Disk encryption on every field laptop; no case lists on laptops.',
    learningRecordedAt: daysAgo(35),
  });
  await audit('incident.reported', 'incident', closed.id, fuda, {
    type: closed.type,
    severity: closed.severity,
  });

  const amd = await org('AMD');
  const near = await insertIncident(tx, {
    ...base,
    organisationId: amd,
    title: 'Printed intake forms left in a meeting room',
    type: 'near-miss',
    personalData: true,
    severity: 'moderate',
    state: 'notified',
    reportedAt: daysAgo(1),
    reportedRole: 'caseworker',
  });
  await audit('incident.reported', 'incident', near.id, amd, { type: near.type, severity: near.severity });

  const lead = await org('DPCCU');
  const cluster = await insertIncident(tx, {
    ...base,
    organisationId: lead,
    title: 'Cluster contact list shared in an open chat group',
    type: 'near-miss',
    personalData: true,
    severity: 'moderate',
    state: 'learning_recorded',
    reportedAt: daysAgo(30),
    reportedRole: 'cluster-coordinator',
    classifiedAt: daysAgo(30),
    closedAt: daysAgo(28),
    closureRationale: 'Message removed within minutes; group admins confirmed.',
    lessons:
      'Share contact lists only through Steward or password-protected files; never in open chat groups.',
    learningRecordedAt: daysAgo(27),
    clusterRecord: true,
  });
  await audit('incident.reported', 'incident', cluster.id, lead, {
    type: cluster.type,
    severity: cluster.severity,
  });

  // A retention task: an entry with a stored file, retention ended 3 days ago, not yet approved.
  // Chosen by name, not by id (ids are random and the demo's files share one upload time), and at
  // a partner organisation, whose focal point approves destruction: the same task in every demo.
  const [withFile] = await queryRows<{ entry_id: string; organisation_id: string }>(
    tx,
    sql`select f.entry_id, f.organisation_id from registry_files f
          join organisations o on o.id = f.organisation_id
         where f.destroyed_at is null and o.type not in ('cluster-lead', 'cluster-co-lead')
         order by o.acronym, f.name limit 1`,
  );
  if (withFile) {
    const dueOn = day(daysAgo(3));
    const schedule = await insertRetentionSchedule(tx, {
      organisationId: withFile.organisation_id,
      registryEntryId: withFile.entry_id,
      periodMonths: 12,
      trigger: 'collection',
      triggerOn: addMonths(dueOn, -12),
      dueOn: addMonths(addMonths(dueOn, -12), 12),
      destructionMethod: 'Crypto-shredding of the stored file; delete local copies',
      createdAt: now,
      updatedAt: now,
    });
    await audit('retention.schedule-set', 'retention-schedule', schedule.id, withFile.organisation_id, {
      entryId: withFile.entry_id,
    });
  }
}
