import { describe, expect, it } from 'vitest';
import { DEFAULT_QUESTION_SET } from './default-set';
import {
  ACTIONS,
  answersDiagnostic,
  PRINCIPLES,
  validateQuestionSet,
  type Answer,
  type DiagnosticItem,
} from './model';
import { prefill } from './prefill';
import { compareRounds, gaps, itemsFor, meanScore, scoreRound } from './score';

const items = DEFAULT_QUESTION_SET.items;

describe('default question set', () => {
  it('has at least 40 valid items covering every action and every principle, with guidance and evidence', () => {
    expect(items.length).toBeGreaterThanOrEqual(40);
    expect(validateQuestionSet(items)).toEqual([]);
    for (const a of ACTIONS) expect(items.filter((i) => i.action === a).length).toBeGreaterThanOrEqual(5);
    for (const p of PRINCIPLES) expect(items.some((i) => i.principles.includes(p))).toBe(true);
    for (const i of items) {
      expect(i.guidance.length).toBeGreaterThan(10);
      expect(i.evidence.length).toBeGreaterThan(5);
    }
    expect(
      items
        .filter((i) => i.autoCheck !== undefined)
        .map((i) => i.autoCheck)
        .sort(),
    ).toEqual([
      'agreements_not_expiring',
      'dia_coverage',
      'incidents_open',
      'isp_endorsed',
      'isp_review_current',
      'registry_coverage',
      'registry_reviews_current',
      'retention_overdue',
    ]);
  });

  it('rejects a bad edit', () => {
    const bad: DiagnosticItem[] = [
      { id: 'x', action: 'isp', principles: [], scope: 'both', text: ' ', guidance: '', evidence: '' },
      {
        id: 'x',
        action: 'nope' as 'isp',
        principles: ['bogus' as 'quality'],
        scope: 'both',
        text: 't',
        guidance: '',
        evidence: '',
      },
    ];
    expect(
      validateQuestionSet(bad)
        .map((i) => i.code)
        .sort(),
    ).toEqual([
      'diagnostic.item.duplicate_id',
      'diagnostic.item.empty_text',
      'diagnostic.item.no_principle',
      'diagnostic.item.unknown_action',
      'diagnostic.item.unknown_principle',
    ]);
  });
});

const small: DiagnosticItem[] = [
  {
    id: 'a',
    action: 'isp',
    principles: ['accountability', 'quality'],
    scope: 'cluster',
    text: 'A',
    guidance: '',
    evidence: '',
  },
  { id: 'b', action: 'isp', principles: ['quality'], scope: 'both', text: 'B', guidance: '', evidence: '' },
  {
    id: 'c',
    action: 'registry',
    principles: ['retention'],
    scope: 'member',
    text: 'C',
    guidance: '',
    evidence: '',
  },
  {
    id: 'd',
    action: 'registry',
    principles: ['retention'],
    scope: 'both',
    text: 'D',
    guidance: '',
    evidence: '',
  },
];

describe('scoring', () => {
  it('scores per action, per principle and overall; n/a and unanswered left out', () => {
    const answers: Answer[] = [
      { itemId: 'a', status: 'in_place' },
      { itemId: 'b', status: 'partial' },
      { itemId: 'c', status: 'not_applicable' },
    ];
    const s = scoreRound(small, answers);
    expect(s.byAction.isp.score).toBe(75);
    expect(s.byAction.registry).toMatchObject({ score: null, items: 2, answered: 1, notApplicable: 1 });
    expect(s.byPrinciple.accountability.score).toBe(100);
    expect(s.byPrinciple.quality.score).toBe(75);
    expect(s.byPrinciple.transparency).toMatchObject({ score: null, items: 0 });
    expect(s.overall).toMatchObject({ score: 75, items: 4, answered: 3, inPlace: 1, partial: 1 });
    expect(gaps(small, answers)).toEqual([
      { itemId: 'b', status: 'partial' },
      { itemId: 'd', status: 'unanswered' },
    ]);
  });

  it('gives each party its items, averages parties and compares rounds', () => {
    expect(itemsFor(small, 'member').map((i) => i.id)).toEqual(['b', 'c', 'd']);
    expect(itemsFor(small, 'cluster').map((i) => i.id)).toEqual(['a', 'b', 'd']);
    expect(meanScore([50, null, 100])).toBe(75);
    expect(meanScore([null])).toBeNull();
    const r1 = scoreRound(small, [{ itemId: 'a', status: 'not_in_place' }]);
    const r2 = scoreRound(small, [
      { itemId: 'a', status: 'in_place' },
      { itemId: 'd', status: 'partial' },
    ]);
    const cmp = compareRounds([r1, r2]);
    expect(cmp.overall).toEqual({ key: 'overall', scores: [0, 75], change: 75 });
    expect(cmp.byAction.find((r) => r.key === 'isp')).toEqual({ key: 'isp', scores: [0, 100], change: 100 });
    expect(cmp.byAction.find((r) => r.key === 'registry')).toEqual({
      key: 'registry',
      scores: [null, 50],
      change: null,
    });
  });
});

describe('pre-filled answers', () => {
  it("answers from Steward's own data with evidence, and leaves unknown facts to people", () => {
    const p = prefill(
      items,
      {
        isp: { version: '1.2', endorsed: true, reviewDue: '2026-01-01' },
        registry: { entries: 4, overdueReviews: 1 },
        agreements: { active: 2, expiringWithin30Days: 1 },
        dia: { required: 3, missing: 3 },
      },
      '2026-12-06',
    );
    const by = Object.fromEntries(p.map((x) => [x.itemId, x]));
    expect(by['isp.endorsed']).toMatchObject({
      status: 'in_place',
      evidence: { params: { version: '1.2' } },
      link: '/isp',
    });
    expect(by['isp.review']).toMatchObject({
      status: 'not_in_place',
      evidence: { code: 'diagnostic.evidence.isp_review_overdue' },
    });
    expect(by['reg.coverage']?.status).toBe('in_place');
    expect(by['reg.reviews']?.status).toBe('partial');
    expect(by['isp.agreements-current']?.status).toBe('partial');
    expect(by['des.dia-required']?.status).toBe('not_in_place');
    expect(by['inc.open']).toBeUndefined();
    expect(by['des.destruction']).toBeUndefined();
    expect(prefill(items, { isp: null }, '2026-12-06').find((x) => x.itemId === 'isp.endorsed')?.status).toBe(
      'not_in_place',
    );
    expect(
      prefill(
        items,
        { registry: { entries: 9, overdueReviews: 0, members: 5, membersWithEntries: 3 } },
        '2026-12-06',
      ).find((x) => x.itemId === 'reg.coverage')?.status,
    ).toBe('partial');
  });
});

describe('who answers the diagnostic', () => {
  it('is the focal points and data managers (cluster roles included), not caseworkers or viewers', () => {
    const answering = (
      ['cluster-coordinator', 'cluster-imo', 'partner-focal-point', 'partner-im-officer'] as const
    ).map(answersDiagnostic);
    expect(answering).toEqual([true, true, true, true]);
    expect(answersDiagnostic('caseworker')).toBe(false);
    expect(answersDiagnostic('viewer')).toBe(false);
  });
});
