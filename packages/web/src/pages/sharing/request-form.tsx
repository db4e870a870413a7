/**
 * Request a registry asset: purpose, intended use, recipients, duration, contact. Used on the
 * entry page (members) and, with the requester's name and organisation, on the public form.
 */
import { Guidance } from '../../guidance/guidance';
import { useRef, useState, type FormEvent } from 'react';
import { fieldErrorMap } from '../../api/api-error';
import { data } from '../../api/steward-client';
import { useApi, useAuthenticatedSession } from '../../app/session-context';
import { activeMembership } from '../../api/session';
import { describeError } from '../../api/describe-error';
import type { PlainKey } from '../../i18n/dictionary';
import { useI18n } from '../../i18n/i18n-context';
import { Field } from '../registry/shared';
import type { RequestInput } from './sharing-api';
import { validateRequest, type RequestDraft } from './sharing-logic';

/**
 * The signed-in member's request form. `entryTitle` is absent when the requester's organisation
 * cannot see the entry (a shared link). The requesting organisation and the contact e-mail come
 * from the session (the organisation is the active one, as the API records it; the e-mail can be
 * changed). `bare` leaves out the card and heading (inside a dialog that has its own title).
 */
export function RequestForm({
  entryId,
  entryTitle,
  bare = false,
  onSent,
}: {
  entryId: string;
  entryTitle?: string;
  bare?: boolean;
  onSent?: () => void;
}) {
  const { t } = useI18n();
  const api = useApi();
  const session = useAuthenticatedSession();
  const membership = activeMembership(session);
  const [sent, setSent] = useState(false);
  const submit = async (input: RequestInput) => {
    await data(api.POST('/api/requests', { body: { ...input } }));
    setSent(true);
    onSent?.();
  };
  const body = (
    <>
      <p className="muted">
        {entryTitle === undefined
          ? t.t('share.request.introUnseen')
          : t.t('share.request.intro', { title: entryTitle })}
      </p>
      {membership && (
        <dl className="request-requester" data-testid="request-requester">
          <dt>{t.t('share.request.requester')}</dt>
          <dd>
            <bdi>{membership.organisationName}</bdi> (<bdi>{membership.acronym}</bdi>)
          </dd>
        </dl>
      )}
      {sent ? (
        <p className="notice" role="status" data-testid="request-sent">
          {t.t('share.request.sent')}
        </p>
      ) : (
        <RequestFields
          entryId={entryId}
          onSubmit={submit}
          publicForm={false}
          initialContactEmail={session.user.email}
        />
      )}
    </>
  );
  if (bare) return body;
  return (
    <section className="card" aria-labelledby="request-heading">
      <h2 id="request-heading">{t.t('share.request.heading')}</h2>
      {body}
    </section>
  );
}

/** The shared fields and validation; `publicForm` adds name and organisation. */
export function RequestFields({
  entryId,
  onSubmit,
  publicForm,
  entryIdEditable = false,
  initialContactEmail = '',
}: {
  entryId: string;
  onSubmit: (
    input: RequestInput & { requesterName?: string; requesterOrganisation?: string },
  ) => Promise<void>;
  publicForm: boolean;
  entryIdEditable?: boolean;
  /** The signed-in requester's e-mail, to start from. */
  initialContactEmail?: string;
}) {
  const { t } = useI18n();
  const [draft, setDraft] = useState<RequestDraft>({
    registryEntryId: entryId,
    purpose: '',
    intendedUse: '',
    recipients: '',
    requestedDurationDays: '90',
    contactEmail: initialContactEmail,
    requesterName: '',
    requesterOrganisation: '',
  });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const summary = useRef<HTMLDivElement>(null);

  const set = (key: keyof RequestDraft, value: string) => setDraft((d) => ({ ...d, [key]: value }));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found = validateRequest(draft, publicForm);
    const messages: Record<string, string> = {};
    for (const [k, v] of Object.entries(found)) messages[k] = t.t(v);
    setErrors(messages);
    setProblem(null);
    if (Object.keys(found).length > 0) {
      setProblem(t.t('reg.form.fixErrors', { count: Object.keys(found).length }));
      requestAnimationFrame(() => summary.current?.focus());
      return;
    }
    setBusy(true);
    try {
      await onSubmit({
        registryEntryId: draft.registryEntryId.trim(),
        purpose: draft.purpose.trim(),
        intendedUse: draft.intendedUse.trim(),
        recipients: draft.recipients.trim(),
        requestedDurationDays: Number(draft.requestedDurationDays),
        contactEmail: draft.contactEmail.trim(),
        ...(publicForm
          ? {
              requesterName: draft.requesterName.trim(),
              requesterOrganisation: draft.requesterOrganisation.trim(),
            }
          : {}),
      });
    } catch (error) {
      setErrors(fieldErrorMap(error));
      setProblem(describeError(t, error));
      requestAnimationFrame(() => summary.current?.focus());
    } finally {
      setBusy(false);
    }
  };

  const field = (
    key: keyof RequestDraft,
    label: PlainKey,
    hint?: PlainKey,
    kind: 'text' | 'area' | 'email' | 'number' = 'text',
  ) => (
    <Field
      id={`req-${key}`}
      label={t.t(label)}
      {...(hint ? { hint: t.t(hint) } : {})}
      {...(errors[key] ? { error: errors[key] } : {})}
    >
      {(props) =>
        kind === 'area' ? (
          <textarea {...props} rows={3} value={draft[key]} onChange={(e) => set(key, e.target.value)} />
        ) : (
          <input
            {...props}
            type={kind}
            {...(kind === 'email' ? { dir: 'ltr', autoComplete: 'email' } : {})}
            {...(kind === 'number' ? { min: 1, max: 730, inputMode: 'numeric' as const } : {})}
            value={draft[key]}
            onChange={(e) => set(key, e.target.value)}
          />
        )
      }
    </Field>
  );

  return (
    <form noValidate onSubmit={submit} aria-label={t.t('share.request.heading')}>
      <div ref={summary} tabIndex={-1} aria-live="assertive">
        {problem && (
          <div className="alert" role="alert">
            <p>{problem}</p>
          </div>
        )}
      </div>
      {entryIdEditable && field('registryEntryId', 'share.request.entryId', 'share.request.entryIdHint')}
      {publicForm && field('requesterName', 'share.request.name')}
      {publicForm && field('requesterOrganisation', 'share.request.organisation')}
      {field('purpose', 'share.request.purpose', 'share.request.purposeHint', 'area')}
      <Guidance id="sharing.purpose" />
      {field('intendedUse', 'share.request.intendedUse', 'share.request.intendedUseHint', 'area')}
      {field('recipients', 'share.request.recipients', 'share.request.recipientsHint')}
      {field('requestedDurationDays', 'share.request.duration', 'share.request.durationHint', 'number')}
      {field('contactEmail', 'share.request.contact', undefined, 'email')}
      <button type="submit" className="button button-primary" disabled={busy}>
        {busy ? t.t('share.request.sending') : t.t('share.request.submit')}
      </button>
    </form>
  );
}
