/**
 * The help centre (issue 11 §5): every guidance entry of the catalogue, by topic or by
 * data-responsibility principle, with a filter, and the checklists Steward asks for before
 * risky actions. The same texts are shown beside the forms (<Guidance>): the cluster's adapted
 * text for the interface language when there is one, marked so. Cluster roles adapt an entry here
 * (./guidance-editor.tsx: current language, preview, save, revert to the default), and reword a
 * checklist item (./checklist-item-editor.tsx; the item stays and must still be ticked).
 */
import { useState } from 'react';
import { PRINCIPLES } from '@steward/core/diagnostic/model';
import {
  CHECKLISTS,
  checklistItemId,
  GUIDANCE,
  GUIDANCE_TOPICS,
  type ChecklistKind,
  type GuidanceEntry,
} from '../../guidance/catalogue';
import { GuidanceBody, useGuidanceTexts } from '../../guidance/guidance';
import { useGuidanceOverrides } from '../../guidance/overrides';
import { ChecklistItemLabel, useChecklistItemTexts } from '../../guidance/risk-checklist';
import '../../guidance/guidance.css';
import { useDocumentTitle, useI18n } from '../../i18n/i18n-context';
import { ChecklistItemEditor } from './checklist-item-editor';
import { GuidanceEditor } from './guidance-editor';

export default function HelpPage() {
  const { t } = useI18n();
  useDocumentTitle(t.t('help.title'));
  const [view, setView] = useState<'topic' | 'principle'>('topic');
  const [filter, setFilter] = useState('');
  const [editing, setEditing] = useState<string | null>(null);
  const [notice, setNotice] = useState<{ id: string; text: string } | null>(null);
  const { canEdit } = useGuidanceOverrides();
  const textOf = useGuidanceTexts();
  const itemText = useChecklistItemTexts();
  const needle = filter.trim().toLocaleLowerCase(t.locale);
  const matches = (e: GuidanceEntry) => {
    const { title, why } = textOf(e);
    return needle === '' || `${title} ${why}`.toLocaleLowerCase(t.locale).includes(needle);
  };
  const shown = GUIDANCE.filter(matches);

  const entry = (e: GuidanceEntry, level: 'h3' | 'h4') => {
    const Heading = level;
    const { title } = textOf(e);
    return (
      <article key={e.id} className="help-entry" data-guidance-entry={e.id}>
        <Heading>{title}</Heading>
        <GuidanceBody entry={e} />
        {notice?.id === e.id && (
          <p role="status" className="notice" data-testid="guidance-edit-notice">
            {notice.text}
          </p>
        )}
        {canEdit &&
          (editing === e.id ? (
            <GuidanceEditor
              entry={e}
              onDone={(text) => {
                setEditing(null);
                setNotice(text ? { id: e.id, text } : null);
              }}
            />
          ) : (
            <div className="help-entry-actions">
              <button
                type="button"
                className="button button-secondary"
                onClick={() => {
                  setEditing(e.id);
                  setNotice(null);
                }}
              >
                {t.t('help.edit.open')}
                <span className="visually-hidden">: {title}</span>
              </button>
            </div>
          ))}
      </article>
    );
  };

  return (
    <section className="page">
      <h1>{t.t('help.title')}</h1>
      <p className="lead">{t.t('help.intro')}</p>
      {canEdit && (
        <section className="card" aria-labelledby="help-edit-title" data-testid="help-edit-intro">
          <h2 id="help-edit-title">{t.t('help.edit.title')}</h2>
          <p className="hint">{t.t('help.edit.intro')}</p>
        </section>
      )}
      <div className="field help-filter">
        <label htmlFor="help-filter">{t.t('help.search')}</label>
        <input id="help-filter" type="search" value={filter} onChange={(e) => setFilter(e.target.value)} />
      </div>
      <div className="actions" role="group" aria-label={t.t('help.title')}>
        <button
          type="button"
          className={`button ${view === 'topic' ? 'button-primary' : 'button-secondary'}`}
          aria-pressed={view === 'topic'}
          onClick={() => setView('topic')}
        >
          {t.t('help.byTopic')}
        </button>
        <button
          type="button"
          className={`button ${view === 'principle' ? 'button-primary' : 'button-secondary'}`}
          aria-pressed={view === 'principle'}
          onClick={() => setView('principle')}
        >
          {t.t('help.byPrinciple')}
        </button>
      </div>
      {shown.length === 0 && (
        <p className="muted" role="status">
          {t.t('help.noMatch')}
        </p>
      )}
      {view === 'topic' ? (
        <div data-testid="help-by-topic">
          <h2 className="visually-hidden">{t.t('help.byTopic')}</h2>
          {GUIDANCE_TOPICS.map((topic) => {
            const list = shown.filter((e) => e.topic === topic);
            if (list.length === 0) return null;
            return (
              <section key={topic} className="card" aria-labelledby={`help-topic-${topic}`}>
                <h3 id={`help-topic-${topic}`}>{t.tryT(`guidance.topic.${topic}`)}</h3>
                {list.map((e) => entry(e, 'h4'))}
              </section>
            );
          })}
        </div>
      ) : (
        <div data-testid="help-by-principle">
          <h2 className="visually-hidden">{t.t('help.byPrinciple')}</h2>
          {PRINCIPLES.map((principle) => {
            const list = shown.filter((e) => e.principles.includes(principle));
            return (
              <section key={principle} className="card" aria-labelledby={`help-principle-${principle}`}>
                <h3 id={`help-principle-${principle}`}>{t.tryT(`diagnostic.principle.${principle}`)}</h3>
                {list.length === 0 ? (
                  <p className="muted">{t.t('help.noneForPrinciple')}</p>
                ) : (
                  list.map((e) => entry(e, 'h4'))
                )}
              </section>
            );
          })}
        </div>
      )}
      <section className="card" aria-labelledby="help-checklists">
        <h2 id="help-checklists">{t.t('help.checklists')}</h2>
        <p className="hint">{t.t('help.checklistsIntro')}</p>
        {(Object.keys(CHECKLISTS) as ChecklistKind[]).map((kind) => (
          <div key={kind} className="help-entry" data-testid={`help-checklist-${kind}`}>
            <h3>{t.tryT(`guidance.checklist.${kind}.title`)}</h3>
            <ul className="help-checklist-items">
              {Array.from({ length: CHECKLISTS[kind].items }, (_, i) => {
                const n = i + 1;
                const key = checklistItemId(kind, n);
                const item = itemText(kind, n);
                return (
                  <li key={key} data-checklist-item={key}>
                    <ChecklistItemLabel {...item} />
                    {notice?.id === key && (
                      <p role="status" className="notice" data-testid="guidance-edit-notice">
                        {notice.text}
                      </p>
                    )}
                    {canEdit &&
                      (editing === key ? (
                        <ChecklistItemEditor
                          kind={kind}
                          n={n}
                          onDone={(text) => {
                            setEditing(null);
                            setNotice(text ? { id: key, text } : null);
                          }}
                        />
                      ) : (
                        <div className="help-entry-actions">
                          <button
                            type="button"
                            className="button button-secondary"
                            onClick={() => {
                              setEditing(key);
                              setNotice(null);
                            }}
                          >
                            {t.t('help.edit.open')}
                            <span className="visually-hidden">: {item.text}</span>
                          </button>
                        </div>
                      ))}
                  </li>
                );
              })}
            </ul>
          </div>
        ))}
      </section>
    </section>
  );
}
