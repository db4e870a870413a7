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

export interface Scores {
  overall: number | null;
  byAction: Record<string, number | null>;
  byPrinciple: Record<string, number | null>;
}
export interface MembersView {
  responded: number;
  suppressed: boolean;
  aggregate: Scores | null;
  named: { organisationId: string; acronym: string; score: Scores }[];
}

/**
 * The table of scores by group (overall, each action, each principle), with the notes below it:
 * on the diagnostic page the members' columns alone; in the printable report the party's own
 * score first (`own`), then the members' columns when the reader may see them (`members`).
 */
export function ScoresTable({
  own,
  members,
  caption,
  className = 'table',
  rowAttribute,
}: {
  own?: Scores;
  members: MembersView | null;
  caption?: string;
  className?: string;
  /** The data attribute naming each row (tests find rows by it). */
  rowAttribute: 'data-members-score' | 'data-report-score';
}) {
  const { t } = useI18n();
  const pct = (v: number | null | undefined) =>
    v === null || v === undefined ? t.t('diagnostic.noScore') : `${v} %`;
  const named = members?.named ?? [];
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
    <>
      <table className={className}>
        {caption && <caption>{caption}</caption>}
        <thead>
          <tr>
            <th scope="col">{t.t('diagnostic.report.group')}</th>
            {own && <th scope="col">{t.t('diagnostic.score')}</th>}
            {members && (
              <th scope="col">{t.t('diagnostic.report.allMembers', { responded: members.responded })}</th>
            )}
            {named.map((n) => (
              <th key={n.organisationId} scope="col">
                <bdi>{n.acronym}</bdi>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key} {...{ [rowAttribute]: row.key }}>
              <th scope="row">{row.label}</th>
              {own && <td>{pct(row.pick(own))}</td>}
              {members && (
                <td>{members.aggregate ? pct(row.pick(members.aggregate)) : t.t('diagnostic.noScore')}</td>
              )}
              {named.map((n) => (
                <td key={n.organisationId}>{pct(row.pick(n.score))}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      {members?.suppressed && (
        <p data-testid="diagnostic-members-suppressed">{t.t('diagnostic.report.suppressed')}</p>
      )}
      {members && named.length === 0 && <p>{t.t('diagnostic.report.namedNone')}</p>}
    </>
  );
}

export function MembersScores({ roundId }: { roundId: string }) {
  const { t } = useI18n();
  const api = useApi();
  const [members, setMembers] = useState<MembersView | null>(null);
  const [error, setError] = useState<unknown>(null);
  useEffect(() => {
    let current = true;
    setMembers(null);
    setError(null);
    data<MembersView>(
      api.GET('/api/diagnostic/rounds/{id}/members', { params: { path: { id: roundId } } }) as never,
    ).then(
      (m) => {
        if (current) setMembers(m);
      },
      (e: unknown) => {
        if (current) setError(e);
      },
    );
    return () => {
      current = false;
    };
  }, [api, roundId]);

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
        <ScoresTable
          members={members}
          caption={t.t('diagnostic.members.caption')}
          rowAttribute="data-members-score"
        />
      )}
    </section>
  );
}
