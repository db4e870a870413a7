/**
 * The guidance catalogue's entries (issue 11 §5, cluster action 4): every piece of advice Steward
 * shows where people act, in ONE place. An entry is keyed by form and field (`registry.sensitivity`),
 * names the topic it belongs to, the principles it serves (IASC OG 2023, domain notes §1) and the
 * source document a user can read further. Steward's default texts are the web app's i18n messages
 * `guidance.<id>.title` / `.why`; the cluster may replace them per language for its context
 * (guidance_overrides, migration 0057): the services accept only the ids listed here, and the
 * wording of the checklists' items (`checklist.<kind>.<n>`, migration 0059). Pure data.
 */
import type { Language } from '../i18n/languages';
import type { Principle } from '../diagnostic/model';

export const GUIDANCE_TOPICS = [
  'registry',
  'sharing',
  'publication',
  'referrals',
  'incidents',
  'retention',
  'assessments',
] as const;
export type GuidanceTopic = (typeof GUIDANCE_TOPICS)[number];

/** Public documents the guidance points to (domain notes, "Main sources"). */
export const GUIDANCE_SOURCES = {
  'iasc-og': {
    name: 'IASC Operational Guidance on Data Responsibility in Humanitarian Action (2023)',
    url: 'https://www.im-portal.org/operational-guidance-on-data-responsibility-in-humanitarian-action-IASC',
  },
  'gpc-ch10': {
    name: 'GPC Protection Field Coordination Toolkit, chapter 10',
    url: 'https://globalprotectioncluster.org/node/2217',
  },
  'ocha-gn1': {
    name: 'OCHA Centre for Humanitarian Data, Guidance Note #1: Statistical Disclosure Control',
    url: 'https://reliefweb.int/report/world/guidance-note-1-statistical-disclosure-control',
  },
  'ocha-gn2': {
    name: 'OCHA Centre for Humanitarian Data, Guidance Note #2: Data Incident Management',
    url: 'https://reliefweb.int/report/world/centre-humanitarian-data-guidance-note-series-data-responsibility-humanitarian-action-0',
  },
  'ocha-gn5': {
    name: 'OCHA Centre for Humanitarian Data, Guidance Note #5: Data Impact Assessments',
    url: 'https://www.unglobalpulse.org/document/guidance-note-data-impact-assessments/',
  },
  'ocha-gn8': {
    name: 'OCHA Centre for Humanitarian Data / JIPS, Guidance Note #8: Responsible Approaches to Data Sharing',
    url: 'https://centre.humdata.org/guidance-note-responsible-approaches-to-data-sharing/',
  },
} as const;
export type GuidanceSource = keyof typeof GUIDANCE_SOURCES;

export interface GuidanceEntry {
  /** `<form>.<field>`: the key forms use (`<Guidance id="registry.sensitivity" />`). */
  readonly id: string;
  readonly topic: GuidanceTopic;
  readonly principles: readonly Principle[];
  /** The document to read further (its title stays in its own language, English). */
  readonly source: GuidanceSource;
}

export const GUIDANCE: readonly GuidanceEntry[] = [
  { id: 'registry.purpose', topic: 'registry', principles: ['purpose'], source: 'iasc-og' },
  {
    id: 'registry.sensitivity',
    topic: 'registry',
    principles: ['confidentiality', 'data_security'],
    source: 'iasc-og',
  },
  {
    id: 'registry.personalData',
    topic: 'registry',
    principles: ['personal_data_protection'],
    source: 'gpc-ch10',
  },
  { id: 'registry.aggregation', topic: 'registry', principles: ['confidentiality'], source: 'ocha-gn1' },
  { id: 'registry.retention', topic: 'retention', principles: ['retention'], source: 'iasc-og' },
  {
    id: 'retention.approve',
    topic: 'retention',
    principles: ['retention', 'accountability'],
    source: 'iasc-og',
  },
  {
    id: 'retention.confirmCopy',
    topic: 'retention',
    principles: ['retention', 'coordination'],
    source: 'ocha-gn8',
  },
  { id: 'sharing.purpose', topic: 'sharing', principles: ['purpose', 'fairness'], source: 'ocha-gn8' },
  {
    id: 'sharing.conditions',
    topic: 'sharing',
    principles: ['accountability', 'confidentiality'],
    source: 'ocha-gn8',
  },
  { id: 'sharing.expiry', topic: 'sharing', principles: ['retention'], source: 'ocha-gn8' },
  {
    id: 'publication.threshold',
    topic: 'publication',
    principles: ['confidentiality', 'human_rights'],
    source: 'ocha-gn1',
  },
  {
    id: 'publication.precision',
    topic: 'publication',
    principles: ['data_security', 'people_centred'],
    source: 'gpc-ch10',
  },
  {
    id: 'referrals.consent',
    topic: 'referrals',
    principles: ['personal_data_protection', 'people_centred'],
    source: 'gpc-ch10',
  },
  {
    id: 'referrals.minimum',
    topic: 'referrals',
    principles: ['purpose', 'personal_data_protection'],
    source: 'gpc-ch10',
  },
  {
    id: 'incidents.report',
    topic: 'incidents',
    principles: ['accountability', 'data_security'],
    source: 'ocha-gn2',
  },
  { id: 'incidents.severity', topic: 'incidents', principles: ['data_security'], source: 'ocha-gn2' },
  {
    id: 'assessments.dia',
    topic: 'assessments',
    principles: ['human_rights', 'accountability'],
    source: 'ocha-gn5',
  },
];

/**
 * Checklists before risky actions: every item must be ticked before the action goes through (the
 * web app's <RiskChecklist>). Each names the guidance entry behind it. The cluster may reword an
 * item per language (id `checklist.<kind>.<n>`, decision 0031 addendum) but never remove one: the
 * item count is here, not in the adapted texts.
 */
export const CHECKLISTS = {
  /** Publishing a table or dashboard, to any audience (public, cluster members, one organisation). */
  publish: { items: 4, guidance: 'publication.threshold' },
  /** Approving a share of data the ISP classes High or Severe. */
  'share-high': { items: 4, guidance: 'sharing.conditions' },
  /** Asking for, or approving, a consent override: a referral without the person's consent. */
  'referral-no-consent': { items: 4, guidance: 'referrals.consent' },
  /** Approving the destruction of an entry's data and files. */
  destroy: { items: 3, guidance: 'retention.approve' },
} as const satisfies Record<string, { items: number; guidance: string }>;
export type ChecklistKind = keyof typeof CHECKLISTS;

/** The id of checklist item `n` (1-based), as adapted texts are keyed: `checklist.publish.2`. */
export const checklistItemId = (kind: ChecklistKind, n: number): string => `checklist.${kind}.${n}`;

/** Every checklist item's id, checklist by checklist. */
export const CHECKLIST_ITEM_IDS: readonly string[] = (Object.keys(CHECKLISTS) as ChecklistKind[]).flatMap(
  (kind) => Array.from({ length: CHECKLISTS[kind].items }, (_, i) => checklistItemId(kind, i + 1)),
);

export function isChecklistItemId(value: unknown): value is string {
  return typeof value === 'string' && CHECKLIST_ITEM_IDS.includes(value);
}

/**
 * Every id the cluster may adapt: the catalogue's entries, in catalogue order, then the checklist
 * items.
 */
export const GUIDANCE_IDS: readonly string[] = [...GUIDANCE.map((g) => g.id), ...CHECKLIST_ITEM_IDS];

export function isGuidanceId(value: unknown): value is string {
  return typeof value === 'string' && GUIDANCE_IDS.includes(value);
}

/** Limits of the cluster's adapted texts (characters, after trimming). */
export const GUIDANCE_TITLE_MAX = 120;
export const GUIDANCE_WHY_MAX = 2000;
/** A checklist item's adapted wording is one text (`why`, no title), at most this long. */
export const CHECKLIST_ITEM_MAX = 300;

/** The cluster's adapted text of one entry in one language: a title, a reason, or both. */
export interface GuidanceOverride {
  readonly guidanceId: string;
  readonly language: Language;
  readonly title: string | null;
  readonly why: string | null;
}
