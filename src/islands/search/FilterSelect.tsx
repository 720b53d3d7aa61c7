/** One filter: a labelled native select, so it works by keyboard and screen reader as is. */
interface Props { id: string; label: string; any: string; options: string[]; value: string; onChange: (v: string) => void }

export default function FilterSelect({ id, label, any, options, value, onChange }: Props) {
  return (
    <div className="search-filter">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value)}>
        <option value="">{any}</option>
        {options.map((o) => <option key={o} value={o}>{o}</option>)}
      </select>
    </div>
  );
}
