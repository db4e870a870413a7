import { describe, expect, it } from 'vitest';
import { addMonths, retentionStatus } from './schedule';

describe('retention schedule', () => {
  it('adds months, clamping to the end of the month', () => {
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonths('2024-01-31', 1)).toBe('2024-02-29');
    expect(addMonths('2026-03-15', 24)).toBe('2028-03-15');
    expect(addMonths('2026-11-10', 3)).toBe('2027-02-10');
  });

  it('is scheduled before the due date, due on it, overdue 30 days after, destroyed once done', () => {
    const s = { dueOn: '2026-03-01', destroyedAt: null };
    expect(retentionStatus(s, '2026-02-28')).toBe('scheduled');
    expect(retentionStatus(s, '2026-03-01')).toBe('due');
    expect(retentionStatus(s, '2026-03-31')).toBe('due');
    expect(retentionStatus(s, '2026-04-01')).toBe('overdue');
    expect(retentionStatus({ ...s, destroyedAt: new Date() }, '2026-04-01')).toBe('destroyed');
  });
});
