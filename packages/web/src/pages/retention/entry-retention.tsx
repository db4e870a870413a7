/**
 * The retention schedule of one registry entry, shown on the entry's page for its owner: period,
 * trigger, due date, destruction method and status, with a link to set or change it on the
 * retention page (issue 11 §4).
 */
import { useEffect, useState } from 'react';
import { data, type components } from '../../api/steward-client';
import { Link } from '../../app/router';
import { useApi } from '../../app/session-context';
import { StatusBadge } from '../../components';
import { Guidance } from '../../guidance/guidance';
import { useI18n } from '../../i18n/i18n-context';
import { showDate } from '../registry/shared';

type Schedule = components['schemas']['RetentionSchedule'];

export function EntryRetention({ entryId }: { entryId: string }) {
  const { t } = useI18n();
  const api = useApi();
  const [schedule, setSchedule] = useState<Schedule | null | undefined>(undefined);
  useEffect(() => {
    void data(api.GET('/api/retention')).then(
      (r) =>
        setSchedule(
          r.items.find((s) => s.registryEntryId === entryId && s.status !== 'destroyed') ??
            r.items.find((s) => s.registryEntryId === entryId) ??
            null,
        ),
      () => setSchedule(null),
    );
  }, [api, entryId]);
  if (schedule === undefined) return null;
  return (
    <section className="card" aria-labelledby="entry-retention-heading" data-testid="entry-retention">
      <h2 id="entry-retention-heading">{t.t('retention.entry.title')}</h2>
      {schedule ? (
        <p>
          {t.t('retention.rule', {
            months: schedule.periodMonths,
            trigger: t.tryT(`retention.trigger.${schedule.trigger}`) ?? schedule.trigger,
            date: showDate(t, schedule.triggerOn),
          })}{' '}
          · {t.t('retention.col.due')}: {showDate(t, schedule.dueOn)} ·{' '}
          <bdi>{schedule.destructionMethod}</bdi>{' '}
          <StatusBadge
            tone={
              schedule.status === 'overdue' ? 'danger' : schedule.status === 'due' ? 'warning' : 'neutral'
            }
          >
            {t.t(`retention.status.${schedule.status}`)}
          </StatusBadge>
        </p>
      ) : (
        <p className="muted">{t.t('retention.entry.none')}</p>
      )}
      <Guidance id="registry.retention" />
      <p>
        <Link to={`/retention?entry=${encodeURIComponent(entryId)}`}>
          {t.t(schedule ? 'retention.entry.open' : 'retention.entry.set')}
        </Link>
      </p>
    </section>
  );
}
