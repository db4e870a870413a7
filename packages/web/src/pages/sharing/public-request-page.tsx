/**
 * The public request form (/request), reachable without signing in: an outside requester asks
 * for a registry asset by its reference (`?entry=<id>` pre-fills it). Calls without credentials.
 */
import { useState } from 'react';
import { data } from '../../api/steward-client';
import { useApi } from '../../app/session-context';
import { useDocumentTitle, useI18n } from '../../i18n/i18n-context';
import { LanguageSwitcher } from '../../layout/language-switcher';
import { RequestFields } from './request-form';
import '../registry/registry.css';

export default function PublicRequestPage() {
  const { t } = useI18n();
  useDocumentTitle(t.t('share.public.title'));
  const api = useApi();
  const entry = new URLSearchParams(window.location.search).get('entry') ?? '';
  const [reference, setReference] = useState<string | null>(null);

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
        <div className="card public-card">
          <h1 tabIndex={-1}>{t.t('share.public.heading')}</h1>
          <p className="muted">{t.t('share.public.intro')}</p>
          {reference ? (
            <p className="notice" role="status" data-testid="public-request-sent">
              {t.t('share.public.sent', { id: reference })}
            </p>
          ) : (
            <RequestFields
              entryId={entry}
              entryIdEditable
              publicForm
              onSubmit={async (input) => {
                const created = await data(
                  api.POST('/api/public/requests', {
                    body: {
                      ...input,
                      requesterName: input.requesterName ?? '',
                      requesterOrganisation: input.requesterOrganisation ?? '',
                    },
                  }),
                );
                setReference(created.id);
              }}
            />
          )}
          <p className="fine-print">{t.t('share.public.privacy')}</p>
        </div>
      </main>
    </div>
  );
}
