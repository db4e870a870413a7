/**
 * The directory's map (issue 9): districts shaded by the number of listed services with a location
 * there, with the location points the viewer may see (the ISP decides for other partners' points;
 * without them, only the shading shows where services are). The area table comes with the map;
 * the points have their own table.
 */
import { useMemo } from 'react';
import { AreaMap } from '../../components/area-map';
import { useI18n } from '../../i18n/i18n-context';
import type { DirectoryService } from './directory-types';
import { serviceMapData } from './service-map-data';
import { TableScroll } from '../../components';

export function ServiceMap({ services }: { services: readonly DirectoryService[] }) {
  const { t } = useI18n();
  const { values, points } = useMemo(() => serviceMapData(services), [services]);
  return (
    <section className="card dir-map" aria-labelledby="dir-map-title" data-testid="directory-map">
      <h2 id="dir-map-title">{t.t('dir.map.title')}</h2>
      <p className="muted">{t.t('dir.map.help')}</p>
      <p data-testid="directory-map-points-note">
        {points.length > 0 ? t.t('dir.map.pointsShown', { count: points.length }) : t.t('dir.map.noPoints')}
      </p>
      <AreaMap
        level="adm2"
        testId="map-directory"
        title={t.t('dir.map.mapTitle')}
        valueLabel={t.t('dir.map.services')}
        values={values}
        points={points.map((p) => ({ name: `${p.service} — ${p.location}`, lat: p.lat, lon: p.lon }))}
        fileName="steward-directory-map"
        tableOpen={false}
      />
      {points.length > 0 ? (
        <details className="figure-table">
          <summary>{t.t('dir.map.pointsTable')}</summary>
          <TableScroll label={t.t('dir.map.pointsTable')}>
            <table className="table" data-testid="directory-map-points">
              <caption className="visually-hidden">{t.t('dir.map.pointsTable')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t.t('dir.map.service')}</th>
                  <th scope="col">{t.t('dir.map.location')}</th>
                  <th scope="col">{t.t('dir.map.pcode')}</th>
                  <th scope="col">{t.t('dir.map.lat')}</th>
                  <th scope="col">{t.t('dir.map.lon')}</th>
                </tr>
              </thead>
              <tbody>
                {points.map((p, i) => (
                  <tr key={i}>
                    <th scope="row">{p.service}</th>
                    <td>{p.location}</td>
                    <td>{p.pcode ? <bdi>{p.pcode}</bdi> : '–'}</td>
                    <td>
                      <bdi>{t.number(p.lat, { maximumFractionDigits: 5 })}</bdi>
                    </td>
                    <td>
                      <bdi>{t.number(p.lon, { maximumFractionDigits: 5 })}</bdi>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
        </details>
      ) : null}
    </section>
  );
}
