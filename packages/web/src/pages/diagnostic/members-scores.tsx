/**
 * Members' scores on the diagnostic page, for cluster roles (issue 11 §1): exactly what the export
 * and the printable report show, from the same service function (GET …/members): the average of
 * all members only when at least 3 answered, and a member by name only with its consent.
 */
import { useEffect, useState } from 'react';
import { describeError } from '../../api/describe-error';
import { data } from '../../api/steward-client';
import { useApi } from '../../app/session-context';
import { useI18n } from '../../i18n/i18n-context';
import { ACTIONS, PRINCIPLES } from './diagnostic-model';

interface Scores {
  overall: number | null;
  byAction: Record<string, number | null>;
  byPrinciple: Record<string, number | null>;
}
interface MembersView {
  responded: number;
  suppressed: boolean;
  aggregate: Scores | null;
  named: { organisationId: string; acronym: string; score: Scores }[];
}

export function MembersScores({ roundId }: { roundId: string }) {
  const { t } = useI18n();
  const api = useApi();
  const [members, setMembers] = useState<MembersView | null>(null);
  const [error, setError] = useState<unknown>(null);
  useEffect(() => {
    setMembers(null);
    setError(null);
    data<MembersView>(
      api.GET('/api/diagnostic/rounds/{id}/members', { params: { path: { id: roundId } } }) as never,
    ).then(setMembers, setError);
  }, [api, roundId]);

  const pct = (v: number | null | undefined) =>
    v === null || v === undefined ? t.t('diagnostic.noScore') : `${v} %`;
  const rows: { key: string; label: string; pick: (s: Scores) => number | null | undefined }[] = [
    { key: 'overall', label: t.t('diagnostic.overall'), pick: (s) => s.overall },
    ...ACTIONS.map((a) => ({
      key: a,
      label: t.t(`diagnostic.action.${a}`),
      pick: (s: Scores) => s.byAction[a],
    })),
    ...PRINCIPLES.map((p) => ({
      key: p,
      label: t.t(`diagnostic.principle.${p}`),
      pick: (s: Scores) => s.byPrinciple[p],
    })),
  ];

  return (
    <section
      className="diagnostic-members"
      aria-labelledby="diagnostic-members-title"
      data-testid="diagnostic-members"
    >
      <h2 id="diagnostic-members-title">{t.t('diagnostic.members.heading')}</h2>
      <p className="hint">{t.t('diagnostic.members.help')}</p>
      {error ? (
        <p role="alert">{describeError(t, error)}</p>
      ) : members === null ? (
        <p>{t.t('common.loading')}</p>
      ) : members.responded === 0 ? (
        <p data-testid="diagnostic-members-none">{t.t('diagnostic.members.none')}</p>
      ) : (
        <>
          <table className="table">
            <caption>{t.t('diagnostic.members.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t.t('diagnostic.report.group')}</th>
                <th scope="col">{t.t('diagnostic.report.allMembers', { responded: members.responded })}</th>
                {members.named.map((n) => (
                  <th key={n.organisationId} scope="col">
                    <bdi>{n.acronym}</bdi>
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.key} data-members-score={row.key}>
                  <th scope="row">{row.label}</th>
                  <td>{members.aggregate ? pct(row.pick(members.aggregate)) : t.t('diagnostic.noScore')}</td>
                  {members.named.map((n) => (
                    <td key={n.organisationId}>{pct(row.pick(n.score))}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
          {members.suppressed && (
            <p data-testid="diagnostic-members-suppressed">{t.t('diagnostic.report.suppressed')}</p>
          )}
          {members.named.length === 0 && <p>{t.t('diagnostic.report.namedNone')}</p>}
        </>
      )}
    </section>
  );
}
