/** The problems of a refused import (row / column / value / problem): nothing was imported. */
import { useI18n } from '../../i18n/i18n-context';
import type { Problem } from './form-logic';
import { problemText } from './labels';
import { TableScroll } from '../../components';

export function ProblemsTable({ problems, total }: { problems: readonly Problem[]; total: number }) {
  const { t } = useI18n();
  return (
    <div className="alert" role="alert" data-testid="upload-problems">
      <p>{t.t('rep.upload.failed', { count: total })}</p>
      <TableScroll label={t.t('rep.upload.problemsTable')}>
        <table className="reporting-table problems">
          <thead>
            <tr>
              <th scope="col">{t.t('rep.problem.row')}</th>
              <th scope="col">{t.t('rep.problem.column')}</th>
              <th scope="col">{t.t('rep.problem.value')}</th>
              <th scope="col">{t.t('rep.problem.message')}</th>
            </tr>
          </thead>
          <tbody>
            {problems.map((p, i) => (
              <tr key={i}>
                <td>{p.row ?? '—'}</td>
                <td>
                  <bdi>{p.column ?? '—'}</bdi>
                </td>
                <td>
                  <bdi>{p.value ?? ''}</bdi>
                </td>
                <td>{problemText(t, p)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
      {total > problems.length && <p>{t.t('rep.upload.more', { count: total - problems.length })}</p>}
    </div>
  );
}
