/**
 * Demo additions for issue 4: the default ISP template adapted to the demo response and endorsed
 * by every member organisation, a registry of a dozen entries across partners (some with
 * encrypted files, one quarantined), requests and three agreements (active, expiring soon,
 * expired). Runs inside the demo loader's owner transaction. All content is fictional.
 */
import { createHash } from 'node:crypto';
import { conditionKey, defaultIspTemplate, type Isp } from '@steward/core/isp/index';
import type { Tx } from '@steward/db';
import { insertIspVersion, updateIspVersion, upsertEndorsement } from '@steward/db/repositories/isp';
import { findOrganisationByAcronym } from '@steward/db/repositories/organisations';
import {
  insertRegistryChange,
  insertRegistryEntry,
  insertRegistryFile,
} from '@steward/db/repositories/registry';
import {
  insertAgreement,
  insertDataRequest,
  nextAgreementReference,
  updateDataRequest,
} from '@steward/db/repositories/sharing';
import { findUserByEmail } from '@steward/db/repositories/users';
import { insertNotice } from '../notifications/notices';
import { diaRequired, initialEntryStatus } from '@steward/core/assessments/index';
import { demoAuditor } from './demo-audit';
import { entryTrigger } from '../registry/dia';
import { evaluateEntry } from '../isp/decision-point';
import {
  KEY_ID_CONFIGURED,
  encryptFile,
  parseConfiguredKey,
  storedKey,
  type FileKey,
} from '../registry/crypto';
import { quarantineOf, scanFile } from '../registry/files';
import type { RegistryInput } from '../registry/validation';
import type { Context } from '../types';

const day = (now: Date, offset: number) =>
  new Date(now.getTime() + offset * 86_400_000).toISOString().slice(0, 10);

/** The demo's ISP: the default template, adapted (context, version, one stricter rule), not a template any more. */
export function demoIsp(now: Date): Isp {
  const t = defaultIspTemplate({
    context: 'Demo Protection Cluster — Cabo Delgado (fictional)',
    reviewDue: day(now, 365),
    version: '1.0',
  });
  const { isTemplate: _t, ...rest } = t;
  return {
    ...rest,
    status: 'endorsed',
    note: "Adapted by the demo cluster from Steward's default template (a starting point built from real country ISPs). Fictional context.",
  };
}

type Entry = Omit<RegistryInput, 'consentObtained' | 'impactAssessmentRef' | 'lastReviewedOn'> & {
  org: string;
  key: string;
  consentObtained?: boolean;
  impactAssessmentRef?: string | null;
  lastReviewedOffset: number | null;
  nextReviewOffset: number;
  file?: { name: string; csv: string };
};

const base = {
  containsDemographicData: false,
  legalBasis: null,
  accessDescription: 'IM team of the owning organisation; focal point approves other access.',
  retentionPeriod: '2 years after the end of the response',
  destructionMethod: 'Secure deletion from the server and all copies; deletion certificate filed',
  sharedWithCluster: true,
};

function entries(): Entry[] {
  return [
    {
      ...base,
      org: 'DPCCU',
      key: '5w',
      kind: 'asset',
      title: 'Protection 5W — Cabo Delgado, quarterly',
      description: 'Who does what, where, when and for whom: partner activities by district.',
      purpose: 'Response coordination and gap analysis.',
      dataTypes: ['3w-4w-5w'],
      containsPersonalData: false,
      dataSubjects: 'Partner organisations',
      collectionMethod: 'partner-reporting',
      storageLocation: 'Steward (cluster lead instance)',
      aggregationLevel: 'adm2',
      includesNames: true,
      includesCoordinates: false,
      retentionPeriod: '5 years',
      destructionMethod: 'Archive then delete',
      focalPoint: 'Cluster IMO',
      lastReviewedOffset: -40,
      nextReviewOffset: 50,
      file: {
        name: '5w-2026-q1.csv',
        csv: 'province,district,partner,activity,people_reached\nCabo Delgado,Pemba,TRI,Legal aid,340\nCabo Delgado,Montepuez,AMD,Psychosocial support,125\nCabo Delgado,Chiure,BCSA,Child protection case management,88\n',
      },
    },
    {
      ...base,
      org: 'DPCCU',
      key: 'service-map',
      kind: 'asset',
      title: 'Protection service mapping',
      description: 'Protection services by district with partner and service type.',
      purpose: 'Referral pathways and service mapping.',
      dataTypes: ['service-mapping'],
      containsPersonalData: false,
      dataSubjects: 'Service providers',
      collectionMethod: 'partner-reporting',
      storageLocation: 'Steward',
      aggregationLevel: 'adm2',
      includesNames: true,
      includesCoordinates: false,
      focalPoint: 'Cluster coordinator',
      lastReviewedOffset: -200,
      nextReviewOffset: -15,
    },
    {
      ...base,
      org: 'TRI',
      key: 'pm',
      kind: 'asset',
      title: 'Protection monitoring household survey — raw responses',
      description: 'Household-level protection monitoring responses (Kobo).',
      purpose: 'Protection analysis and advocacy.',
      dataTypes: ['protection-monitoring-case-data'],
      containsPersonalData: true,
      containsDemographicData: true,
      legalBasis: 'public-interest',
      dataSubjects: 'IDP and host households',
      collectionMethod: 'household-survey',
      storageLocation: 'KoboToolbox server (EU), TRI SharePoint',
      aggregationLevel: 'household',
      includesNames: false,
      includesCoordinates: true,
      focalPoint: 'TRI protection monitoring coordinator',
      lastReviewedOffset: -30,
      nextReviewOffset: 20,
      impactAssessmentRef: 'TRI-DIA-2025-04',
      sharedWithCluster: true,
      file: {
        name: 'pm-households-sample.csv',
        csv: 'hh_id,district,hh_size,latitude,longitude,main_risk\nH001,Pemba,5,-12.97312,40.51783,Family separation\nH002,Pemba,3,-12.96544,40.52291,Movement restrictions\nH003,Metuge,7,-12.83220,40.41892,Denial of documentation\nH004,Metuge,4,-12.84001,40.42550,Family separation\n',
      },
    },
    {
      ...base,
      org: 'TRI',
      key: 'pm-adm1',
      kind: 'asset',
      title: 'Protection monitoring dashboard — provincial figures',
      description: 'Aggregated protection risks by province and month.',
      purpose: 'Advocacy and public information.',
      dataTypes: ['protection-monitoring-case-data'],
      containsPersonalData: false,
      dataSubjects: 'IDP and host households (aggregated)',
      collectionMethod: 'household-survey',
      storageLocation: 'Steward',
      aggregationLevel: 'adm1',
      includesNames: false,
      includesCoordinates: false,
      focalPoint: 'TRI IM officer',
      lastReviewedOffset: -10,
      nextReviewOffset: 170,
      file: {
        name: 'pm-provincial-figures.csv',
        csv: 'province,month,main_risk,households_reporting\nCabo Delgado,2026-01,Family separation,412\nCabo Delgado,2026-01,Movement restrictions,268\nCabo Delgado,2026-02,Denial of documentation,305\n',
      },
    },
    {
      ...base,
      org: 'TRI',
      key: 'legal-aid',
      kind: 'activity',
      title: 'Legal aid case management',
      description: 'Individual legal assistance cases (documentation, HLP).',
      purpose: 'Service delivery.',
      dataTypes: ['protection-monitoring-case-data', 'referral-data'],
      containsPersonalData: true,
      containsDemographicData: true,
      legalBasis: 'consent',
      dataSubjects: 'Individuals assisted',
      collectionMethod: 'case-management',
      storageLocation: 'TRI case-management system (on premises)',
      aggregationLevel: 'individual',
      includesNames: true,
      includesCoordinates: false,
      focalPoint: 'TRI legal aid manager',
      lastReviewedOffset: -100,
      nextReviewOffset: 80,
      sharedWithCluster: false,
    },
    {
      ...base,
      org: 'BCSA',
      key: 'cp-referrals',
      kind: 'asset',
      title: 'Child protection referral log',
      description: 'Referrals of children at risk between service providers.',
      purpose: 'Service delivery (referrals).',
      dataTypes: ['referral-data'],
      containsPersonalData: true,
      containsDemographicData: true,
      legalBasis: 'vital-interest',
      dataSubjects: 'Children and caregivers',
      collectionMethod: 'case-management',
      storageLocation: 'BCSA CPIMS+',
      aggregationLevel: 'individual',
      includesNames: true,
      includesCoordinates: false,
      focalPoint: 'BCSA CP coordinator',
      lastReviewedOffset: -60,
      nextReviewOffset: 5,
    },
    {
      ...base,
      org: 'BCSA',
      key: 'fgd',
      kind: 'asset',
      title: 'FGD analysis — adolescent girls, Montepuez',
      description: 'Thematic analysis of six focus-group discussions.',
      purpose: 'Protection analysis.',
      dataTypes: ['fgd-kii-analysis'],
      containsPersonalData: false,
      dataSubjects: 'Adolescent girls (aggregated themes)',
      collectionMethod: 'focus-group-discussion',
      storageLocation: 'BCSA SharePoint',
      aggregationLevel: 'adm2',
      includesNames: false,
      includesCoordinates: false,
      focalPoint: 'BCSA MEAL officer',
      lastReviewedOffset: -20,
      nextReviewOffset: 160,
    },
    {
      ...base,
      org: 'AMD',
      key: 'feedback',
      kind: 'asset',
      title: 'Community feedback and complaints log',
      description: 'Feedback received through the hotline and help desks.',
      purpose: 'Accountability to affected people.',
      dataTypes: ['feedback-complaints'],
      containsPersonalData: false,
      dataSubjects: 'Community members',
      collectionMethod: 'feedback-channel',
      storageLocation: 'AMD hotline database',
      aggregationLevel: 'adm3',
      includesNames: false,
      includesCoordinates: false,
      focalPoint: 'AMD AAP focal point',
      lastReviewedOffset: -15,
      nextReviewOffset: 75,
      file: {
        name: 'feedback-export.csv',
        csv: 'date,district,channel,caller_name,phone,category\n2026-01-04,Pemba,Hotline,Amina Salimo,+258841234567,Service quality\n2026-01-05,Metuge,Help desk,Joao Mucavele,+258829876543,Information request\n2026-01-07,Pemba,Hotline,Rosa Nhantumbo,+258845551234,Complaint\n',
      },
    },
    {
      ...base,
      org: 'AMD',
      key: 'distribution',
      kind: 'activity',
      title: 'Dignity kit distribution lists',
      description: 'Beneficiary lists for dignity kit distributions.',
      purpose: 'Service delivery.',
      dataTypes: ['distribution'],
      containsPersonalData: true,
      containsDemographicData: true,
      legalBasis: 'consent',
      dataSubjects: 'Women and girls of reproductive age',
      collectionMethod: 'registration',
      storageLocation: 'AMD laptop (encrypted)',
      aggregationLevel: 'individual',
      includesNames: true,
      includesCoordinates: false,
      focalPoint: 'AMD programme manager',
      lastReviewedOffset: null,
      nextReviewOffset: -3,
      sharedWithCluster: false,
    },
    {
      ...base,
      org: 'RCSN',
      key: 'perception',
      kind: 'asset',
      title: 'Community perception survey — district results',
      description: 'Perceptions of safety and services, aggregated by district.',
      purpose: 'Accountability to affected people.',
      dataTypes: ['community-perception'],
      containsPersonalData: false,
      dataSubjects: 'Community members (aggregated)',
      collectionMethod: 'remote-phone-survey',
      storageLocation: 'RCSN Google Drive (restricted)',
      aggregationLevel: 'adm2',
      includesNames: false,
      includesCoordinates: false,
      focalPoint: 'RCSN coordinator',
      lastReviewedOffset: -5,
      nextReviewOffset: 300,
    },
    {
      ...base,
      org: 'FUDA',
      key: 'sites',
      kind: 'asset',
      title: 'IDP site list with coordinates',
      description: 'Displacement sites, population estimates and GPS coordinates.',
      purpose: 'Response planning and prioritisation.',
      dataTypes: ['movement-locations'],
      containsPersonalData: false,
      dataSubjects: 'Displaced populations (site level)',
      collectionMethod: 'direct-observation',
      storageLocation: 'FUDA DTM database',
      aggregationLevel: 'site',
      includesNames: true,
      includesCoordinates: true,
      focalPoint: 'FUDA IM officer',
      lastReviewedOffset: -25,
      nextReviewOffset: 65,
      file: {
        name: 'idp-sites.csv',
        csv: 'site_name,district,latitude,longitude,households\nSite A (demo),Metuge,-12.8301,40.4172,420\nSite B (demo),Ancuabe,-12.9702,39.8611,260\nSite C (demo),Chiure,-13.4005,39.8823,180\n',
      },
    },
    {
      ...base,
      org: 'FUDA',
      key: 'needs',
      kind: 'asset',
      title: 'Multi-sector needs assessment — district aggregates',
      description: 'MSNA indicators aggregated to district.',
      purpose: 'Response planning and prioritisation.',
      dataTypes: ['needs-assessment'],
      containsPersonalData: false,
      dataSubjects: 'Households (aggregated)',
      collectionMethod: 'household-survey',
      storageLocation: 'FUDA data platform',
      aggregationLevel: 'adm2',
      includesNames: false,
      includesCoordinates: false,
      focalPoint: 'FUDA assessment officer',
      lastReviewedOffset: -90,
      nextReviewOffset: 25,
    },
    {
      ...base,
      org: 'DPDSA',
      key: 'contacts',
      kind: 'asset',
      title: 'Social action focal points contact list',
      description: 'Names and phone numbers of district social action focal points.',
      purpose: 'Response coordination.',
      dataTypes: ['aid-worker-contacts'],
      containsPersonalData: true,
      legalBasis: 'legitimate-interest',
      dataSubjects: 'Government staff',
      collectionMethod: 'other',
      storageLocation: 'DPDSA e-mail',
      aggregationLevel: 'individual',
      includesNames: true,
      includesCoordinates: false,
      focalPoint: 'DPDSA head of department',
      lastReviewedOffset: -300,
      nextReviewOffset: -60,
    },
  ] as Entry[];
}

/** Loads the issue-4 demo content. Called once by the demo loader, inside its transaction. */
export async function loadRegistryDemo(tx: Tx, ctx: Context, now: Date): Promise<void> {
  const org = async (acronym: string) => {
    const o = await findOrganisationByAcronym(tx, acronym);
    if (!o) throw new Error(`demo: organisation ${acronym} missing`);
    return o.id;
  };
  const acr = ['DPCCU', 'FUDA', 'TRI', 'BCSA', 'AMD', 'RCSN', 'DPDSA'];
  const ids = new Map<string, string>();
  for (const a of acr) ids.set(a, await org(a));
  const audit = demoAuditor(tx, now);

  // 1. The endorsed ISP, endorsed by every member organisation.
  const isp = demoIsp(now);
  const coordinator = await findUserByEmail(tx, 'coordinator@demo.example.org');
  // Who speaks for each organisation: the coordinator for the cluster lead, a focal point elsewhere.
  const speakers = new Map<string, Awaited<ReturnType<typeof findUserByEmail>>>();
  for (const a of acr) {
    const email =
      a === 'DPCCU'
        ? 'coordinator@demo.example.org'
        : a === 'TRI'
          ? 'focal-point@demo.example.org'
          : `focal-point.${a.toLowerCase()}@demo.example.org`;
    speakers.set(a, await findUserByEmail(tx, email));
  }
  const speakerName = (a: string) => speakers.get(a)?.displayName ?? `Focal point of ${a} (demo)`;
  // Put to consultation first: members endorse only a version in consultation (migration 0035).
  const version = await insertIspVersion(tx, {
    version: isp.version,
    status: 'in-consultation',
    context: isp.context,
    reviewDue: isp.reviewDue,
    document: { ...isp, status: 'in-consultation' },
    basedOnId: null,
    createdAt: new Date(now.getTime() - 30 * 86_400_000),
    createdBy: coordinator?.id ?? null,
    updatedAt: now,
  });
  for (const [i, a] of acr.entries()) {
    const user = speakers.get(a);
    await upsertEndorsement(tx, {
      ispVersionId: version.id,
      version: isp.version,
      organisationId: ids.get(a)!,
      userId: user?.id ?? null,
      userName: speakerName(a),
      endorsedAt: new Date(now.getTime() - (20 - i) * 86_400_000),
    });
    await audit('isp.endorsed', 'isp-version', version.id, ids.get(a)!, { version: isp.version });
  }
  await updateIspVersion(tx, version.id, { status: 'endorsed', document: isp, endorsedAt: now });
  await audit('isp.status-changed', 'isp-version', version.id, null, {
    version: isp.version,
    from: 'in-consultation',
    to: 'endorsed',
  });

  // 2. The registry.
  const raw = process.env.STEWARD_FILE_KEY;
  const key: FileKey = raw
    ? { id: KEY_ID_CONFIGURED, key: parseConfiguredKey(raw) }
    : await storedKey(tx, ctx.randomBytes, now);
  const entryIds = new Map<string, { id: string; row: Awaited<ReturnType<typeof insertRegistryEntry>> }>();
  /** Each entry's released (not quarantined) file: the version its agreements approve. */
  const releasedFiles = new Map<string, string>();
  for (const e of entries()) {
    const { org: owner, key: k, file, lastReviewedOffset, nextReviewOffset, ...fields } = e;
    const organisationId = ids.get(owner)!;
    const row = await insertRegistryEntry(tx, {
      ...fields,
      // As Steward creates it: a draft when it needs a DIA (the demo DIA activates the ones it covers).
      status: initialEntryStatus(
        diaRequired(entryTrigger(isp, { ...fields, consentObtained: fields.consentObtained ?? false })),
      ),
      consentObtained: fields.consentObtained ?? false,
      impactAssessmentRef: fields.impactAssessmentRef ?? null,
      lastReviewedOn: lastReviewedOffset === null ? null : day(now, lastReviewedOffset),
      nextReviewOn: day(now, nextReviewOffset),
      organisationId,
      createdAt: now,
      createdBy: null,
      updatedAt: now,
    });
    entryIds.set(k, { id: row.id, row });
    await insertRegistryChange(tx, {
      entryId: row.id,
      organisationId,
      at: now,
      actorUserId: null,
      actorName: 'Demo loader',
      action: 'created',
      changes: [{ field: 'title', from: null, to: row.title }],
    });
    await audit('registry.entry-created', 'registry-entry', row.id, organisationId);
    if (file) {
      const bytes = new TextEncoder().encode(file.csv);
      const scan = await scanFile(file.name, bytes);
      const held = quarantineOf(scan, row);
      const enc = encryptFile(key, ctx.randomBytes(12), row.id, 1, bytes, ctx.randomBytes(32));
      const f = await insertRegistryFile(tx, {
        entryId: row.id,
        organisationId,
        name: file.name,
        contentType: 'text/csv',
        size: bytes.length,
        version: 1,
        sha256: createHash('sha256').update(bytes).digest('hex'),
        uploadedAt: now,
        uploadedBy: null,
        findings: scan.findings,
        ...held,
        ...enc,
      });
      if (!f.quarantined) releasedFiles.set(row.id, f.id);
      await audit('registry.file-uploaded', 'registry-file', f.id, organisationId, {
        entryId: row.id,
        version: 1,
        quarantined: f.quarantined,
      });
    }
  }

  // 3. Requests and agreements: active, expiring soon, expired; one pending request.
  const agreementsSpec = [
    {
      // The cluster receives aggregates only: the provincial figures, not the raw responses
      // (which the ISP does not let leave TRI, even under an agreement).
      entry: 'pm-adm1',
      provider: 'TRI',
      recipient: 'DPCCU',
      purpose: 'Protection analysis for the cluster protection analysis update.',
      startsOffset: -30,
      expiresOffset: 180,
    },
    {
      entry: 'sites',
      provider: 'FUDA',
      recipient: 'TRI',
      purpose: 'Planning protection monitoring visits to displacement sites.',
      startsOffset: -80,
      expiresOffset: 10,
    },
    {
      entry: '5w',
      provider: 'DPCCU',
      recipient: 'BCSA',
      purpose: 'Gap analysis for child protection programming.',
      startsOffset: -200,
      expiresOffset: -20,
    },
  ];
  const isp0: Isp = { ...isp, id: version.id };
  for (const s of agreementsSpec) {
    const { id: entryId, row } = entryIds.get(s.entry)!;
    const provider = ids.get(s.provider)!;
    const recipient = ids.get(s.recipient)!;
    const created = new Date(now.getTime() + (s.startsOffset - 3) * 86_400_000);
    const req = await insertDataRequest(tx, {
      registryEntryId: entryId,
      entryTitle: row.title,
      providerOrganisationId: provider,
      requesterOrganisationId: recipient,
      requesterUserId: null,
      contactEmail: `im@${s.recipient.toLowerCase()}.demo.example.org`,
      purpose: s.purpose,
      intendedUse: 'Analysis by the IM team only; no onward sharing; aggregated outputs only.',
      recipients: `${s.recipient} IM team`,
      requestedDurationDays: s.expiresOffset - s.startsOffset,
      status: 'approved',
      createdAt: created,
      decidedAt: created,
    });
    const d = evaluateEntry(isp0, row, { recipient: 'bilateral', activeAgreement: true });
    const reference = await nextAgreementReference(tx, Number(day(now, s.startsOffset).slice(0, 4)));
    const a = await insertAgreement(tx, {
      reference,
      requestId: req.id,
      registryEntryId: entryId,
      entryVersion: row.version,
      providerOrganisationId: provider,
      recipientOrganisationId: recipient,
      purpose: s.purpose,
      conditions: [...d.conditions.map(conditionKey), 'no-onward-sharing'],
      dataTypes: row.dataTypes,
      sensitivity: d.sensitivity,
      startsOn: day(now, s.startsOffset),
      expiresOn: day(now, s.expiresOffset),
      signatories: [
        {
          name: speakerName(s.provider),
          role: 'Provider',
          organisation: s.provider,
          signedOn: day(now, s.startsOffset),
        },
        {
          name: speakerName(s.recipient),
          role: 'Recipient',
          organisation: s.recipient,
          signedOn: day(now, s.startsOffset),
        },
      ],
      fileId: releasedFiles.get(entryId) ?? null,
      createdAt: created,
      createdBy: null,
    });
    await updateDataRequest(tx, req.id, { agreementId: a.id });
    await insertNotice(
      tx,
      {
        organisationId: recipient,
        kind: 'request-approved',
        params: { title: row.title, reference },
        link: `/agreements#agreement-${a.id}`,
      },
      created,
    );
    await audit('sharing.agreement-created', 'agreement', a.id, provider, { reference });
  }
  const pending = entryIds.get('needs')!;
  const pendingReq = await insertDataRequest(tx, {
    registryEntryId: pending.id,
    entryTitle: pending.row.title,
    providerOrganisationId: ids.get('FUDA')!,
    requesterOrganisationId: ids.get('RCSN')!,
    requesterUserId: null,
    contactEmail: 'im@rcsn.demo.example.org',
    purpose: 'Compare perception survey results with district needs.',
    intendedUse: 'Joint analysis with community perception results; aggregated outputs only.',
    recipients: 'RCSN coordinator',
    requestedDurationDays: 90,
    status: 'pending',
    createdAt: now,
  });
  await insertNotice(
    tx,
    {
      organisationId: ids.get('FUDA')!,
      kind: 'request-received',
      params: { title: pending.row.title },
      link: `/agreements#request-${pendingReq.id}`,
    },
    now,
  );
}
