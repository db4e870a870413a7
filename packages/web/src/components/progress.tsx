/** Progress of a long action (an upload, an import): a labelled `<progress>` and the percentage. */
import { useI18n } from '../i18n/i18n-context';
import './components.css';

export function Progress({ value, label }: { value: number; label: string }) {
  const { t } = useI18n();
  const fraction = Math.min(1, Math.max(0, value));
  const percent = t.number(fraction, { style: 'percent' });
  return (
    <div className="progress-row" role="status">
      <progress max={1} value={fraction} aria-label={label} />
      <span>{t.t('ui.progress.done', { percent })}</span>
    </div>
  );
}
