/**
 * <Guidance id="registry.sensitivity" />: the advice of one catalogue entry (./catalogue.ts) shown
 * beside a form field: a collapsed "Why this matters" that opens to the reason, the principles it
 * serves and a link to the document to read further. Texts come from i18n (all five languages),
 * replaced by the cluster's adapted text for the interface language when it wrote one
 * (./overrides.tsx), marked "adapted by the cluster".
 */
import { useId } from 'react';
import { Rich, useI18n } from '../i18n/i18n-context';
import { GUIDANCE_SOURCES, guidanceById, type GuidanceEntry } from './catalogue';
import { useGuidanceOverrides } from './overrides';
import './guidance.css';

export interface GuidanceText {
  title: string;
  why: string;
  /** Whether the cluster adapted the title or the reason (in the interface language). */
  adapted: boolean;
}

/** Steward's default title and reason of an entry in the interface language. */
export function useDefaultGuidanceText(): (entry: GuidanceEntry) => { title: string; why: string } {
  const { t } = useI18n();
  return (entry) => ({
    title: t.tryT(`guidance.${entry.id}.title`) ?? entry.id,
    why: t.tryT(`guidance.${entry.id}.why`) ?? '',
  });
}

/** The text of entries as users see it: the cluster's adaptation in the interface language, else the default. */
export function useGuidanceTexts(): (entry: GuidanceEntry) => GuidanceText {
  const { t } = useI18n();
  const defaults = useDefaultGuidanceText();
  const { find } = useGuidanceOverrides();
  return (entry) => {
    const base = defaults(entry);
    const own = find(entry.id, t.locale);
    return {
      title: own?.title ?? base.title,
      why: own?.why ?? base.why,
      adapted: own !== undefined,
    };
  };
}

/** The text of one entry as users see it. */
export function useGuidanceText(entry: GuidanceEntry): GuidanceText {
  return useGuidanceTexts()(entry);
}

/**
 * The body of an entry (reason, principles, source link, the "adapted" mark): shared by
 * <Guidance> and the help centre; `text` shows another text (the editor's preview).
 */
export function GuidanceBody({ entry, text }: { entry: GuidanceEntry; text?: GuidanceText }) {
  const { t } = useI18n();
  const shown = useGuidanceText(entry);
  const { why, adapted } = text ?? shown;
  const source = GUIDANCE_SOURCES[entry.source];
  return (
    <>
      <p className="guidance-why">{why}</p>
      {adapted && <p className="guidance-adapted">{t.t('guidance.custom')}</p>}
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
