/**
 * The public, read-only service directory (/public/directory), reachable without signing in:
 * only services their owners list publicly, with public fields and public contacts only
 * (GET /api/public/directory, which the ISP decides for the public).
 */
import { useEffect, useState } from 'react';
import { data } from '../../api/steward-client';
import { describeError } from '../../api/describe-error';
import { useApi } from '../../app/session-context';
import { useDocumentTitle, useI18n } from '../../i18n/i18n-context';
import { LanguageSwitcher } from '../../layout/language-switcher';
import { DirectoryFilters, ServiceFields, ServiceList } from './directory-parts';
import {
  EMPTY_FILTERS,
  filterQuery,
  type DirectoryFilterValues,
  type DirectoryService,
} from './directory-types';
import './directory.css';

const TYPES = [
  'psychosocial',
  'core-relief-items',
  'child-support',
  'cash',
  'family-tracing',
  'health',
  'womens-services',
  'food-security',
  'disability',
  'shelter',
  'legal',
  'livelihoods-education',
  'safety',
  'other',
];

type Load =
  | { status: 'loading' }
  | { status: 'ready'; services: DirectoryService[]; allowed: boolean; areaNames: Record<string, string> }
  | { status: 'failed'; error: unknown };

export default function PublicDirectoryPage() {
  const { t } = useI18n();
  useDocumentTitle(t.t('dir.public.title'));
  const api = useApi();
  const [filters, setFilters] = useState<DirectoryFilterValues>(EMPTY_FILTERS);
  const [load, setLoad] = useState<Load>({ status: 'loading' });
  const [open, setOpen] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    data(api.GET('/api/public/directory', { params: { query: filterQuery(filters) } }))
      .then((r) => {
        if (live)
          setLoad({
            status: 'ready',
            services: r.services,
            allowed: r.listing.decision !== 'deny',
            areaNames: r.areaNames,
          });
      })
      .catch((error: unknown) => live && setLoad({ status: 'failed', error }));
    return () => {
      live = false;
    };
  }, [api, filters]);

  const shown = load.status === 'ready' ? load.services.find((s) => s.id === open) : undefined;

  return (
    <div className="signin-layout">
      <header className="signin-header">
        <span className="brand">
          <span className="brand-mark" aria-hidden="true" />
          <span className="brand-name">{t.t('app.name')}</span>
        </span>
        <LanguageSwitcher />
      </header>
      <main id="main" className="signin-main">
        <div className="card public-card dir-public">
          <h1 tabIndex={-1}>{t.t('dir.public.heading')}</h1>
          <p className="muted">{t.t('dir.public.intro')}</p>
          {shown ? (
            <section aria-labelledby="dir-public-service">
              <h2 id="dir-public-service">{shown.name}</h2>
              <ServiceFields
                service={shown}
                partner={false}
                areaNames={load.status === 'ready' ? load.areaNames : undefined}
              />
              <button type="button" className="button button-secondary" onClick={() => setOpen(null)}>
                {t.t('dir.back')}
              </button>
            </section>
          ) : (
            <>
              <DirectoryFilters value={filters} onChange={setFilters} serviceTypes={TYPES} />
              {load.status === 'loading' && (
                <p className="muted" role="status">
                  {t.t('common.loading')}
                </p>
              )}
              {load.status === 'failed' && <p className="alert">{describeError(t, load.error)}</p>}
              {load.status === 'ready' && !load.allowed && (
                <p className="notice">{t.t('dir.public.closed')}</p>
              )}
              {load.status === 'ready' && (
                <ServiceList
                  services={load.services}
                  areaNames={load.areaNames}
                  link={(s) => (
                    <button type="button" className="link-button" onClick={() => setOpen(s.id)}>
                      {s.name}
                    </button>
                  )}
                />
              )}
            </>
          )}
        </div>
      </main>
    </div>
  );
}
