/**
 * The directory's gaps (issue 10, "areas with needs and no partner", seen from the service
 * directory): for a chosen service type, the active services covering each district on a map
 * (with its table), and the districts with none listed. Counts from the API, computed in the
 * database; no organisation and no location point is shown.
 */
import { useEffect, useMemo, useState } from 'react';
import { describeError } from '../../api/describe-error';
import { data } from '../../api/steward-client';
import { useApi } from '../../app/session-context';
import { AreaMap } from '../../components/area-map';
import { useI18n } from '../../i18n/i18n-context';
import { directoryGaps, type CoverageRow } from './gaps';

type Load =
  { status: 'loading' } | { status: 'ready'; items: CoverageRow[] } | { status: 'failed'; error: unknown };

export function DirectoryGaps(props: { within: string; names: ReadonlyMap<string, string> }) {
  const { t } = useI18n();
  const api = useApi();
  const [load, setLoad] = useState<Load>({ status: 'loading' });
  const [serviceType, setServiceType] = useState('');
  useEffect(() => {
    let live = true;
    data(api.GET('/api/directory/coverage', {})).then(
      (out) => live && setLoad({ status: 'ready', items: out.items }),
      (error: unknown) => live && setLoad({ status: 'failed', error }),
    );
    return () => {
      live = false;
    };
  }, [api]);
  const types = useMemo(
    () => (load.status === 'ready' ? [...new Set(load.items.map((r) => r.serviceType))] : []),
    [load],
  );
  const type = serviceType || types[0] || '';
  const typeName = (code: string) => t.tryT(`dir.type.${code}`) ?? code;
  const view = useMemo(
    () => (load.status === 'ready' ? directoryGaps(load.items, type, props.within) : null),
    [load, type, props.within],
  );
  return (
    <section className="card" aria-labelledby="dash-directory-gaps" data-testid="directory-gaps">
      <h2 id="dash-directory-gaps">{t.t('dashboards.directoryGaps.title')}</h2>
      <p className="muted">{t.t('dashboards.directoryGaps.help')}</p>
      {load.status === 'failed' ? (
        <p role="alert" className="dashboards-error">
          {describeError(t, load.error)}
        </p>
      ) : load.status === 'loading' || !view ? (
        <p className="muted">{t.t('common.loading')}</p>
      ) : (
        <>
          <label className="field">
            <span>{t.t('dashboards.directoryGaps.serviceType')}</span>
            <select
              data-testid="directory-gaps-type"
              value={type}
              onChange={(e) => setServiceType(e.target.value)}
            >
              {types.map((c) => (
                <option key={c} value={c}>
                  {typeName(c)}
                </option>
              ))}
            </select>
          </label>
          <p data-testid="directory-gaps-count">
            {t.t('dashboards.directoryGaps.count', {
              gaps: view.gaps.length,
              districts: view.values.length,
              type: typeName(type),
            })}
          </p>
          <AreaMap
            key={`${props.within || 'country'}-${type}`}
            level="adm2"
            within={props.within}
            testId="map-directory-gaps"
            title={t.t('dashboards.directoryGaps.map', { type: typeName(type) })}
            valueLabel={t.t('dashboards.directoryGaps.services')}
            values={view.values}
            tableOpen={false}
          />
          {view.gaps.length > 0 ? (
            <details>
              <summary>{t.t('dashboards.directoryGaps.list', { count: view.gaps.length })}</summary>
              <ul className="dash-gap-list" data-testid="directory-gaps-list">
                {view.gaps.map((p) => (
                  <li key={p}>
                    {props.names.get(p) ?? p} (<bdi>{p}</bdi>)
                  </li>
                ))}
              </ul>
            </details>
          ) : null}
        </>
      )}
    </section>
  );
}
