import {
  AGGREGATION_LEVELS,
  APPROACH_NEEDED_BY,
  CONDITION_KINDS,
  DATA_TYPES,
  PURPOSES,
  RECIPIENT_CLASSES,
  isTerm,
  labelOf,
  levelsCoarserOrEqual,
  sharingRank,
  type AggregationLevel,
  type ConditionKind,
  type PurposeId,
  type RecipientClass,
  type SensitivityLevel,
  type SharingApproach,
} from '../vocabulary/index';
import { coveredLevels } from './match';
import { dominanceLabel, dominanceRuleOf } from './dominance';
import type { Condition, Isp, IspRule, IspStatus } from './model';

/**
 * Export of an ISP as ODRL 2.2 policies in JSON-LD, with W3C DPV terms for purposes and data
 * categories. An exchange format only: Steward evaluates its own rules (domain notes §4.3).
 *
 * One `odrl:Set` policy per rule:
 * - a permission to `odrl:distribute` the data type's asset collection to the recipient classes
 *   the rule allows, constrained by aggregation level, names, coordinates, consent, purpose and
 *   (for the agreement approach) an active agreement, with one duty per condition;
 * - a prohibition to distribute to the recipient classes it does not allow.
 * Steward-specific terms (left operands, actions, recipient classes) live in the `steward:`
 * namespace and are described by a profile node in the same graph.
 */

export const ODRL_NS = 'http://www.w3.org/ns/odrl/2/';
export const DPV_NS = 'https://w3id.org/dpv#';
export const DPV_PD_NS = 'https://w3id.org/dpv/pd#';
/** Steward's vocabulary namespace (a URN: Steward owns no public namespace). */
export const STEWARD_NS = 'urn:steward:isp:';
export const STEWARD_PROFILE = 'steward:profile';

/** The JSON-LD @context: prefixes and the ODRL terms used in compact form. */
export const ODRL_CONTEXT = {
  odrl: ODRL_NS,
  dpv: DPV_NS,
  pd: DPV_PD_NS,
  dct: 'http://purl.org/dc/terms/',
  rdfs: 'http://www.w3.org/2000/01/rdf-schema#',
  xsd: 'http://www.w3.org/2001/XMLSchema#',
  steward: STEWARD_NS,
  uid: '@id',
  type: '@type',
  profile: { '@id': 'odrl:profile', '@type': '@id' },
  permission: { '@id': 'odrl:permission', '@container': '@set' },
  prohibition: { '@id': 'odrl:prohibition', '@container': '@set' },
  duty: { '@id': 'odrl:duty', '@container': '@set' },
  target: { '@id': 'odrl:target', '@type': '@id' },
  action: { '@id': 'odrl:action', '@type': '@id' },
  constraint: { '@id': 'odrl:constraint', '@container': '@set' },
  leftOperand: { '@id': 'odrl:leftOperand', '@type': '@id' },
  operator: { '@id': 'odrl:operator', '@type': '@id' },
  rightOperand: { '@id': 'odrl:rightOperand' },
} as const;

/** DPV purpose class of each purpose (DPV has no humanitarian purposes: the nearest broader class). */
export const DPV_PURPOSE: Readonly<Record<PurposeId, string>> = {
  coordination: 'dpv:PublicBenefit',
  'response-planning': 'dpv:PublicBenefit',
  'service-delivery': 'dpv:ServiceProvision',
  'protection-analysis': 'dpv:NonCommercialResearch',
  advocacy: 'dpv:PublicBenefit',
  'monitoring-evaluation': 'dpv:OrganisationGovernance',
  accountability: 'dpv:CommunicationManagement',
  'security-management': 'dpv:EnforceSecurity',
};

/** DPV data categories of each data type of the vocabulary (before names/coordinates). */
export const DPV_DATA_CATEGORIES: Readonly<Record<string, readonly string[]>> = {
  'service-mapping': ['dpv:NonPersonalData'],
  'referral-data': ['dpv:PersonalData', 'dpv:SpecialCategoryPersonalData'],
  'humanitarian-access': ['dpv:NonPersonalData'],
  'needs-assessment': ['dpv:PersonalData', 'pd:Household', 'pd:Demographic'],
  'movement-locations': ['pd:Location', 'pd:Demographic'],
  '3w-4w-5w': ['dpv:NonPersonalData'],
  'community-perception': ['dpv:PersonalData', 'pd:Demographic'],
  distribution: ['dpv:PersonalData', 'pd:Household'],
  'fgd-kii-analysis': ['dpv:PersonalData'],
  'feedback-complaints': ['dpv:PersonalData', 'pd:Communication'],
  'protection-monitoring-case-data': ['dpv:PersonalData', 'dpv:SpecialCategoryPersonalData'],
  'aid-worker-contacts': ['dpv:PersonalData', 'pd:Contact'],
};

/** ODRL action of each condition kind's duty. */
export const CONDITION_ACTION: Readonly<Record<ConditionKind, string>> = {
  'aggregate-to-level': 'odrl:aggregate',
  'suppress-below-n': 'steward:suppressSmallCells',
  'remove-partner-names': 'steward:removePartnerNames',
  'pseudonymise-partner-names': 'steward:pseudonymisePartnerNames',
  'remove-names': 'steward:removePersonalNames',
  'remove-coordinates': 'steward:removeCoordinates',
  'consent-required': 'odrl:obtainConsent',
  'disclosure-control-required': 'steward:applyDisclosureControl',
  'no-onward-sharing': 'steward:refrainFromOnwardSharing',
  'embed-agreement-reference': 'steward:embedAgreementReference',
};

type Json = string | number | boolean | null | Json[] | { [k: string]: Json };
type Node = { [k: string]: Json };

export interface OdrlDocument {
  readonly '@context': typeof ODRL_CONTEXT;
  readonly '@graph': Node[];
}

const levelIri = (l: AggregationLevel) => `steward:level-${l}`;
const recipientIri = (r: RecipientClass) => `steward:recipient-${r}`;
const purposeIri = (p: PurposeId) => `steward:purpose-${p}`;
const slug = (s: string) =>
  s
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '') || 'isp';

function constraint(leftOperand: string, operator: string, rightOperand: Json): Node {
  return { leftOperand, operator, rightOperand };
}
const bool = (v: boolean): Node => ({ '@value': v, '@type': 'xsd:boolean' });

/** Recipient classes a sharing approach allows (empty for `no-share`). */
export function allowedRecipients(sharing: SharingApproach): RecipientClass[] {
  if (sharing === 'no-share') return [];
  return RECIPIENT_CLASSES.ids.filter((r) => sharingRank(APPROACH_NEEDED_BY[r]) >= sharingRank(sharing));
}

function matchConstraints(rule: IspRule): Node[] {
  const out: Node[] = [
    constraint(
      'steward:aggregationLevel',
      'odrl:isAnyOf',
      coveredLevels(rule.aggregation).map((l) => ({ '@id': levelIri(l) })),
    ),
  ];
  if (rule.includesNames !== undefined)
    out.push(constraint('steward:includesNames', 'odrl:eq', bool(rule.includesNames)));
  if (rule.includesCoordinates !== undefined) {
    out.push(constraint('steward:includesCoordinates', 'odrl:eq', bool(rule.includesCoordinates)));
  }
  if (rule.consentObtained !== undefined)
    out.push(constraint('steward:consentObtained', 'odrl:eq', bool(rule.consentObtained)));
  return out;
}

function duty(c: Condition): Node {
  const d: Node = { action: CONDITION_ACTION[c.kind], 'steward:conditionKind': c.kind };
  if (c.kind === 'aggregate-to-level') {
    d.constraint = [
      constraint(
        'steward:aggregationLevel',
        'odrl:isAnyOf',
        levelsCoarserOrEqual(c.level).map((l) => ({ '@id': levelIri(l) })),
      ),
    ];
  } else if (c.kind === 'suppress-below-n') {
    d.constraint = [
      constraint('steward:minimumCellCount', 'odrl:gteq', { '@value': c.n, '@type': 'xsd:integer' }),
    ];
  }
  return d;
}

function targetNode(base: string, rule: IspRule, names: boolean): Node {
  const categories = [...(DPV_DATA_CATEGORIES[rule.dataType] ?? ['dpv:Data'])];
  if (rule.includesNames) categories.push('dpv:IdentifyingPersonalData');
  if (rule.includesCoordinates) categories.push('pd:Location');
  const node: Node = {
    '@id': `${base}/data-type/${rule.dataType}`,
    '@type': 'odrl:AssetCollection',
    'dpv:hasData': [...new Set(categories)].map((c) => ({ '@id': c })),
  };
  if (names && isTerm(DATA_TYPES, rule.dataType)) node['dct:title'] = labelOf(DATA_TYPES, rule.dataType);
  return node;
}

function policy(base: string, ispIri: string, rule: IspRule): Node {
  const allowed = allowedRecipients(rule.sharing);
  const denied = RECIPIENT_CLASSES.ids.filter((r) => !allowed.includes(r));
  const p: Node = {
    uid: `${ispIri}/rule/${encodeURIComponent(rule.id)}`,
    type: 'odrl:Set',
    profile: STEWARD_PROFILE,
    'dct:identifier': rule.id,
    'dct:isPartOf': { '@id': ispIri },
    'steward:dataType': rule.dataType,
    'steward:sensitivity': rule.sensitivity,
    'steward:sharingApproach': rule.sharing,
  };
  if (rule.note !== undefined) p['dct:description'] = rule.note;
  if (rule.source !== undefined) p['dct:source'] = rule.source;
  if (allowed.length > 0) {
    const constraints = [
      constraint(
        'odrl:recipient',
        'odrl:isAnyOf',
        allowed.map((r) => ({ '@id': recipientIri(r) })),
      ),
      ...matchConstraints(rule),
    ];
    if (rule.allowedPurposes !== undefined) {
      constraints.push(
        constraint(
          'odrl:purpose',
          'odrl:isAnyOf',
          rule.allowedPurposes.map((pp) => ({
            '@id': purposeIri(pp),
            '@type': DPV_PURPOSE[pp],
            'rdfs:label': labelOf(PURPOSES, pp),
          })),
        ),
      );
    }
    if (rule.sharing === 'agreement')
      constraints.push(constraint('steward:activeAgreement', 'odrl:eq', bool(true)));
    const permission: Node = {
      target: targetNode(base, rule, true),
      action: 'odrl:distribute',
      constraint: constraints,
    };
    if (rule.conditions.length > 0) permission.duty = rule.conditions.map(duty);
    p.permission = [permission];
  }
  if (denied.length > 0) {
    p.prohibition = [
      {
        target: `${base}/data-type/${rule.dataType}`,
        action: 'odrl:distribute',
        constraint: [
          constraint(
            'odrl:recipient',
            'odrl:isAnyOf',
            denied.map((r) => ({ '@id': recipientIri(r) })),
          ),
          ...matchConstraints(rule),
        ],
      },
    ];
  }
  return p;
}

function profileNode(): Node {
  const term = (id: string, type: string, label: string): Node => ({
    '@id': id,
    '@type': type,
    'rdfs:label': label,
  });
  return {
    '@id': STEWARD_PROFILE,
    '@type': 'dct:Standard',
    'rdfs:label': 'Steward ISP profile of ODRL 2.2',
    'rdfs:seeAlso': [
      term('steward:aggregationLevel', 'odrl:LeftOperand', 'Aggregation level of the data'),
      term('steward:includesNames', 'odrl:LeftOperand', 'The data include names'),
      term('steward:includesCoordinates', 'odrl:LeftOperand', 'The data include coordinates'),
      term('steward:consentObtained', 'odrl:LeftOperand', 'Consent to share was obtained'),
      term(
        'steward:activeAgreement',
        'odrl:LeftOperand',
        'An active data-sharing agreement covers the share',
      ),
      term('steward:minimumCellCount', 'odrl:LeftOperand', 'Smallest published cell count'),
      ...CONDITION_KINDS.terms
        .filter((t) => CONDITION_ACTION[t.id].startsWith('steward:'))
        .map((t) => term(CONDITION_ACTION[t.id], 'odrl:Action', t.label)),
      ...RECIPIENT_CLASSES.terms.map((t) => term(recipientIri(t.id), 'odrl:PartyCollection', t.label)),
      ...AGGREGATION_LEVELS.terms.map((t) => term(levelIri(t.id), 'rdfs:Resource', t.label)),
    ],
  };
}

/**
 * The ISP as an ODRL 2.2 JSON-LD document. `baseIri` names the ISP and its assets
 * (e.g. "https://steward.example.org"); the document is deterministic for the same input.
 */
export function ispToOdrl(isp: Isp, options: { baseIri: string }): OdrlDocument {
  const base = options.baseIri.replace(/\/+$/, '');
  const ispIri = `${base}/isp/${encodeURIComponent(isp.id ?? slug(isp.context))}/v${encodeURIComponent(isp.version)}`;
  const head: Node = {
    '@id': ispIri,
    '@type': 'steward:InformationSharingProtocol',
    'dct:title': isp.context,
    'dct:hasVersion': isp.version,
    'steward:status': isp.status,
    'steward:reviewDue': { '@value': isp.reviewDue, '@type': 'xsd:date' },
    'steward:smallCellThreshold': isp.settings.smallCellThreshold,
    'steward:protectionSmallCellThreshold': isp.settings.protectionSmallCellThreshold,
    'steward:magnitudeDominanceRule': dominanceLabel(dominanceRuleOf(isp.settings)),
    'steward:dataType': [...isp.dataTypes],
  };
  if (isp.note !== undefined) head['dct:description'] = isp.note;
  if (isp.isTemplate) head['steward:isTemplate'] = true;
  return {
    '@context': ODRL_CONTEXT,
    '@graph': [head, profileNode(), ...isp.rules.map((r) => policy(base, ispIri, r))],
  };
}

/** What `readOdrlIsp` recovers from an exported document. */
export interface OdrlIspSummary {
  readonly context: string;
  readonly version: string;
  readonly status: IspStatus;
  readonly reviewDue: string;
  readonly rules: IspRule[];
}

const str = (v: Json | undefined): string => (typeof v === 'string' ? v : '');
const asNode = (v: Json | undefined): Node => (v && typeof v === 'object' && !Array.isArray(v) ? v : {});
const asArray = (v: Json | undefined): Json[] => (Array.isArray(v) ? v : v === undefined ? [] : [v]);
const idOf = (v: Json): string => str(asNode(v)['@id']);
const valueOf = (v: Json | undefined): Json | undefined =>
  v && typeof v === 'object' && !Array.isArray(v) ? v['@value'] : v;
const strip = (iri: string, prefix: string) => (iri.startsWith(prefix) ? iri.slice(prefix.length) : iri);

/**
 * Reads back the key fields of a document produced by `ispToOdrl` (not a general ODRL parser):
 * ISP metadata and, per policy, rule id, data type, aggregation, names, coordinates, consent,
 * sensitivity, sharing approach, conditions, allowed purposes, note and source.
 */
export function readOdrlIsp(doc: OdrlDocument): OdrlIspSummary {
  const graph = doc['@graph'];
  const head = graph.find((n) => n['@type'] === 'steward:InformationSharingProtocol') ?? {};
  const rules: IspRule[] = [];
  for (const p of graph.filter((n) => n.type === 'odrl:Set')) {
    const rule0 = asNode(asArray(p.permission)[0] ?? asArray(p.prohibition)[0]);
    const constraints = asArray(rule0.constraint).map(asNode);
    const find = (lo: string) => constraints.find((c) => c.leftOperand === lo);
    const levels = asArray(find('steward:aggregationLevel')?.rightOperand).map((v) =>
      strip(idOf(v), 'steward:level-'),
    ) as AggregationLevel[];
    const flagOf = (lo: string): boolean | undefined => {
      const c = find(lo);
      return c ? valueOf(c.rightOperand) === true : undefined;
    };
    const purposes = find('odrl:purpose');
    const conditions: Condition[] = asArray(rule0.duty).map((dj) => {
      const d = asNode(dj);
      const kind = str(d['steward:conditionKind']) as ConditionKind;
      const dc = asArray(d.constraint).map(asNode)[0];
      if (kind === 'aggregate-to-level') {
        const ls = asArray(dc?.rightOperand).map((v) => strip(idOf(v), 'steward:level-'));
        return { kind, level: ls[ls.length - 1] as AggregationLevel };
      }
      if (kind === 'suppress-below-n') return { kind, n: Number(valueOf(dc?.rightOperand)) };
      return { kind } as Condition;
    });
    const first = levels[0]!;
    const last = levels[levels.length - 1]!;
    const names = flagOf('steward:includesNames');
    const coords = flagOf('steward:includesCoordinates');
    const consent = flagOf('steward:consentObtained');
    rules.push({
      id: str(p['dct:identifier']),
      dataType: str(p['steward:dataType']),
      aggregation: first === last ? { level: first } : { from: first, to: last },
      ...(names !== undefined ? { includesNames: names } : {}),
      ...(coords !== undefined ? { includesCoordinates: coords } : {}),
      ...(consent !== undefined ? { consentObtained: consent } : {}),
      sensitivity: str(p['steward:sensitivity']) as SensitivityLevel,
      sharing: str(p['steward:sharingApproach']) as SharingApproach,
      conditions,
      ...(purposes
        ? {
            allowedPurposes: asArray(purposes.rightOperand).map(
              (v) => strip(idOf(v), 'steward:purpose-') as PurposeId,
            ),
          }
        : {}),
      ...(p['dct:description'] !== undefined ? { note: str(p['dct:description']) } : {}),
      ...(p['dct:source'] !== undefined ? { source: str(p['dct:source']) } : {}),
    });
  }
  return {
    context: str(head['dct:title']),
    version: str(head['dct:hasVersion']),
    status: str(head['steward:status']) as IspStatus,
    reviewDue: str(valueOf(head['steward:reviewDue'])),
    rules,
  };
}
