/**
 * The demo's starter framework: a monthly 5W with the general protection activities Protection
 * Clusters commonly ask partners to report (protection monitoring, psychosocial support, case
 * management, awareness, legal assistance and documentation). Wording and ids are the demo's own.
 */
import type { Framework } from '@steward/core/reporting/index';

const sexAge = { sex: true, age: true, populationGroup: false, disability: false };

export const DEMO_5W_FRAMEWORK: Framework = {
  code: '5w',
  name: 'Monthly 5W — protection (demo)',
  dataType: '3w-4w-5w',
  periodicity: 'monthly',
  adminLevel: 'adm2',
  countryIso3: 'MOZ',
  dueDay: 10,
  indicators: [
    {
      id: 'pm-people',
      activity: 'Protection monitoring',
      label: 'People reached by protection monitoring (individual interviews and household visits)',
      unit: 'people',
      disaggregation: sexAge,
      hasTarget: true,
      reachedNotAboveTargeted: true,
    },
    {
      id: 'pss-people',
      activity: 'Psychosocial support',
      label: 'People who received psychosocial support (individual or group)',
      unit: 'people',
      disaggregation: sexAge,
      hasTarget: true,
      reachedNotAboveTargeted: true,
    },
    {
      id: 'cm-people',
      activity: 'Protection case management',
      label: 'People with specific protection needs supported through case management',
      unit: 'people',
      disaggregation: sexAge,
      hasTarget: true,
      reachedNotAboveTargeted: false,
    },
    {
      id: 'aw-people',
      activity: 'Protection awareness',
      label: 'People reached by awareness sessions on protection risks and available services',
      unit: 'people',
      disaggregation: sexAge,
      hasTarget: true,
      reachedNotAboveTargeted: false,
    },
    {
      id: 'doc-people',
      activity: 'Legal assistance and documentation',
      label: 'People assisted to obtain civil documentation',
      unit: 'people',
      disaggregation: sexAge,
      hasTarget: false,
      reachedNotAboveTargeted: false,
    },
  ],
};
