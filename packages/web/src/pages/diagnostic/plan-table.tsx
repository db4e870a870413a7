/**
 * The table of a round's action plan, as the diagnostic page (action-plan.tsx) and the printable
 * report (report-page.tsx) show it: action, owner, due date and status, one row per item
 * (`data-plan-item`). The page adds the statement each item answers and its own status cell (a
 * select for those who keep the plan, the overdue mark as a badge); the report prints the status
 * as text.
 */
import type { ReactNode } from 'react';
import { useI18n } from '../../i18n/i18n-context';
import { showDate } from '../registry/shared';

export interface PlanRow {
  readonly id: string;
  readonly itemId: string;
  readonly title: string;
  readonly owner: string;
  readonly dueOn: string;
  readonly status: 'open' | 'in_progress' | 'done';
  readonly overdue: boolean;
}

export function PlanTable<Row extends PlanRow>({
  plan,
  caption,
  statement,
  status,
  testId,
}: {
  plan: readonly Row[];
  caption?: string;
  /** The statement (question) an item answers, as a first column. */
  statement?: (itemId: string) => ReactNode;
  /** The status cell; by default the status and, when overdue, the overdue mark as text. */
  status?: (row: Row) => ReactNode;
  testId?: string;
}) {
  const { t } = useI18n();
  return (
    <table className="table" data-testid={testId}>
      {caption && <caption>{caption}</caption>}
      <thead>
        <tr>
          {statement && <th scope="col">{t.t('diagnostic.report.col.statement')}</th>}
          <th scope="col">{t.t('diagnostic.report.col.action')}</th>
          <th scope="col">{t.t('diagnostic.report.col.owner')}</th>
          <th scope="col">{t.t('diagnostic.report.col.due')}</th>
          <th scope="col">{t.t('diagnostic.report.col.status')}</th>
        </tr>
      </thead>
      <tbody>
        {plan.map((a) => (
          <tr key={a.id} data-plan-item={a.itemId}>
            {statement && <td dir="auto">{statement(a.itemId)}</td>}
            <td dir="auto">{a.title}</td>
            <td dir="auto">{a.owner}</td>
            <td>{showDate(t, a.dueOn)}</td>
            <td>
              {status ? (
                status(a)
              ) : (
                <>
                  {t.t(`diagnostic.plan.status.${a.status}`)}
                  {a.overdue && <> · {t.t('diagnostic.report.overdue')}</>}
                </>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
