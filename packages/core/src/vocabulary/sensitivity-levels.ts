import { defineList, indexOf, parseTerm, type ParseResult } from './controlled-list';

/**
 * The four IASC sensitivity levels (domain notes §3.1). Every definition shares the condition
 * "if the data or information is disclosed or accessed without proper authorization".
 * Ordered low < moderate < high < severe.
 */
export const SENSITIVITY_LEVELS = defineList('sensitivity level', 'sensitivity levels', [
  {
    id: 'low',
    label: 'Low or no sensitivity',
    description:
      'Disclosure or access without proper authorization is unlikely to cause any harm or negative impacts to affected people and/or humanitarian actors.',
    aliases: ['non-sensitive', 'LOW/NON_SENSITIVE'],
  },
  {
    id: 'moderate',
    label: 'Moderate sensitivity',
    description:
      'Disclosure or access without proper authorization is likely to cause minor harm or negative impacts and/or be disadvantageous for affected people and/or humanitarian actors.',
    aliases: ['MODERATE_SENSITIVE'],
  },
  {
    id: 'high',
    label: 'High sensitivity',
    description:
      'Disclosure or access without proper authorization is likely to cause serious harm or negative impacts to affected people and/or humanitarian actors and/or damage to a response.',
    aliases: ['HIGH_SENSITIVE'],
  },
  {
    id: 'severe',
    label: 'Severe sensitivity',
    description:
      'Disclosure or access without proper authorization is likely to cause severe harm or negative impacts and/or damage to affected people and/or humanitarian actors and/or impede the conduct of the work of a response.',
    aliases: ['SEVERE_SENSITIVE'],
  },
]);

export type SensitivityLevel = (typeof SENSITIVITY_LEVELS.ids)[number];

export function parseSensitivity(raw: string): ParseResult<SensitivityLevel> {
  return parseTerm(SENSITIVITY_LEVELS, raw);
}

/** 0 (low) … 3 (severe). */
export function sensitivityRank(level: SensitivityLevel): number {
  return indexOf(SENSITIVITY_LEVELS, level);
}

/** Negative when `a` is less sensitive than `b`, 0 when equal, positive when more. */
export function compareSensitivity(a: SensitivityLevel, b: SensitivityLevel): number {
  return sensitivityRank(a) - sensitivityRank(b);
}

/** The highest of the given levels; `undefined` for none. */
export function maxSensitivity(levels: Iterable<SensitivityLevel>): SensitivityLevel | undefined {
  let best: SensitivityLevel | undefined;
  for (const l of levels) if (best === undefined || compareSensitivity(l, best) > 0) best = l;
  return best;
}
