// Shared by the verdict tests of core (decideVerdict against decide) and services
// (evaluateEntryVerdict against evaluateEntry): the same ISPs and the same list of verdict fields.
import type { IspDecision, IspVerdict } from '../decide';
import type { Isp } from '../model';
import { defaultIspTemplate } from '../template';
import { fixtureIsp } from './fixture-isp';

/** The fields of a verdict: what `decide` gives besides its matched rules and explanation. */
export const VERDICT_FIELDS = [
  'decision',
  'sensitivity',
  'rule',
  'sharing',
  'conditions',
  'reason',
  'ispVersion',
  'recipient',
  'purpose',
  'form',
] as const satisfies readonly (keyof IspVerdict)[];

/** The verdict fields of a full decision, to compare with a verdict. */
export const verdictOf = (d: IspDecision): Record<string, unknown> =>
  Object.fromEntries(VERDICT_FIELDS.map((k) => [k, d[k]]));

/** The ISP a cluster starts from (the product's default template). */
export const templateIsp = (): Isp =>
  defaultIspTemplate({ context: 'Test cluster', reviewDue: '2027-06-30' });

/**
 * The ISPs every verdict test runs on, by name: the hand-written fixture (overlaps, ties, gaps,
 * every way a decision can end) and the default template.
 */
export const verdictIsps = (): readonly (readonly [name: string, isp: Isp])[] => [
  ['fixture ISP', fixtureIsp()],
  ['default template', templateIsp()],
];
