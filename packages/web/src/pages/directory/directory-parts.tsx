/**
 * Parts shared by the signed-in directory and the public directory: the caseworker's filters, the
 * list of services and one service's fields (partner-only fields only when the viewer is a member).
 */
import type { ReactNode } from 'react';
import { useI18n } from '../../i18n/i18n-context';
import { useTypeNames } from './service-types';
import { areaLabel } from './area-label';
import {
  ACCESSIBILITY,
  LANGUAGES,
  POPULATIONS,
  type DirectoryFilterValues,
  type DirectoryService,
} from './directory-types';
import { TableScroll } from '../../components';

export function useCodeLabel() {
  const { t } = useI18n();
  const typeNames = useTypeNames();
  return (group: string, code: string) =>
    t.tryT(`dir.${group}.${code}`) ?? (group === 'type' ? typeNames.get(code) : undefined) ?? code;
}

export function DirectoryFilters({
  value,
  onChange,
  serviceTypes,
  showStale = false,
}: {
  value: DirectoryFilterValues;
  onChange: (next: DirectoryFilterValues) => void;
  serviceTypes: readonly string[];
  /** The "stale entries only" filter (signed-in members; the public directory has no stale entries). */
  showStale?: boolean;
}) {
  const { t } = useI18n();
  const label = useCodeLabel();
  const set = <K extends keyof DirectoryFilterValues>(key: K, v: DirectoryFilterValues[K]) =>
    onChange({ ...value, [key]: v });
  const select = (
    id: string,
    key: 'serviceType' | 'population' | 'language' | 'accessibility',
    group: string,
    options: readonly string[],
    text: string,
  ) => (
    <div className="field">
      <label htmlFor={id}>{text}</label>
      <select id={id} className="select" value={value[key]} onChange={(e) => set(key, e.target.value)}>
        <option value="">{t.t('dir.filter.any')}</option>
        {options.map((o) => (
          <option key={o} value={o}>
            {label(group, o)}
          </option>
        ))}
      </select>
    </div>
  );
  return (
    <fieldset className="dir-filters" data-testid="directory-filters">
      <legend>{t.t('dir.filter.legend')}</legend>
      {select('dir-type', 'serviceType', 'type', serviceTypes, t.t('dir.filter.type'))}
      <div className="field">
        <label htmlFor="dir-pcode">{t.t('dir.filter.pcode')}</label>
        <input
          id="dir-pcode"
          type="text"
          value={value.pcode}
          placeholder="MZ01"
          onChange={(e) => set('pcode', e.target.value)}
        />
      </div>
      {select('dir-population', 'population', 'population', POPULATIONS, t.t('dir.filter.population'))}
      {select('dir-language', 'language', 'language', LANGUAGES, t.t('dir.filter.language'))}
      {select('dir-access', 'accessibility', 'access', ACCESSIBILITY, t.t('dir.filter.accessibility'))}
      <div className="field">
        <label>
          <input type="checkbox" checked={value.openNow} onChange={(e) => set('openNow', e.target.checked)} />{' '}
          {t.t('dir.filter.openNow')}
        </label>
      </div>
      {showStale && (
        <div className="field">
          <label>
            <input type="checkbox" checked={value.stale} onChange={(e) => set('stale', e.target.checked)} />{' '}
            {t.t('dir.filter.stale')}
          </label>
        </div>
      )}
    </fieldset>
  );
}

export function ServiceList({
  services,
  link,
  areaNames,
}: {
  services: readonly DirectoryService[];
  link: (s: DirectoryService) => ReactNode;
  /** The gazetteer's names of the p-codes (the public directory): shown with each code. */
  areaNames?: Readonly<Record<string, string>>;
}) {
  const { t } = useI18n();
  const label = useCodeLabel();
  // The public directory does not name the organisations (no session reads them).
  const withOrganisation = services.some((s) => s.organisationAcronym);
  return (
    <>
      <p className="table-count" aria-live="polite" data-testid="directory-count">
        {t.t('dir.count', { count: services.length })}
      </p>
      <TableScroll>
        <table className="table" data-testid="directory-table">
          <caption className="visually-hidden">{t.t('dir.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t.t('dir.col.name')}</th>
              {withOrganisation && <th scope="col">{t.t('dir.col.organisation')}</th>}
              <th scope="col">{t.t('dir.col.type')}</th>
              <th scope="col">{t.t('dir.col.areas')}</th>
            </tr>
          </thead>
          <tbody>
            {services.map((s) => (
              <tr key={s.id} data-service={s.name}>
                <td>
                  {link(s)}
                  {s.stale && <span className="badge"> {t.t('dir.stale')}</span>}
                  {s.staleFlaggedAt && <span className="badge"> {t.t('dir.flagged')}</span>}
                  {s.status !== 'active' && <span className="badge"> {label('status', s.status)}</span>}
                </td>
                {withOrganisation && <td>{s.organisationAcronym ?? ''}</td>}
                <td>{label('type', s.serviceType)}</td>
                <td>{s.coveragePcodes.map((p) => areaLabel(p, areaNames)).join(', ')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </>
  );
}

function Row({ term, children, id }: { term: string; children: ReactNode; id?: string }) {
  return (
    <>
      <dt>{term}</dt>
      <dd data-field={id}>{children}</dd>
    </>
  );
}

/** One service; `partner` shows the partner-only fields (referral, intake, partner contacts). */
export function ServiceFields({
  service: s,
  partner,
  areaNames,
}: {
  service: DirectoryService;
  partner: boolean;
  /** The gazetteer's names of the p-codes (the public directory): shown with each code. */
  areaNames?: Readonly<Record<string, string>>;
}) {
  const { t } = useI18n();
  const label = useCodeLabel();
  const contacts = s.contacts.filter((c) => partner || c.visibility === 'public');
  return (
    <div data-testid="service-detail">
      {s.stale && (
        <p className="alert" role="note" data-testid="service-stale">
          {t.t('dir.staleNotice', { date: s.assuredDate })}
        </p>
      )}
      {/* The partner's own words (often in another script): isolated, so a right-to-left page keeps
          their punctuation in place. Lists of labels are joined as the language joins them. */}
      <p>
        <bdi>{s.description}</bdi>
      </p>
      <dl className="dir-fields">
        {s.organisationAcronym && (
          <Row term={t.t('dir.col.organisation')}>
            {s.organisationName ?? ''} ({s.organisationAcronym})
          </Row>
        )}
        <Row term={t.t('dir.col.type')}>{label('type', s.serviceType)}</Row>
        <Row term={t.t('dir.form.status')} id="status">
          {label('status', s.status)}
        </Row>
        <Row term={t.t('dir.col.areas')}>{t.list(s.coveragePcodes.map((p) => areaLabel(p, areaNames)))}</Row>
        <Row term={t.t('dir.filter.population')}>
          {t.list(s.populationServed.map((p) => label('population', p)))}
        </Row>
        <Row term={t.t('dir.filter.language')}>{t.list(s.languages.map((l) => label('language', l)))}</Row>
        <Row term={t.t('dir.hours')}>
          {s.schedules
            .map(
              (h) => `${t.list(h.byday.split(',').map((d) => label('day', d)))} ${h.opens_at}–${h.closes_at}`,
            )
            .join('; ')}
        </Row>
        <Row term={t.t('dir.locations')}>
          {s.locations
            .map((l) =>
              [
                l.name,
                l.city,
                l.adminPcode && areaLabel(l.adminPcode, areaNames),
                t.list(l.accessibility.map((a) => label('access', a))),
              ]
                .filter(Boolean)
                .join(' · '),
            )
            .join('; ')}
        </Row>
        {partner && (
          <>
            <Row term={t.t('dir.referralMethod')} id="referral-method">
              {label('method', s.referralMethod)}
            </Row>
            <Row term={t.t('dir.intake')} id="intake">
              <bdi>{s.eligibilityDescription ?? ''}</bdi>
            </Row>
            <Row term={t.t('dir.nextStep')}>
              <bdi>{s.referralNextStep ?? ''}</bdi>
            </Row>
            <Row term={t.t('dir.responseDelay')}>
              <bdi>{s.referralResponseDelay ?? ''}</bdi>
            </Row>
            <Row term={t.t('dir.lastReview')}>{s.assuredDate}</Row>
            <Row term={t.t('dir.visibility')}>{s.isPublic ? t.t('dir.public') : t.t('dir.partnerOnly')}</Row>
          </>
        )}
      </dl>
      {contacts.length > 0 && (
        <>
          <h2 className="subtle-heading">{t.t('dir.contacts')}</h2>
          <ul className="plain-list" data-testid="service-contacts">
            {contacts.map((c) => (
              <li key={c.id}>
                <bdi>{[c.name, c.title, c.email, c.phone].filter(Boolean).join(' · ')}</bdi>
                {c.visibility === 'partner' && <span className="badge"> {t.t('dir.partnerOnly')}</span>}
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
