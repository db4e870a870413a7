/**
 * Incident types the cluster adds for its context (issue 11 §2): cluster roles give a code and its
 * label in the five interface languages, and change the labels later (the code stays); every member
 * then finds the type in the short form, and the summary counts by it. The built-in types are
 * labelled by the app's texts.
 */
import { useState, type FormEvent } from 'react';
import { describeError } from '../../api/describe-error';
import { data } from '../../api/steward-client';
import { useApi } from '../../app/session-context';
import { FormField } from '../../components/form-field';
import { useI18n } from '../../i18n/i18n-context';
import type { Locale } from '../../i18n/locales';

export const LABEL_LANGUAGES: readonly Locale[] = ['en', 'fr', 'es', 'pt', 'ar'];

export interface IncidentType {
  code: string;
  builtIn: boolean;
  labels: Record<Locale, string> | null;
}

/** The label of a type in the current language: the cluster's own, else the app's, else the code. */
export function useTypeLabel(types: readonly IncidentType[]): (code: string) => string {
  const { t } = useI18n();
  return (code) =>
    types.find((x) => x.code === code)?.labels?.[t.locale] ?? t.tryT(`incidents.type.${code}`) ?? code;
}

/**
 * A message by a key composed at run time (`incidents.types.language.${lang}`) with text
 * parameters; the typed `t.t` only takes literal keys.
 */
function useSay(): (key: string, params?: Record<string, string>) => string {
  const { t } = useI18n();
  return (key, params) => (t.t as unknown as (k: string, p?: Record<string, string>) => string)(key, params);
}

const EMPTY = { en: '', fr: '', es: '', pt: '', ar: '' } as Record<Locale, string>;

/** One required label field per interface language, each written in its own direction. */
function LabelFields({
  idPrefix,
  labels,
  onChange,
}: {
  idPrefix: string;
  labels: Record<Locale, string>;
  onChange: (labels: Record<Locale, string>) => void;
}) {
  const say = useSay();
  return (
    <>
      {LABEL_LANGUAGES.map((lang) => (
        <FormField
          key={lang}
          id={`${idPrefix}-${lang}`}
          label={say('incidents.types.labelIn', { language: say(`incidents.types.language.${lang}`) })}
        >
          {(p) => (
            <input
              {...p}
              required
              lang={lang}
              dir={lang === 'ar' ? 'rtl' : 'ltr'}
              maxLength={80}
              value={labels[lang]}
              onChange={(e) => onChange({ ...labels, [lang]: e.target.value })}
            />
          )}
        </FormField>
      ))}
    </>
  );
}

export function IncidentTypesSection({
  types,
  onAdded,
  onChanged,
}: {
  types: readonly IncidentType[];
  onAdded: (type: IncidentType) => void;
  onChanged: (type: IncidentType) => void;
}) {
  const { t } = useI18n();
  const api = useApi();
  const label = useTypeLabel(types);
  const [code, setCode] = useState('');
  const [labels, setLabels] = useState<Record<Locale, string>>(EMPTY);
  const [message, setMessage] = useState<string | null>(null);
  const [editing, setEditing] = useState<{ code: string; labels: Record<Locale, string> } | null>(null);
  const [editMessage, setEditMessage] = useState<string | null>(null);
  const say = useSay();

  const add = async (e: FormEvent) => {
    e.preventDefault();
    try {
      const added = await data<IncidentType>(
        api.POST('/api/incidents/types', { body: { code: code.trim(), labels } } as never) as never,
      );
      setCode('');
      setLabels(EMPTY);
      setMessage(say('incidents.types.added', { code: added.code }));
      onAdded(added);
    } catch (error) {
      setMessage(describeError(t, error));
    }
  };

  const saveLabels = async (e: FormEvent) => {
    e.preventDefault();
    if (!editing) return;
    try {
      const changed = await data<IncidentType>(
        api.PATCH('/api/incidents/types/{code}', {
          params: { path: { code: editing.code } },
          body: { labels: editing.labels },
        } as never) as never,
      );
      setEditing(null);
      setEditMessage(say('incidents.types.saved', { code: changed.code }));
      onChanged(changed);
    } catch (error) {
      setEditMessage(describeError(t, error));
    }
  };

  const added = types.filter((x) => !x.builtIn);
  return (
    <section className="card incident-types" aria-labelledby="incident-types-title">
      <h2 id="incident-types-title">{t.t('incidents.types.title')}</h2>
      <p>{t.t('incidents.types.intro')}</p>
      {added.length === 0 ? (
        <p>{t.t('incidents.types.none')}</p>
      ) : (
        <table className="incident-types-list">
          <caption>{t.t('incidents.types.listCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t.t('incidents.types.code')}</th>
              <th scope="col">{t.t('incidents.types.label')}</th>
              <th scope="col">{t.t('incidents.types.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {added.map((x) => (
              <tr key={x.code} data-type={x.code}>
                <td>
                  <bdi>{x.code}</bdi>
                </td>
                <td dir="auto">{label(x.code)}</td>
                <td>
                  <button
                    type="button"
                    className="link-button"
                    onClick={() => {
                      setEditMessage(null);
                      setEditing({ code: x.code, labels: { ...EMPTY, ...(x.labels ?? {}) } });
                    }}
                  >
                    {say('incidents.types.edit', { code: x.code })}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {editing && (
        <form
          onSubmit={(e) => void saveLabels(e)}
          aria-labelledby="incident-types-edit"
          data-testid="incident-type-edit"
        >
          <h3 id="incident-types-edit">{say('incidents.types.editTitle', { code: editing.code })}</h3>
          <LabelFields
            idPrefix="incident-type-edit"
            labels={editing.labels}
            onChange={(next) => setEditing({ ...editing, labels: next })}
          />
          <p>
            <button type="submit" className="button button-primary">
              {t.t('incidents.types.save')}
            </button>{' '}
            <button type="button" className="button button-secondary" onClick={() => setEditing(null)}>
              {t.t('incidents.types.cancel')}
            </button>
          </p>
        </form>
      )}
      {editMessage && (
        <p role="status" data-testid="types-edit-message">
          {editMessage}
        </p>
      )}
      <form onSubmit={(e) => void add(e)} aria-labelledby="incident-types-add">
        <h3 id="incident-types-add">{t.t('incidents.types.add')}</h3>
        <FormField
          id="incident-type-code"
          label={t.t('incidents.types.code')}
          hint={t.t('incidents.types.codeHint')}
        >
          {(p) => (
            <input
              {...p}
              required
              dir="ltr"
              maxLength={60}
              pattern="[a-z][a-z0-9]*(-[a-z0-9]+)*"
              value={code}
              onChange={(e) => setCode(e.target.value)}
            />
          )}
        </FormField>
        <LabelFields idPrefix="incident-type-label" labels={labels} onChange={setLabels} />
        <p>
          <button type="submit" className="button button-primary">
            {t.t('incidents.types.submit')}
          </button>
        </p>
        {message && (
          <p role="status" data-testid="types-message">
            {message}
          </p>
        )}
      </form>
    </section>
  );
}
