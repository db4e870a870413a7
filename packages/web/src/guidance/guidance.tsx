/**
 * <Guidance id="registry.sensitivity" />: the advice of one catalogue entry (./catalogue.ts) shown
 * beside a form field: a collapsed "Why this matters" that opens to the reason, the principles it
 * serves and a link to the document to read further. Texts come from i18n (all five languages).
 */
import { useId } from 'react';
import { Rich, useI18n } from '../i18n/i18n-context';
import { GUIDANCE_SOURCES, guidanceById, type GuidanceEntry } from './catalogue';
import './guidance.css';

/** The translated title and reason of an entry. */
export function useGuidanceText(entry: GuidanceEntry): { title: string; why: string } {
  const { t } = useI18n();
  return {
    title: t.tryT(`guidance.${entry.id}.title`) ?? entry.id,
    why: t.tryT(`guidance.${entry.id}.why`) ?? '',
  };
}

/** The body of an entry (reason, principles, source link): shared by <Guidance> and the help centre. */
export function GuidanceBody({ entry }: { entry: GuidanceEntry }) {
  const { t } = useI18n();
  const { why } = useGuidanceText(entry);
  const source = GUIDANCE_SOURCES[entry.source];
  return (
    <>
      <p className="guidance-why">{why}</p>
      <p className="guidance-meta">
        <span className="guidance-label">{t.t('guidance.principles')}:</span>{' '}
        {entry.principles.map((p) => (
          <span key={p} className="guidance-principle">
            {t.tryT(`diagnostic.principle.${p}`) ?? p}
          </span>
        ))}
      </p>
      <p className="guidance-meta">
        <a href={source.url} target="_blank" rel="noreferrer noopener">
          <Rich k="guidance.readMore" values={{ source: <span lang="en">{source.name}</span> }} />
        </a>
      </p>
    </>
  );
}

export function Guidance({ id }: { id: string }) {
  const { t } = useI18n();
  const entry = guidanceById(id);
  const labelId = useId();
  if (!entry) return null;
  return <GuidanceDetails entry={entry} labelId={labelId} summary={t.t('guidance.why')} />;
}

function GuidanceDetails({
  entry,
  labelId,
  summary,
}: {
  entry: GuidanceEntry;
  labelId: string;
  summary: string;
}) {
  const { title } = useGuidanceText(entry);
  return (
    <details className="field-guidance" data-guidance={entry.id}>
      <summary id={labelId}>
        {summary}
        <span className="visually-hidden">: {title}</span>
      </summary>
      <div className="guidance-panel">
        <GuidanceBody entry={entry} />
      </div>
    </details>
  );
}
