import {
  DATA_TYPES,
  type AggregationLevel,
  type PurposeId,
  type SensitivityLevel,
  type SharingApproach,
} from '../vocabulary/index';
import { DEFAULT_ISP_SETTINGS, type Condition, type Isp, type IspRule } from './model';

/**
 * The default ISP template for a new cluster: a STARTING POINT TO ADAPT, built from the pattern
 * of real country ISPs (domain notes §4.2, from OCHA-DAP/hdx-sdd-pipeline `data/isps.json`).
 * Where the transcribed ISPs disagree it takes the more cautious level ("rather be cautious").
 * It classifies every data type of the vocabulary at every aggregation level, with and without
 * names and coordinates (and with and without consent for aid-worker contacts), without
 * overlaps, so it lints with no issue. Each rule's `source` cites the domain-note row it follows.
 */

type Levels = AggregationLevel | readonly [AggregationLevel, AggregationLevel];
interface Qual {
  names?: boolean;
  coords?: boolean;
  consent?: boolean;
  purposes?: readonly PurposeId[];
}

function rule(
  id: string,
  dataType: string,
  levels: Levels,
  q: Qual,
  sensitivity: SensitivityLevel,
  sharing: SharingApproach,
  conditions: readonly Condition[],
  source: string,
  note?: string,
): IspRule {
  return {
    id,
    dataType,
    aggregation: typeof levels === 'string' ? { level: levels } : { from: levels[0], to: levels[1] },
    ...(q.names !== undefined ? { includesNames: q.names } : {}),
    ...(q.coords !== undefined ? { includesCoordinates: q.coords } : {}),
    ...(q.consent !== undefined ? { consentObtained: q.consent } : {}),
    sensitivity,
    sharing,
    conditions,
    ...(q.purposes !== undefined ? { allowedPurposes: q.purposes } : {}),
    ...(note !== undefined ? { note } : {}),
    source,
  };
}

const ROW = (row: string, cell: string) => `Domain notes §4.2, ${row} row: ${cell}`;
const clean = { names: false, coords: false } as const;
const named = { names: true } as const;
const located = { names: false, coords: true } as const;
const noCoords = { coords: false } as const;
const suppress5: Condition = { kind: 'suppress-below-n', n: 5 };

const RULES: readonly IspRule[] = [
  // ── 3W / 4W / 5W ────────────────────────────────────────────────────────────────────────────
  rule(
    '5w-admin-low',
    '3w-4w-5w',
    ['adm0', 'adm2'],
    noCoords,
    'low',
    'public',
    [],
    ROW(
      '3/4/5W',
      'Low — Afghanistan national/provincial/district; Sudan and Somalia ADM1–ADM2; Yemen national and district',
    ),
    'Somalia removes partner names in some areas: add remove-partner-names where partners are at risk.',
  ),
  rule(
    '5w-adm3-moderate',
    '3w-4w-5w',
    'adm3',
    noCoords,
    'moderate',
    'coordination',
    [],
    ROW(
      '3/4/5W',
      'Moderate — Sudan below ADM2; Cameroon, DRC deeper than ADM3 (Ukraine keeps ADM3 Low in government-controlled areas)',
    ),
  ),
  rule(
    '5w-local-moderate',
    '3w-4w-5w',
    ['adm4', 'adm5'],
    clean,
    'moderate',
    'coordination',
    [],
    ROW(
      '3/4/5W',
      'Moderate — Ukraine ADM4/ADM5; Burundi, Mozambique with encrypted partner names; Myanmar village tract',
    ),
  ),
  rule(
    '5w-local-named-severe',
    '3w-4w-5w',
    ['adm4', 'adm5'],
    { names: true, coords: false },
    'severe',
    'agreement',
    [],
    ROW('3/4/5W', 'Severe — Ukraine ADM4/ADM5; Mozambique the 5W dataset without encryption'),
  ),
  rule(
    '5w-site-severe',
    '3w-4w-5w',
    ['site', 'individual'],
    noCoords,
    'severe',
    'agreement',
    [],
    ROW('3/4/5W', 'Severe — oPt settlement/site level'),
  ),
  rule(
    '5w-coordinates-severe',
    '3w-4w-5w',
    ['adm0', 'individual'],
    { coords: true },
    'severe',
    'agreement',
    [],
    ROW('3/4/5W', 'Severe — oPt settlement/site level') + '; §12: coordinates are DII',
  ),

  // ── Service mapping ─────────────────────────────────────────────────────────────────────────
  rule(
    'sm-admin-low',
    'service-mapping',
    ['adm0', 'adm3'],
    noCoords,
    'low',
    'public',
    [],
    ROW('Service mapping', 'Low — Burundi, Mozambique presence map (partner name, location) by cluster'),
  ),
  rule(
    'sm-local-moderate',
    'service-mapping',
    ['adm4', 'site'],
    noCoords,
    'moderate',
    'coordination',
    [],
    ROW('Service mapping', 'Moderate — Syria protection sector service mapping'),
  ),
  rule(
    'sm-staff-high',
    'service-mapping',
    ['household', 'individual'],
    noCoords,
    'high',
    'on-request',
    [],
    ROW('Service mapping', 'High — Mozambique presence map with number of staff'),
    'Below site level service mapping describes staff or individual service points.',
  ),
  rule(
    'sm-coordinates-high',
    'service-mapping',
    ['adm0', 'individual'],
    { coords: true },
    'high',
    'on-request',
    [],
    ROW('Service mapping', 'High — Mozambique') +
      '; §4.2 note: facility coordinates range from Low (oPt, Somalia) to Severe (Ukraine)',
    'Adjust to the context: facility points may be Low where services are public, Severe in conflict areas.',
  ),

  // ── Referral data ───────────────────────────────────────────────────────────────────────────
  rule(
    'ref-aggregate-high',
    'referral-data',
    ['adm0', 'adm2'],
    clean,
    'high',
    'on-request',
    [suppress5],
    "Steward's choice for aggregate referral statistics (no country ISP classifies them); §11 protection tables: threshold 5",
    'Only counts without names or locations; the referral forms themselves are Severe.',
  ),
  rule(
    'ref-aggregate-named-severe',
    'referral-data',
    ['adm0', 'adm2'],
    named,
    'severe',
    'agreement',
    [],
    ROW('Referral data', 'Severe — Burundi, Mozambique referral reports/forms'),
  ),
  rule(
    'ref-aggregate-located-severe',
    'referral-data',
    ['adm0', 'adm2'],
    located,
    'severe',
    'agreement',
    [],
    ROW('Referral data', 'Severe — Sudan individual GBV cases with locations and service providers'),
  ),
  rule(
    'ref-local-severe',
    'referral-data',
    ['adm3', 'site'],
    {},
    'severe',
    'agreement',
    [],
    ROW('Referral data', 'Severe — Burundi, Mozambique referral reports/forms'),
  ),
  rule(
    'ref-personal-consent-partner',
    'referral-data',
    ['household', 'individual'],
    { consent: true },
    'severe',
    'agreement',
    [],
    ROW('Referral data', 'Severe — referral forms') + '; §4.4 partner_to_partner; domain.md §10.1',
    "A referral with the person's consent goes end-to-end encrypted to the receiving partner only, through a service that accepts referrals in the directory (its standing referral agreement).",
  ),
  rule(
    'ref-personal-not-shared',
    'referral-data',
    ['household', 'individual'],
    { consent: false },
    'severe',
    'no-share',
    [],
    ROW('Referral data', 'Severe — referral forms; Sudan individual GBV cases') + '; §4.4 partner_to_partner',
    "Referrals move directly between service providers with the person's consent, never through the cluster.",
  ),

  // ── Humanitarian access ─────────────────────────────────────────────────────────────────────
  rule(
    'acc-admin-low',
    'humanitarian-access',
    ['adm0', 'adm2'],
    clean,
    'low',
    'public',
    [],
    ROW('Humanitarian access', 'Low — Iraq, Yemen district; Myanmar township; Ukraine ADM2'),
  ),
  rule(
    'acc-local-moderate',
    'humanitarian-access',
    ['adm3', 'adm5'],
    clean,
    'moderate',
    'coordination',
    [],
    ROW(
      'Humanitarian access',
      'Moderate — Ukraine restrictions at ADM3 or lower; Somalia restrictions aggregated to ADM2',
    ),
  ),
  rule(
    'acc-site-high',
    'humanitarian-access',
    'site',
    clean,
    'high',
    'on-request',
    [],
    ROW('Humanitarian access', 'High — Niger road axes with and without escorts'),
  ),
  rule(
    'acc-named-severe',
    'humanitarian-access',
    ['adm0', 'site'],
    named,
    'severe',
    'agreement',
    [],
    ROW('Humanitarian access', 'Severe — Somalia access actor mapping'),
  ),
  rule(
    'acc-located-high',
    'humanitarian-access',
    ['adm0', 'site'],
    located,
    'high',
    'on-request',
    [],
    ROW(
      'Humanitarian access',
      'High — Niger road axes; Moderate — Cameroon, DRC access maps (the more cautious level kept)',
    ),
  ),
  rule(
    'acc-records-severe',
    'humanitarian-access',
    ['household', 'individual'],
    {},
    'severe',
    'agreement',
    [],
    ROW(
      'Humanitarian access',
      'Severe — Somalia security and access incident records; Mozambique non-aggregated access/security data',
    ),
  ),

  // ── Needs assessment ────────────────────────────────────────────────────────────────────────
  rule(
    'na-admin-low',
    'needs-assessment',
    ['adm0', 'adm1'],
    clean,
    'low',
    'public',
    [],
    ROW('Needs assessment', 'Low — Afghanistan national-level HNO data; Somalia, oPt aggregated to ADM2'),
  ),
  rule(
    'na-district-moderate',
    'needs-assessment',
    'adm2',
    clean,
    'moderate',
    'coordination',
    [],
    ROW(
      'Needs assessment',
      'Moderate — Afghanistan, Iraq aggregated to district; Ukraine ADM2 or lower (more cautious than Somalia, oPt)',
    ),
  ),
  rule(
    'na-local-high',
    'needs-assessment',
    ['adm3', 'site'],
    clean,
    'high',
    'on-request',
    [],
    ROW(
      'Needs assessment',
      'High — Afghanistan aggregated to community; Ukraine ADM3 or lower; Somalia anonymised results at ADM3',
    ),
  ),
  rule(
    'na-named-severe',
    'needs-assessment',
    ['adm0', 'site'],
    named,
    'severe',
    'agreement',
    [],
    ROW(
      'Needs assessment',
      'Severe — raw or household-level responses (Afghanistan, Iraq, Myanmar, Yemen, oPt, Ukraine, Sudan)',
    ),
  ),
  rule(
    'na-located-high',
    'needs-assessment',
    ['adm0', 'site'],
    located,
    'high',
    'on-request',
    [{ kind: 'remove-coordinates' }],
    ROW('Needs assessment', 'High — Ukraine ADM3 or lower') +
      '; §12: survey cluster points are displaced or replaced by P-codes',
  ),
  rule(
    'na-household-severe',
    'needs-assessment',
    ['household', 'individual'],
    {},
    'severe',
    'agreement',
    [],
    ROW(
      'Needs assessment',
      'Severe — raw or household-level responses (Afghanistan, Iraq, Myanmar, Yemen, oPt, Ukraine, Sudan)',
    ),
  ),

  // ── Movement and locations of affected people ───────────────────────────────────────────────
  rule(
    'mov-admin-low',
    'movement-locations',
    ['adm0', 'adm2'],
    clean,
    'low',
    'public',
    [],
    ROW(
      'Movement and locations',
      'Low — oPt IDP tracking and daily population estimates at ADM2; Niger figures on displaced populations',
    ),
  ),
  rule(
    'mov-local-moderate',
    'movement-locations',
    ['adm3', 'site'],
    clean,
    'moderate',
    'coordination',
    [],
    ROW(
      'Movement and locations',
      'Moderate — oPt IDP tracking at ADM3 or lower; Niger IDP sites; Ukraine collective sites with site names',
    ),
  ),
  rule(
    'mov-located-high',
    'movement-locations',
    ['adm0', 'site'],
    located,
    'high',
    'on-request',
    [],
    ROW(
      'Movement and locations',
      'High — Ukraine, oPt collective site data with coordinates; Mozambique GPS coordinates of sites',
    ),
  ),
  rule(
    'mov-named-severe',
    'movement-locations',
    ['adm0', 'site'],
    named,
    'severe',
    'agreement',
    [],
    ROW('Distribution', 'Severe — personal data of people served, in every ISP') +
      '; Somalia mapping of minority groups (Severe)',
  ),
  rule(
    'mov-household-severe',
    'movement-locations',
    ['household', 'individual'],
    {},
    'severe',
    'agreement',
    [],
    ROW(
      'Movement and locations',
      'Severe — Ukraine, oPt live population-movement data from device metadata or satellite imagery',
    ),
  ),

  // ── Community perception ────────────────────────────────────────────────────────────────────
  rule(
    'cp-admin-low',
    'community-perception',
    ['adm0', 'adm1'],
    clean,
    'low',
    'public',
    [],
    ROW(
      'Community perception; feedback and complaints',
      'Low — Afghanistan national/provincial dashboards; Sudan trends and analysis',
    ),
  ),
  rule(
    'cp-district-moderate',
    'community-perception',
    'adm2',
    clean,
    'moderate',
    'coordination',
    [],
    ROW('Community perception; feedback and complaints', 'Moderate — Afghanistan district-level aggregates'),
  ),
  rule(
    'cp-local-high',
    'community-perception',
    ['adm3', 'site'],
    clean,
    'high',
    'on-request',
    [],
    ROW(
      'Community perception; feedback and complaints',
      'High — Afghanistan community level; Sudan sensitive cases at ADM3',
    ),
  ),
  rule(
    'cp-named-severe',
    'community-perception',
    ['adm0', 'site'],
    named,
    'severe',
    'agreement',
    [],
    ROW(
      'Community perception; feedback and complaints',
      'Severe — Ukraine, oPt messages received through AAP/CwC channels',
    ),
  ),
  rule(
    'cp-located-high',
    'community-perception',
    ['adm0', 'site'],
    located,
    'high',
    'on-request',
    [],
    ROW('Community perception; feedback and complaints', 'High — community level') +
      '; §12: coordinates are DII',
  ),
  rule(
    'cp-raw-severe',
    'community-perception',
    ['household', 'individual'],
    {},
    'severe',
    'agreement',
    [],
    ROW('Community perception; feedback and complaints', 'Severe — Afghanistan raw CFM data'),
  ),

  // ── Feedback and complaints ─────────────────────────────────────────────────────────────────
  rule(
    'fc-admin-low',
    'feedback-complaints',
    ['adm0', 'adm1'],
    clean,
    'low',
    'public',
    [],
    ROW(
      'Community perception; feedback and complaints',
      'Low — Afghanistan national/provincial CFM dashboards (excluding SEA); Sudan CFM trends',
    ),
    'Any SEA data is Severe (Afghanistan): keep it out of these aggregates.',
  ),
  rule(
    'fc-district-moderate',
    'feedback-complaints',
    'adm2',
    clean,
    'moderate',
    'coordination',
    [],
    ROW(
      'Community perception; feedback and complaints',
      'Moderate — Afghanistan district-level CFM aggregates; Sudan partner CFM submissions',
    ),
  ),
  rule(
    'fc-local-high',
    'feedback-complaints',
    ['adm3', 'site'],
    clean,
    'high',
    'on-request',
    [],
    ROW(
      'Community perception; feedback and complaints',
      'High — Afghanistan community-level CFM; Sudan CFM sensitive cases at ADM3',
    ),
  ),
  rule(
    'fc-named-severe',
    'feedback-complaints',
    ['adm0', 'site'],
    named,
    'severe',
    'agreement',
    [],
    ROW('Community perception; feedback and complaints', 'Severe — Ukraine, oPt PSEA form information'),
  ),
  rule(
    'fc-located-high',
    'feedback-complaints',
    ['adm0', 'site'],
    located,
    'high',
    'on-request',
    [],
    ROW('Community perception; feedback and complaints', 'High — community level') +
      '; §12: coordinates are DII',
  ),
  rule(
    'fc-raw-severe',
    'feedback-complaints',
    ['household', 'individual'],
    {},
    'severe',
    'agreement',
    [],
    ROW(
      'Community perception; feedback and complaints',
      'Severe — Afghanistan raw CFM data and any SEA data',
    ),
  ),

  // ── Distribution ────────────────────────────────────────────────────────────────────────────
  rule(
    'dist-clean-moderate',
    'distribution',
    ['adm0', 'site'],
    clean,
    'moderate',
    'coordination',
    [],
    ROW(
      'Distribution',
      'Moderate — Burundi, Mozambique stock reports without partner names or exact locations; Niger pre-positioning of stocks',
    ),
  ),
  rule(
    'dist-named-high',
    'distribution',
    ['adm0', 'site'],
    named,
    'high',
    'on-request',
    [],
    ROW(
      'Distribution',
      'Moderate only without partner names (Burundi, Mozambique): with names one level higher',
    ),
  ),
  rule(
    'dist-located-severe',
    'distribution',
    ['adm0', 'site'],
    located,
    'severe',
    'agreement',
    [],
    ROW('Distribution', 'Severe — Syria warehouse locations'),
  ),
  rule(
    'dist-beneficiaries-severe',
    'distribution',
    ['household', 'individual'],
    {},
    'severe',
    'agreement',
    [],
    ROW('Distribution', 'Severe — beneficiary lists / personal data of people served, in every ISP'),
  ),

  // ── FGD / KII analysis ──────────────────────────────────────────────────────────────────────
  rule(
    'fgd-report-high',
    'fgd-kii-analysis',
    ['adm0', 'site'],
    clean,
    'high',
    'on-request',
    [],
    ROW(
      'FGD / KII analysis',
      'High — Burundi, Mozambique rapid-assessment reports aggregating FGDs/KIIs, no disaggregation',
    ),
  ),
  rule(
    'fgd-named-severe',
    'fgd-kii-analysis',
    ['adm0', 'site'],
    named,
    'severe',
    'agreement',
    [],
    ROW('FGD / KII analysis', 'Severe — Sudan personal data of key informants'),
  ),
  rule(
    'fgd-located-severe',
    'fgd-kii-analysis',
    ['adm0', 'site'],
    located,
    'severe',
    'agreement',
    [],
    ROW('FGD / KII analysis', 'Severe — Burundi, Mozambique raw FGD/KII responses') +
      '; §12: coordinates are DII',
  ),
  rule(
    'fgd-raw-severe',
    'fgd-kii-analysis',
    ['household', 'individual'],
    {},
    'severe',
    'agreement',
    [],
    ROW('FGD / KII analysis', 'Severe — Burundi, Mozambique raw FGD/KII responses'),
  ),

  // ── Protection monitoring and case data ─────────────────────────────────────────────────────
  rule(
    'pm-state-low',
    'protection-monitoring-case-data',
    ['adm0', 'adm1'],
    clean,
    'low',
    'public',
    [suppress5],
    ROW(
      'Protection monitoring, case data',
      'Low — Somalia risk-monitoring results at state level; Sudan hotspot data at ADM2',
    ) + '; §11 protection tables: threshold 5',
  ),
  rule(
    'pm-district-moderate',
    'protection-monitoring-case-data',
    ['adm2', 'adm3'],
    clean,
    'moderate',
    'coordination',
    [suppress5],
    ROW(
      'Protection monitoring, case data',
      'Moderate — Burundi, Mozambique reports at commune/district; Yemen district level',
    ),
  ),
  rule(
    'pm-local-high',
    'protection-monitoring-case-data',
    ['adm4', 'site'],
    clean,
    'high',
    'on-request',
    [suppress5],
    ROW(
      'Protection monitoring, case data',
      'High — Cameroon (Extrême-Nord) individual data related to GBV and protection (local aggregates kept one level below Severe)',
    ),
  ),
  rule(
    'pm-named-severe',
    'protection-monitoring-case-data',
    ['adm0', 'site'],
    named,
    'severe',
    'agreement',
    [],
    ROW(
      'Protection monitoring, case data',
      'Severe — DRC contact details of authors of alerts, confidential notes on human rights violations',
    ),
  ),
  rule(
    'pm-located-severe',
    'protection-monitoring-case-data',
    ['adm0', 'site'],
    located,
    'severe',
    'agreement',
    [],
    ROW('Protection monitoring, case data', 'Severe — oPt GBV and CP case-management data') +
      '; §12: oPt attacks with coordinates Severe',
  ),
  rule(
    'pm-case-not-shared',
    'protection-monitoring-case-data',
    ['household', 'individual'],
    {},
    'severe',
    'no-share',
    [],
    ROW(
      'Protection monitoring, case data',
      'Severe — Sudan case-management and incident data; oPt GBV and CP case data; Somalia GBV and SEA case data',
    ) + '; §4.5 GBVIMS',
    'Case files stay with the case-management agency; only aggregates that pass disclosure control leave.',
  ),

  // ── Aid-worker contacts ─────────────────────────────────────────────────────────────────────
  rule(
    'awc-consent-low',
    'aid-worker-contacts',
    ['adm0', 'individual'],
    { coords: false, consent: true },
    'low',
    'coordination',
    [],
    ROW('Aid-worker contacts', 'Low — oPt, Ukraine if consent to share was obtained'),
    'Contact lists serve coordination: shared with members, not published.',
  ),
  rule(
    'awc-no-consent-high',
    'aid-worker-contacts',
    ['adm0', 'individual'],
    { coords: false, consent: false },
    'high',
    'on-request',
    [],
    ROW(
      'Aid-worker contacts',
      'High — Afghanistan, Burundi, Iraq, Myanmar, Mozambique, Somalia, Yemen; oPt, Ukraine, Sudan if consent was not obtained',
    ),
    undefined,
  ),
  rule(
    'awc-located-severe',
    'aid-worker-contacts',
    ['adm0', 'individual'],
    { coords: true },
    'severe',
    'agreement',
    [],
    ROW(
      'Aid-worker contacts',
      'Severe — Syria names and locations of humanitarian workers; Cameroon, DRC personal contact details',
    ),
  ),
];

export const TEMPLATE_NOTE =
  'Default template: a starting point built from the pattern of real country ISPs (Steward domain notes §4.2). ' +
  'It is not endorsed by anyone. Review every rule with the cluster members and adapt levels, sharing approaches, ' +
  'conditions and data types to your context before consultation and endorsement.';

/**
 * A fresh copy of the default template. `reviewDue` is passed in (core has no clock).
 * Status `draft`, `isTemplate: true`: endorsement is refused until a cluster adapts it and
 * clears the flag.
 */
export function defaultIspTemplate(options: { context: string; reviewDue: string; version?: string }): Isp {
  return {
    context: options.context,
    version: options.version ?? '0.1',
    status: 'draft',
    reviewDue: options.reviewDue,
    dataTypes: [...DATA_TYPES.ids],
    settings: { ...DEFAULT_ISP_SETTINGS, protectionDataTypes: [...DEFAULT_ISP_SETTINGS.protectionDataTypes] },
    rules: RULES.map((r) => ({ ...r, conditions: [...r.conditions] })),
    note: TEMPLATE_NOTE,
    isTemplate: true,
  };
}
