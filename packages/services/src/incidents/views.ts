/** What the API returns for an incident and a notification duty. */
import type { IncidentState, Severity } from '@steward/core/incidents/index';
import type { IncidentDutyRow, IncidentRow } from '@steward/db/repositories/incidents';
import type { IncidentNotificationMade, IncidentTreatment } from '@steward/db/schema/incidents';

export interface DutyView {
  id: string;
  agreementId: string;
  agreementReference: string;
  partnerOrganisationId: string | null;
  partner: string;
  done: boolean;
  doneAt: string | null;
  channel: string | null;
}

export interface IncidentView {
  id: string;
  organisationId: string;
  organisation: string;
  title: string;
  type: string;
  personalData: boolean;
  nearMiss: boolean;
  description: string;
  threatSource: string;
  threatEvent: string;
  vulnerability: string;
  adverseImpact: string;
  impactKind: string;
  affectedGroups: string;
  assetIds: string[];
  severity: Severity;
  state: IncidentState;
  reportedAt: string;
  reportedRole: string;
  detectedOn: string | null;
  occurredOn: string | null;
  classifiedAt: string | null;
  treatment: IncidentTreatment[];
  notificationsMade: IncidentNotificationMade[];
  closedAt: string | null;
  closureRationale: string | null;
  lessons: string | null;
  learningRecordedAt: string | null;
  sharedWithCluster: boolean;
  /** When the record was shared with the cluster (null when not shared or withdrawn). */
  sharedAt: string | null;
  clusterRecord: boolean;
  duties: DutyView[];
  /** The actor's organisation reported it (may record facts). */
  own: boolean;
}

export function dutyView(d: IncidentDutyRow): DutyView {
  return {
    id: d.id,
    agreementId: d.agreementId,
    agreementReference: d.agreementReference,
    partnerOrganisationId: d.partnerOrganisationId,
    partner: d.partnerName,
    done: d.doneAt !== null,
    doneAt: d.doneAt?.toISOString() ?? null,
    channel: d.channel,
  };
}

export function incidentView(
  r: IncidentRow,
  acronyms: Map<string, string>,
  duties: readonly IncidentDutyRow[],
  actorOrganisationId: string | null,
): IncidentView {
  return {
    id: r.id,
    organisationId: r.organisationId,
    organisation: acronyms.get(r.organisationId) ?? '?',
    title: r.title,
    type: r.type,
    personalData: r.personalData,
    nearMiss: r.type === 'near-miss',
    description: r.description,
    threatSource: r.threatSource,
    threatEvent: r.threatEvent,
    vulnerability: r.vulnerability,
    adverseImpact: r.adverseImpact,
    impactKind: r.impactKind,
    affectedGroups: r.affectedGroups,
    assetIds: r.assetIds,
    severity: r.severity as Severity,
    state: r.state as IncidentState,
    reportedAt: r.reportedAt.toISOString(),
    reportedRole: r.reportedRole,
    detectedOn: r.detectedAt,
    occurredOn: r.occurredAt,
    classifiedAt: r.classifiedAt?.toISOString() ?? null,
    treatment: r.treatment,
    notificationsMade: r.notificationsMade,
    closedAt: r.closedAt?.toISOString() ?? null,
    closureRationale: r.closureRationale,
    lessons: r.lessons,
    learningRecordedAt: r.learningRecordedAt?.toISOString() ?? null,
    sharedWithCluster: r.sharedWithCluster,
    sharedAt: r.sharedAt?.toISOString() ?? null,
    clusterRecord: r.clusterRecord,
    duties: duties.map(dutyView),
    own: r.organisationId === actorOrganisationId,
  };
}
