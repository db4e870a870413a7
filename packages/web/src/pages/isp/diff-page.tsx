/** The readable difference between two ISP versions, grouped by kind, with labels not codes. */
import { useMemo } from 'react';
import { diffIsp, type IspChange } from '@steward/core/isp/index';
import type { IspVersion } from './isp-api';
import { data } from '../../api/steward-client';
import { Link } from '../../app/router';
import { useApi } from '../../app/session-context';
import { Rich, useDocumentTitle, useI18n } from '../../i18n/i18n-context';
import { LoadView, useLoad } from '../registry/shared';
import { labelChange, type LabelledChange } from './labels';
import { ComparePicker } from './overview';

export function DiffPage({ from, to }: { from: string; to: string }) {
  const { t } = useI18n();
  useDocumentTitle(t.t('isp.diff.title'));
  return (
    <div className="page">
      <p>
        <Link to="/isp">{t.t('isp.back')}</Link>
      </p>
      <header className="page-header">
        <h1 tabIndex={-1}>{t.t('isp.diff.heading')}</h1>
      </header>
      {from !== '' && to !== '' ? <DiffResult from={from} to={to} /> : <DiffChooser from={from} to={to} />}
    </div>
  );
}

function DiffResult({ from, to }: { from: string; to: string }) {
  const api = useApi();
  const [state, retry] = useLoad(
    () =>
      Promise.all([
        data(api.GET('/api/isp/versions/{id}', { params: { path: { id: from } } })),
        data(api.GET('/api/isp/versions/{id}', { params: { path: { id: to } } })),
        data(api.GET('/api/isp')),
      ]),
    [api, from, to],
  );
  return (
    <LoadView state={state} retry={retry}>
      {([a, b, list]) => (
        <>
          <ComparePicker versions={list.versions} initialFrom={from} initialTo={to} />
          <DiffView a={a} b={b} />
        </>
      )}
    </LoadView>
  );
}

/**
 * /isp/diff without its two versions (a bookmark, an address typed or cut short): not "could not
 * find" but what to do, the versions to choose from, and the way to the protocol's versions.
 */
function DiffChooser({ from, to }: { from: string; to: string }) {
  const { t } = useI18n();
  const api = useApi();
  const [state, retry] = useLoad(() => data(api.GET('/api/isp')), [api]);
  return (
    <LoadView state={state} retry={retry}>
      {({ versions }) => (
        <>
          <div className="card empty-state" data-testid="isp-diff-choose">
            <span className="empty-icon" aria-hidden="true" />
            <p>{t.t(versions.length > 1 ? 'isp.diff.choose' : 'isp.diff.tooFew')}</p>
            <Link to="/isp">{t.t('isp.diff.versionsLink')}</Link>
          </div>
          {versions.length > 1 && (
            <ComparePicker
              versions={versions}
              {...(from !== '' ? { initialFrom: from } : {})}
              {...(to !== '' ? { initialTo: to } : {})}
            />
          )}
        </>
      )}
    </LoadView>
  );
}

/** One change: "rule · field: before → after" (the arrow mirrored in right-to-left languages). */
function DiffItem({ change: c }: { change: LabelledChange }) {
  return (
    <>
      {c.ruleId !== undefined && (
        <>
          <code>{c.ruleId}</code> ·{' '}
        </>
      )}
      {'summary' in c ? (
        <bdi>{c.summary}</bdi>
      ) : (
        <>
          <bdi>{c.field}</bdi>:{' '}
          <Rich
            k="isp.diff.fromTo"
            values={{
              from: (
                <del>
                  <bdi>{c.before || '∅'}</bdi>
                </del>
              ),
              to: (
                <ins>
                  <bdi>{c.after || '∅'}</bdi>
                </ins>
              ),
            }}
          />
        </>
      )}
    </>
  );
}

function DiffView({ a, b }: { a: IspVersion; b: IspVersion }) {
  const { t } = useI18n();
  const changes = useMemo(() => diffIsp(a.isp, b.isp), [a, b]);
  const groups: Record<IspChange['kind'], IspChange[]> = {
    metadata: [],
    'rule-added': [],
    'rule-removed': [],
    'rule-changed': [],
  };
  for (const c of changes) groups[c.kind].push(c);
  return (
    <section className="card" aria-labelledby="diff-heading" data-testid="isp-diff">
      <h2 id="diff-heading">{t.t('isp.diff.between', { from: a.version, to: b.version })}</h2>
      <p aria-live="polite">{t.t('isp.diff.count', { count: changes.length })}</p>
      {(['metadata', 'rule-changed', 'rule-added', 'rule-removed'] as const).map((kind) =>
        groups[kind].length === 0 ? null : (
          <div key={kind}>
            <h3 className="subtle-heading">{t.t(`isp.diff.kind.${kind}`)}</h3>
            <ul className="diff-list">
              {groups[kind].map((c, i) => (
                <li key={i} className={`diff-${kind}`}>
                  <DiffItem change={labelChange(t, c, a.isp, b.isp)} />
                </li>
              ))}
            </ul>
          </div>
        ),
      )}
    </section>
  );
}
