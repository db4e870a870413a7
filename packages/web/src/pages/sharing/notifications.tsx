import { data } from '../../api/steward-client';
import { Link } from '../../app/router';
import { useApi } from '../../app/session-context';
import { useI18n } from '../../i18n/i18n-context';
import { useLoad, showDate } from '../registry/shared';
import { noticeMessage } from './notice-message';

/** The organisation's in-app notifications (the ten latest), each linking to its request or agreement. */
export function Notifications({ version }: { version: number }) {
  const { t } = useI18n();
  const api = useApi();
  const [state, retry, set] = useLoad(() => data(api.GET('/api/notifications')), [api, version]);
  if (state.status !== 'ready' || state.data.items.length === 0) return null;
  const unread = state.data.items.filter((n) => !n.readAt);
  return (
    <section className="card" aria-labelledby="notif-heading" data-testid="notifications">
      <h2 id="notif-heading">
        {t.t('share.notifications.heading')}{' '}
        {unread.length > 0 && (
          <span className="badge count-badge">
            {t.t('share.notifications.unread', { count: unread.length })}
          </span>
        )}
      </h2>
      <ul className="plain-list notifications">
        {state.data.items.slice(0, 10).map((n) => (
          <li key={n.id} className={n.readAt ? 'read' : 'unread'}>
            <span>{showDate(t, n.createdAt)} · </span>
            {n.link ? <Link to={n.link}>{noticeMessage(t, n)}</Link> : noticeMessage(t, n)}
            {!n.readAt && (
              <button
                type="button"
                className="link-button"
                onClick={() =>
                  data(api.POST('/api/notifications/{id}/read', { params: { path: { id: n.id } } })).then(
                    () =>
                      set({
                        items: state.data.items.map((x) =>
                          x.id === n.id ? { ...x, readAt: new Date().toISOString() } : x,
                        ),
                      }),
                    retry,
                  )
                }
              >
                {t.t('share.notifications.markRead')}
              </button>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
