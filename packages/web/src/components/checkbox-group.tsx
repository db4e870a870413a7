/**
 * A group of checkboxes (a fieldset with its legend, hint and error) laid out in columns. Each
 * box sits right beside its label, at the label's first line, however many lines the label wraps
 * onto (in every language and direction); an option may carry a small tag (e.g. "ISP").
 */
import type { ReactNode } from 'react';
import './components.css';

export interface CheckboxOption {
  readonly value: string;
  readonly label: string;
  readonly tag?: ReactNode;
}

export function CheckboxGroup({
  id,
  legend,
  hint,
  error,
  options,
  selected,
  onChange,
  className,
}: {
  id: string;
  legend: string;
  hint?: string;
  error?: string;
  options: readonly CheckboxOption[];
  selected: readonly string[];
  /** The new selection, in the options' order. */
  onChange: (selected: string[]) => void;
  className?: string;
}) {
  const describedBy = error ? `${id}-error` : hint ? `${id}-hint` : undefined;
  return (
    <fieldset
      id={id}
      className={['field', 'checkbox-group', error ? 'field-invalid' : '', className ?? '']
        .filter(Boolean)
        .join(' ')}
      {...(describedBy ? { 'aria-describedby': describedBy } : {})}
    >
      <legend>{legend}</legend>
      {hint && (
        <p className="hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      {error && (
        <p className="field-error" id={`${id}-error`}>
          {error}
        </p>
      )}
      <CheckboxOptions options={options} selected={selected} onChange={onChange} />
    </fieldset>
  );
}

/** The boxes of a group alone, for a fieldset that holds more than them. */
export function CheckboxOptions({
  options,
  selected,
  onChange,
}: {
  options: readonly CheckboxOption[];
  selected: readonly string[];
  onChange: (selected: string[]) => void;
}) {
  const toggle = (value: string, on: boolean) => {
    const next = new Set(selected);
    if (on) next.add(value);
    else next.delete(value);
    onChange(options.map((o) => o.value).filter((v) => next.has(v)));
  };
  return (
    <div className="checkbox-options">
      {options.map((option) => (
        <label key={option.value} className="checkbox-option">
          <input
            type="checkbox"
            checked={selected.includes(option.value)}
            onChange={(e) => toggle(option.value, e.target.checked)}
          />
          <span className="checkbox-option-text">
            {option.label}
            {option.tag !== undefined && <> {option.tag}</>}
          </span>
        </label>
      ))}
    </div>
  );
}
