/** A searchable picker: type to narrow a list of checkboxes; chosen items always stay in view. */
import { useState } from 'react';
import { CheckList } from './fields.tsx';

export default function Picker({ id, legend, options, chosen, onToggle }: {
  id: string; legend: string; options: { value: string; label: string }[]; chosen: readonly string[]; onToggle: (v: string, on: boolean) => void;
}) {
  const [filter, setFilter] = useState('');
  return (
    <div className="picker">
      <label htmlFor={id}>Find in the list of {legend.toLowerCase()}</label>
      <input id={id} type="search" value={filter} onChange={(e) => setFilter(e.target.value)} autoComplete="off" />
      <CheckList legend={legend} options={options} checked={chosen} onToggle={onToggle} filter={filter.trim()} />
    </div>
  );
}
