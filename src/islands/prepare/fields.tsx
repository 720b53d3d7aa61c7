/** Small labelled form controls shared by the prepare tools. Native elements: keyboard and screen reader work as is. */
import type { ReactNode } from 'react';

export function TextField({ id, label, hint, value, onChange, max, multiline = false }: {
  id: string; label: string; hint?: string; value: string; onChange: (v: string) => void; max: number; multiline?: boolean;
}) {
  const hintId = hint ? `${id}-hint` : undefined;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {hint && <p className="field__hint" id={hintId}>{hint}</p>}
      {multiline
        ? <textarea id={id} value={value} maxLength={max} rows={3} aria-describedby={hintId} onChange={(e) => onChange(e.target.value)} />
        : <input id={id} type="text" value={value} maxLength={max} aria-describedby={hintId} onChange={(e) => onChange(e.target.value)} />}
    </div>
  );
}

export function ScoreField({ id, label, value, onChange, low = 'no pain', high = 'worst pain you can imagine', empty = 'Not answered' }: {
  id: string; label: ReactNode; value: number | null; onChange: (v: number | null) => void; low?: string; high?: string; empty?: string;
}) {
  return (
    <div className="field field--score">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value ?? ''} onChange={(e) => onChange(e.target.value === '' ? null : Number(e.target.value))}>
        <option value="">{empty}</option>
        {Array.from({ length: 11 }, (_, n) => <option key={n} value={n}>{n}{n === 0 ? ` (${low})` : n === 10 ? ` (${high})` : ''}</option>)}
      </select>
    </div>
  );
}

export function CheckList({ legend, options, checked, onToggle, filter }: {
  legend: string; options: { value: string; label: string }[]; checked: readonly string[]; onToggle: (value: string, on: boolean) => void; filter?: string;
}) {
  const shown = filter ? options.filter((o) => checked.includes(o.value) || o.label.toLowerCase().includes(filter.toLowerCase())) : options;
  return (
    <fieldset className="checklist-field">
      <legend>{legend}</legend>
      <ul className="list-plain check-grid">
        {shown.map((o) => (
          <li key={o.value}>
            <label><input type="checkbox" checked={checked.includes(o.value)} onChange={(e) => onToggle(o.value, e.target.checked)} /> {o.label}</label>
          </li>
        ))}
      </ul>
      {shown.length === 0 && <p className="muted">Nothing matches that filter.</p>}
    </fieldset>
  );
}

/** Add or remove a value from a list, keeping order. */
export const toggle = <T,>(list: readonly T[], value: T, on: boolean): T[] => (on ? (list.includes(value) ? [...list] : [...list, value]) : list.filter((v) => v !== value));
