import '../../i18n/all-locales';
import { describe, expect, it } from 'vitest';
import { defaultIspTemplate } from '@steward/core/isp/index';
import { createTranslator } from '../../i18n/locales';
import { whyText } from '../isp/labels';
import type { RegistrySummary } from './registry-api';
import {
  adviceFor,
  emptyInput,
  filterAndSort,
  previewDecision,
  toPayload,
  validateEntry,
} from './registry-logic';

const TODAY = '2026-01-15';

function valid() {
  return {
    ...emptyInput(TODAY),
    title: 'Protection monitoring 2026',
    description: 'Monthly household interviews',
    purpose: 'Protection analysis',
    dataTypes: ['protection-monitoring-case-data'],
    dataSubjects: 'IDPs',
    collectionMethod: 'household-survey',
    storageLocation: 'Kobo, EU',
    accessDescription: 'PM team',
    aggregationLevel: 'household',
    retentionPeriod: '2 years',
    destructionMethod: 'Secure deletion',
    focalPoint: 'Amina',
    nextReviewOn: '2026-06-30',
  };
}

describe('validateEntry', () => {
  it('accepts a complete entry', () => {
    expect(validateEntry(valid(), TODAY)).toEqual({});
  });

  it('names every missing required field', () => {
    const errors = validateEntry(emptyInput(TODAY), TODAY);
    expect(errors.title).toBe('reg.error.required');
    expect(errors.dataTypes).toBe('reg.error.dataTypes');
    expect(errors.focalPoint).toBe('reg.error.required');
    expect(errors.nextReviewOn).toBe('reg.error.required');
    expect(errors.legalBasis).toBeUndefined();
  });

  it('requires a legal basis for personal data or names', () => {
    expect(validateEntry({ ...valid(), containsPersonalData: true }, TODAY).legalBasis).toBe(
      'reg.error.legalBasis',
    );
    expect(validateEntry({ ...valid(), includesNames: true }, TODAY).legalBasis).toBe('reg.error.legalBasis');
    expect(validateEntry({ ...valid(), includesNames: true, legalBasis: 'consent' }, TODAY)).toEqual({});
  });

  it('checks dates: real calendar dates, review order, not in the past', () => {
    expect(validateEntry({ ...valid(), nextReviewOn: '2026-02-30' }, TODAY).nextReviewOn).toBe(
      'reg.error.date',
    );
    expect(validateEntry({ ...valid(), lastReviewedOn: '2026-07-01' }, TODAY).nextReviewOn).toBe(
      'reg.error.reviewOrder',
    );
    expect(
      validateEntry({ ...valid(), lastReviewedOn: '2025-01-01', nextReviewOn: '2025-12-31' }, TODAY)
        .nextReviewOn,
    ).toBe('reg.error.pastReview');
  });

  it('rejects values outside the vocabularies', () => {
    const errors = validateEntry({ ...valid(), dataTypes: ['gossip'], aggregationLevel: 'planet' }, TODAY);
    expect(errors.dataTypes).toBe('reg.error.unknownValue');
    expect(errors.aggregationLevel).toBe('reg.error.unknownValue');
  });
});

describe('toPayload', () => {
  it('drops empty optional fields and trims the title', () => {
    const out = toPayload({ ...valid(), title: '  X  ', impactAssessmentRef: '', lastReviewedOn: '' });
    expect(out.title).toBe('X');
    expect('impactAssessmentRef' in out).toBe(false);
    expect('lastReviewedOn' in out).toBe(false);
    expect('legalBasis' in out).toBe(false);
  });
});

describe('adviceFor', () => {
  it('follows what the entry declares', () => {
    expect(adviceFor(emptyInput(TODAY))).toEqual([]);
    const advice = adviceFor({
      ...valid(),
      includesNames: true,
      includesCoordinates: true,
      legalBasis: 'consent',
    });
    expect(advice).toContain('reg.advice.names');
    expect(advice).toContain('reg.advice.coordinates');
    expect(advice).toContain('reg.advice.consent');
    expect(advice).toContain('reg.advice.fine');
    expect(advice).toContain('reg.advice.caseData');
  });
});

describe('previewDecision', () => {
  const isp = defaultIspTemplate({ context: 'Test', reviewDue: '2027-01-01' });

  it('needs an ISP, a level and a data type', () => {
    expect(previewDecision(null, valid())).toBeNull();
    expect(previewDecision(isp, { ...valid(), aggregationLevel: '' })).toBeNull();
  });

  it('gives the most sensitive decision over the declared data types', () => {
    const one = previewDecision(isp, { ...valid(), dataTypes: ['3w-4w-5w'], aggregationLevel: 'adm0' });
    const both = previewDecision(isp, {
      ...valid(),
      dataTypes: ['3w-4w-5w', 'referral-data'],
      aggregationLevel: 'individual',
    });
    expect(one).not.toBeNull();
    expect(both?.sensitivity).toBe('severe');
    expect(both?.decision).toBe('deny');
  });

  it('carries the explanation as codes, so the form shows it in the interface language', () => {
    const preview = previewDecision(isp, { ...valid(), dataTypes: ['3w-4w-5w'], aggregationLevel: 'adm0' });
    expect(preview?.why?.map((m) => m.code)).toContain('rule');
    const ar = whyText(createTranslator('ar'), preview!.why, preview!.explanation);
    expect(ar).not.toBe(preview!.explanation);
    expect(ar).not.toMatch(/classifies this as/);
    expect(ar).toMatch(/[\u0600-\u06FF]/);
  });
});

function row(p: Partial<RegistrySummary> & { id: string }): RegistrySummary {
  return {
    title: p.id,
    organisationId: 'o1',
    organisationAcronym: 'AAA',
    dataTypes: [],
    aggregationLevel: 'adm1',
    containsPersonalData: false,
    includesNames: false,
    includesCoordinates: false,
    sensitivity: 'moderate',
    nextReviewOn: '2026-12-31',
    own: true,
    reviewStatus: 'ok',
    sharedWithCluster: false,
    updatedAt: '2026-01-01',
    fileCount: 0,
    quarantinedFiles: 0,
    status: 'active',
    diaMissing: false,
    ...p,
  };
}

describe('filterAndSort', () => {
  const items = [
    row({
      id: 'b',
      title: 'Bravo',
      sensitivity: 'severe',
      dataTypes: ['referral-data'],
      reviewStatus: 'overdue',
      status: 'draft',
      diaMissing: true,
    }),
    row({ id: 'a', title: 'alpha', sensitivity: 'low', organisationId: 'o2', organisationAcronym: 'BBB' }),
    row({ id: 'c', title: 'Charlie', reviewStatus: 'soon', nextReviewOn: '2026-02-01' }),
  ];

  it('sorts by title case-insensitively, both ways', () => {
    expect(filterAndSort(items, { sort: 'title' }).map((r) => r.id)).toEqual(['a', 'b', 'c']);
    expect(filterAndSort(items, { sort: 'title', order: 'desc' }).map((r) => r.id)).toEqual(['c', 'b', 'a']);
  });

  it('sorts by sensitivity (the ISP level: low < moderate < high < severe)', () => {
    expect(filterAndSort(items, { sort: 'sensitivity' }).map((r) => r.id)).toEqual(['a', 'c', 'b']);
    expect(filterAndSort(items, { sort: 'sensitivity', order: 'desc' }).map((r) => r.id)).toEqual([
      'b',
      'c',
      'a',
    ]);
  });

  it('filters by data type, owner, review and text', () => {
    expect(filterAndSort(items, { dataType: 'referral-data' }).map((r) => r.id)).toEqual(['b']);
    expect(filterAndSort(items, { owner: 'o2' }).map((r) => r.id)).toEqual(['a']);
    expect(filterAndSort(items, { reviewDue: 'overdue' }).map((r) => r.id)).toEqual(['b']);
    expect(filterAndSort(items, { reviewDue: 'soon' }).map((r) => r.id)).toEqual(['b', 'c']);
    expect(filterAndSort(items, { q: 'CHAR' }).map((r) => r.id)).toEqual(['c']);
  });

  it('filters the entries that lack a required DIA', () => {
    expect(filterAndSort(items, { dia: 'missing' }).map((r) => r.id)).toEqual(['b']);
    expect(filterAndSort(items, { dia: '' }).map((r) => r.id)).toEqual(['a', 'b', 'c']);
  });
});
