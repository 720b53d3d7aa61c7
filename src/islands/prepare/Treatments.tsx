/** Treatments tried: one group of fields per treatment; rows are added and removed by the reader. */
import type { Answers, Treatment } from '../../lib/prepare/answers.ts';
import { TextField } from './fields.tsx';

const FIELDS: [keyof Omit<Treatment, 'id'>, string, number][] = [
  ['name', 'Medicine or treatment', 120],
  ['dose', 'Dose and how often (for medicines)', 120],
  ['howLong', 'How long you tried it', 120],
  ['effect', 'What it did for your pain', 300],
  ['sideEffects', 'Side effects', 300],
];

export default function Treatments({ rows, onChange }: { rows: Answers['treatments']; onChange: (rows: Answers['treatments']) => void }) {
  const set = (id: string, key: keyof Treatment, value: string) => onChange(rows.map((r) => (r.id === id ? { ...r, [key]: value } : r)));
  const add = () => {
    const id = `t${Date.now().toString(36)}`;
    onChange([...rows, { id, name: '', dose: '', howLong: '', effect: '', sideEffects: '' }]);
    window.setTimeout(() => document.getElementById(`${id}-name`)?.focus(), 0);
  };
  const remove = (index: number) => {
    onChange(rows.filter((_, i) => i !== index));
    window.setTimeout(() => document.getElementById('add-treatment')?.focus(), 0);
  };
  return (
    <div>
      {rows.length === 0 && <p className="muted">No treatments added yet.</p>}
      <ol className="treatments">
        {rows.map((r, i) => (
          <li key={r.id} className="treatment">
            <fieldset>
              <legend>Treatment {i + 1}{r.name ? `: ${r.name}` : ''}</legend>
              <div className="treatment__grid">
                {FIELDS.map(([key, label, max]) => (
                  <TextField key={key} id={`${r.id}-${key}`} label={label} value={r[key]} max={max} onChange={(v) => set(r.id, key, v)} />
                ))}
              </div>
              <button type="button" className="button-secondary" onClick={() => remove(i)}>
                Remove treatment {i + 1}{r.name ? ` (${r.name})` : ''}
              </button>
            </fieldset>
          </li>
        ))}
      </ol>
      <button type="button" id="add-treatment" className="button-secondary" disabled={rows.length >= 30} onClick={add}>Add a treatment</button>
    </div>
  );
}
