import { useEffect, useState } from 'react';
import type { AuditHead } from '../api/session';
import { data } from '../api/steward-client';
import { useApi } from '../app/session-context';
import { useI18n } from '../i18n/i18n-context';

type Load = { status: 'loading' } | { status: 'ready'; head: AuditHead } | { status: 'failed' };

/**
 * The audit chain head (entries and newest hash), shown to every member of every organisation so
 * partners can witness it: a later head that does not extend the one they noted shows a rewrite.
 */
export function AuditHeadCard() {
  const { t } = useI18n();
  const api = useApi();
  const [load, setLoad] = useState<Load>({ status: 'loading' });

  useEffect(() => {
    let live = true;
    data(api.GET('/api/audit/head')).then(
      (head) => live && setLoad({ status: 'ready', head }),
      () => live && setLoad({ status: 'failed' }),
    );
    return () => {
      live = false;
    };
  }, [api]);

  return (
    <section className="card card-wide" aria-labelledby="home-audit-head" data-testid="audit-head">
      <h2 id="home-audit-head" className="card-kicker">
        {t.t('home.auditHeading')}
      </h2>
      {load.status === 'loading' ? (
        <p className="muted" role="status">
          {t.t('common.loading')}
        </p>
      ) : load.status === 'failed' ? (
        <p role="alert">{t.t('home.auditFailed')}</p>
      ) : load.head.sequence === 0 ? (
        <p>{t.t('home.auditEmpty')}</p>
      ) : (
        <>
          <p>
            {t.t('home.auditEntries', {
              count: load.head.sequence,
              date: load.head.occurredAt
                ? t.date(new Date(load.head.occurredAt), { dateStyle: 'medium', timeStyle: 'short' })
                : '',
            })}
          </p>
          <p>
            <code dir="ltr" className="hash" data-testid="audit-head-hash" data-sequence={load.head.sequence}>
              {load.head.hash}
            </code>
          </p>
        </>
      )}
      <p className="muted">{t.t('home.auditWitness')}</p>
    </section>
  );
}
