/**
 * The cluster's service types (the taxonomy, issue 9): every signed-in member reads the list; the
 * cluster coordinator and IMO add a type and change a type's name, description and position (its
 * code is fixed once created). The service's problems (code + params) show beside the fields in
 * the user's language. The API refuses other roles whatever this page shows.
 */
import { useMemo, useState, type FormEvent } from 'react';
import { ApiError, type FieldError } from '../../api/api-error';
import { describeError } from '../../api/describe-error';
import { data } from '../../api/steward-client';
import { useApi } from '../../app/session-context';
import { DataTable, FormField, type Column } from '../../components';
import { useI18n } from '../../i18n/i18n-context';
import { useCodeLabel } from './directory-parts';
import { problemText } from './import-problems';
import { useTaxonomy, type TaxonomyTerm } from './service-types';

type Editing = { kind: 'add' } | { kind: 'edit'; term: TaxonomyTerm } | null;

export function TaxonomyEditor({ mayEdit }: { mayEdit: boolean }) {
  const { t } = useI18n();
  const { load, reload } = useTaxonomy();
  const label = useCodeLabel();
  const [editing, setEditing] = useState<Editing>(null);
  const [saved, setSaved] = useState<string | null>(null);

  const columns = useMemo<Column<TaxonomyTerm>[]>(
    () => [
      {
        key: 'position',
        header: t.t('dir.taxonomy.col.position'),
        cell: (r) => t.number(r.position),
        sortValue: (r) => r.position,
      },
      {
        key: 'code',
        header: t.t('dir.taxonomy.col.code'),
        cell: (r) => <code>{r.code}</code>,
        sortValue: (r) => r.code,
      },
      {
        key: 'name',
        header: t.t('dir.taxonomy.col.name'),
        // The cluster's own text, in whatever script it wrote it: isolated from the page's direction.
        cell: (r) => <bdi>{r.name}</bdi>,
        sortValue: (r) => r.name,
        rowHeader: true,
      },
      {
        key: 'label',
        header: t.t('dir.taxonomy.col.label'),
        cell: (r) => label('type', r.code),
        sortValue: (r) => label('type', r.code),
      },
      {
        key: 'description',
        header: t.t('dir.taxonomy.col.description'),
        cell: (r) => <bdi>{r.description}</bdi>,
      },
      ...(mayEdit
        ? [
            {
              key: 'actions',
              header: t.t('dir.taxonomy.col.actions'),
              cell: (r: TaxonomyTerm) => (
                <button
                  type="button"
                  className="button button-secondary"
                  onClick={() => {
                    setSaved(null);
                    setEditing({ kind: 'edit', term: r });
                  }}
                >
                  {t.t('dir.taxonomy.edit', { name: r.name })}
                </button>
              ),
            },
          ]
        : []),
    ],
    [t, mayEdit, label],
  );

  return (
    <>
      <section className="card dir-card" aria-label={t.t('dir.taxonomy.title')}>
        <p>{t.t('dir.taxonomy.why')}</p>
        <p className="hint">{t.t('dir.taxonomy.codeHelp')}</p>
        {!mayEdit && <p className="muted">{t.t('dir.taxonomy.readOnly')}</p>}
      </section>
      <div aria-live="polite">
        {saved && (
          <p className="notice" data-testid="taxonomy-message">
            {t.t('dir.taxonomy.saved', { name: saved })}
          </p>
        )}
      </div>
      {mayEdit && editing === null && (
        <div className="actions">
          <button
            type="button"
            className="button button-primary"
            onClick={() => {
              setSaved(null);
              setEditing({ kind: 'add' });
            }}
          >
            {t.t('dir.taxonomy.add')}
          </button>
        </div>
      )}
      {mayEdit && editing !== null && (
        <section className="card dir-card" aria-labelledby="taxonomy-form-heading">
          <h2 id="taxonomy-form-heading">
            {editing.kind === 'add'
              ? t.t('dir.taxonomy.add')
              : t.t('dir.taxonomy.editTitle', { code: editing.term.code })}
          </h2>
          <TermForm
            key={editing.kind === 'add' ? '' : editing.term.code}
            term={editing.kind === 'edit' ? editing.term : null}
            onCancel={() => setEditing(null)}
            onSaved={(term) => {
              setEditing(null);
              setSaved(term.name);
              void reload();
            }}
          />
        </section>
      )}
      {load.status === 'loading' && (
        <p className="muted" role="status">
          {t.t('common.loading')}
        </p>
      )}
      {load.status === 'failed' && <p className="alert">{describeError(t, load.error)}</p>}
      {load.status === 'ready' && (
        <DataTable
          caption={t.t('dir.taxonomy.caption')}
          columns={columns}
          rows={load.terms}
          rowKey={(r) => r.code}
          empty={t.t('dir.taxonomy.empty')}
          pageSize={100}
          testId="taxonomy"
        />
      )}
    </>
  );
}

/** The form of a new type (code editable) or of an existing one (code shown, fixed). */
function TermForm({
  term,
  onCancel,
  onSaved,
}: {
  term: TaxonomyTerm | null;
  onCancel: () => void;
  onSaved: (term: TaxonomyTerm) => void;
}) {
  const { t } = useI18n();
  const api = useApi();
  const [code, setCode] = useState(term?.code ?? '');
  const [name, setName] = useState(term?.name ?? '');
  const [description, setDescription] = useState(term?.description ?? '');
  const [position, setPosition] = useState(term ? String(term.position) : '');
  const [problems, setProblems] = useState<readonly FieldError[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const problemOf = (path: string) => {
    const p = problems.find((x) => x.path === path);
    return p ? problemText(t, p) : undefined;
  };

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    setProblems([]);
    const trimmed = position.trim();
    try {
      const r = await data(
        api.PUT('/api/directory/taxonomy', {
          body: {
            code: term ? term.code : code,
            name,
            description,
            // A position that is not a number goes as typed: the service names the problem.
            ...(trimmed === ''
              ? {}
              : { position: Number.isNaN(Number(trimmed)) ? trimmed : Number(trimmed) }),
          },
        }),
      );
      onSaved(r as TaxonomyTerm);
    } catch (err) {
      if (err instanceof ApiError && err.fields.length > 0) {
        setProblems(err.fields);
        setError(t.t('dir.taxonomy.notSaved'));
      } else setError(describeError(t, err));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form onSubmit={(e) => void submit(e)} noValidate className="dir-form" data-testid="taxonomy-form">
      <div aria-live="assertive">
        {error && (
          <p className="alert" role="alert" data-testid="taxonomy-form-error">
            {error}
          </p>
        )}
      </div>
      {term ? (
        <p>
          {t.t('dir.taxonomy.code')}: <code>{term.code}</code>
        </p>
      ) : (
        <FormField
          id="term-code"
          label={t.t('dir.taxonomy.code')}
          hint={t.t('dir.taxonomy.codeHint')}
          error={problemOf('code')}
        >
          {(p) => (
            <input
              {...p}
              type="text"
              value={code}
              autoComplete="off"
              spellCheck={false}
              dir="ltr"
              onChange={(e) => setCode(e.target.value)}
            />
          )}
        </FormField>
      )}
      <FormField
        id="term-name"
        label={t.t('dir.taxonomy.name')}
        hint={t.t('dir.taxonomy.nameHint')}
        error={problemOf('name')}
      >
        {(p) => <input {...p} type="text" value={name} onChange={(e) => setName(e.target.value)} />}
      </FormField>
      <FormField
        id="term-description"
        label={t.t('dir.taxonomy.description')}
        hint={t.t('dir.taxonomy.descriptionHint')}
        error={problemOf('description')}
      >
        {(p) => (
          <textarea {...p} rows={3} value={description} onChange={(e) => setDescription(e.target.value)} />
        )}
      </FormField>
      <FormField
        id="term-position"
        label={t.t('dir.taxonomy.position')}
        hint={t.t('dir.taxonomy.positionHint')}
        error={problemOf('position')}
      >
        {(p) => (
          <input
            {...p}
            type="text"
            inputMode="numeric"
            value={position}
            onChange={(e) => setPosition(e.target.value)}
          />
        )}
      </FormField>
      <div className="actions">
        <button type="submit" className="button button-primary" disabled={busy}>
          {t.t('dir.taxonomy.save')}
        </button>{' '}
        <button type="button" className="button button-secondary" onClick={onCancel}>
          {t.t('dir.taxonomy.cancel')}
        </button>
      </div>
    </form>
  );
}
