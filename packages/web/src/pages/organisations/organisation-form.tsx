/**
 * The dialog that adds or edits an organisation: name, acronym, type, cluster membership. The
 * form checks name and acronym as the server does (@steward/core/organisations/directory-entry)
 * and shows the server's refusals (duplicate acronym, a lead that holds cluster roles) at the field.
 */
import { useEffect, useId, useState, type FormEvent } from 'react';
import { acronymProblem, nameProblem } from '@steward/core/organisations/directory-entry';
import { ApiError } from '../../api/api-error';
import { describeError } from '../../api/describe-error';
import { Checkbox, Dialog, FormField } from '../../components';
import { useI18n } from '../../i18n/i18n-context';
import type { Translator } from '../../i18n/locales';

export const ORGANISATION_TYPES = [
  'cluster-lead',
  'cluster-co-lead',
  'un-agency',
  'international-ngo',
  'national-ngo',
  'government',
  'other',
] as const;
export type OrganisationTypeValue = (typeof ORGANISATION_TYPES)[number];

export interface OrganisationDraft {
  name: string;
  acronym: string;
  type: OrganisationTypeValue;
  isClusterMember: boolean;
}

type FieldErrors = Partial<Record<'name' | 'acronym' | 'type', string>>;

function localErrors(t: Translator, draft: OrganisationDraft): FieldErrors {
  const errors: FieldErrors = {};
  if (nameProblem(draft.name)) errors.name = t.t('orgs.form.nameRequired');
  const acronym = acronymProblem(draft.acronym);
  if (acronym === 'acronym-length') errors.acronym = t.t('orgs.form.acronymRequired');
  else if (acronym) errors.acronym = t.t('orgs.form.acronymFormat');
  return errors;
}

/** The server's refusal as field errors where it names a field; null when it names none. */
function serverErrors(t: Translator, error: unknown, draft: OrganisationDraft): FieldErrors | null {
  if (!(error instanceof ApiError) || error.fields.length === 0) return null;
  const errors: FieldErrors = {};
  for (const f of error.fields) {
    if (f.path === 'acronym')
      errors.acronym =
        error.details.reason === 'acronym-taken'
          ? t.t('orgs.form.acronymTaken', { acronym: draft.acronym.trim() })
          : error.details.rule === 'acronym-length'
            ? t.t('orgs.form.acronymRequired')
            : t.t('orgs.form.acronymFormat');
    else if (f.path === 'name') errors.name = t.t('orgs.form.nameRequired');
    else if (f.path === 'type') errors.type = t.t('orgs.form.typeLocked');
  }
  return Object.keys(errors).length > 0 ? errors : null;
}

export function OrganisationForm({
  open,
  initial,
  editing,
  onClose,
  onSubmit,
}: {
  open: boolean;
  initial: OrganisationDraft;
  /** The organisation's current name when editing; null when adding. */
  editing: string | null;
  onClose: () => void;
  /** Sends the draft; rejects with the API's error. */
  onSubmit: (draft: OrganisationDraft) => Promise<void>;
}) {
  const { t } = useI18n();
  const id = useId();
  const [draft, setDraft] = useState<OrganisationDraft>(initial);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    if (open) {
      setDraft(initial);
      setErrors({});
      setFailure(null);
    }
  }, [open, initial]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const local = localErrors(t, draft);
    setErrors(local);
    setFailure(null);
    if (Object.keys(local).length > 0) {
      focusFirstInvalid(id, local);
      return;
    }
    setBusy(true);
    try {
      await onSubmit(draft);
    } catch (error) {
      const fields = serverErrors(t, error, draft);
      if (fields) {
        setErrors(fields);
        focusFirstInvalid(id, fields);
      } else setFailure(describeError(t, error));
    } finally {
      setBusy(false);
    }
  };

  const set = <K extends keyof OrganisationDraft>(key: K, value: OrganisationDraft[K]) =>
    setDraft((d) => ({ ...d, [key]: value }));
  const invalid = Object.keys(errors).length > 0;

  return (
    <Dialog
      open={open}
      title={editing ? t.t('orgs.form.editTitle', { name: editing }) : t.t('orgs.form.addTitle')}
      onClose={onClose}
      testId="organisation-dialog"
    >
      <form noValidate onSubmit={(e) => void submit(e)} data-testid="organisation-form">
        {invalid ? (
          <p className="alert" role="alert" data-testid="organisation-form-errors">
            {t.t('orgs.form.fixErrors')}
          </p>
        ) : null}
        {failure ? (
          <p className="alert" role="alert" data-testid="organisation-form-failure">
            {failure}
          </p>
        ) : null}
        <FormField
          id={`${id}-name`}
          label={t.t('orgs.form.name')}
          hint={t.t('orgs.form.nameHint')}
          {...(errors.name ? { error: errors.name } : {})}
        >
          {(p) => (
            <input
              {...p}
              name="name"
              type="text"
              maxLength={200}
              autoComplete="organization"
              value={draft.name}
              onChange={(e) => set('name', e.target.value)}
            />
          )}
        </FormField>
        <FormField
          id={`${id}-acronym`}
          label={t.t('orgs.form.acronym')}
          hint={t.t('orgs.form.acronymHint')}
          {...(errors.acronym ? { error: errors.acronym } : {})}
        >
          {(p) => (
            <input
              {...p}
              name="acronym"
              type="text"
              dir="auto"
              maxLength={30}
              autoComplete="off"
              spellCheck={false}
              value={draft.acronym}
              onChange={(e) => set('acronym', e.target.value)}
            />
          )}
        </FormField>
        <FormField
          id={`${id}-type`}
          label={t.t('orgs.form.type')}
          hint={t.t('orgs.form.typeHint')}
          {...(errors.type ? { error: errors.type } : {})}
        >
          {(p) => (
            <select
              className="select"
              {...p}
              name="type"
              value={draft.type}
              onChange={(e) => set('type', e.target.value as OrganisationTypeValue)}
            >
              {ORGANISATION_TYPES.map((type) => (
                <option key={type} value={type}>
                  {t.t(`orgType.${type}`)}
                </option>
              ))}
            </select>
          )}
        </FormField>
        <Checkbox
          id={`${id}-member`}
          label={t.t('orgs.form.member')}
          hint={t.t('orgs.form.memberHint')}
          checked={draft.isClusterMember}
          onChange={(v) => set('isClusterMember', v)}
        />
        <div className="org-form-actions">
          <button type="submit" className="button button-primary" disabled={busy}>
            {editing ? t.t('orgs.form.save') : t.t('orgs.form.create')}
          </button>
          <button type="button" className="button button-secondary" onClick={onClose}>
            {t.t('orgs.form.cancel')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}

function focusFirstInvalid(id: string, errors: FieldErrors): void {
  const first = (['name', 'acronym', 'type'] as const).find((k) => errors[k]);
  if (first) requestAnimationFrame(() => document.getElementById(`${id}-${first}`)?.focus());
}
