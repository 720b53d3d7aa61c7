/** Questions to ask: those the chosen pages suggest, plus the reader's own; each can be ticked or removed. */
import { useState } from 'react';
import type { Answers } from '../../lib/prepare/answers.ts';
import type { Sheet } from '../../lib/prepare/assemble.ts';
import { toggle } from './fields.tsx';

export default function Questions({ sheet, questions, onChange }: {
  sheet: Sheet; questions: Answers['questions']; onChange: (q: Answers['questions']) => void;
}) {
  const [draft, setDraft] = useState('');
  const tick = (key: string, on: boolean) => {
    if (key.startsWith('own:')) onChange({ ...questions, own: questions.own.map((o) => (`own:${o.id}` === key ? { ...o, ticked: on } : o)) });
    else onChange({ ...questions, ticked: toggle(questions.ticked, key, on) });
  };
  const remove = (key: string) => {
    if (key.startsWith('own:')) onChange({ ...questions, own: questions.own.filter((o) => `own:${o.id}` !== key) });
    else onChange({ ...questions, removed: [...questions.removed, key] });
  };
  const add = () => {
    const text = draft.trim();
    if (!text) return;
    onChange({ ...questions, own: [...questions.own, { id: `o${Date.now().toString(36)}`, text: text.slice(0, 300), ticked: true }] });
    setDraft('');
  };
  return (
    <div>
      {sheet.questions.length === 0 && <p className="muted">Choose a condition or procedure above to see suggested questions, or add your own.</p>}
      <ul className="list-plain question-list">
        {sheet.questions.map((q, i) => (
          <li key={q.key}>
            <label><input type="checkbox" checked={q.ticked} onChange={(e) => tick(q.key, e.target.checked)} /> {q.text}</label>
            <button type="button" className="link-button" aria-label={`Remove question ${i + 1}: ${q.text}`} onClick={() => remove(q.key)}>Remove</button>
          </li>
        ))}
      </ul>
      {questions.removed.length > 0 && (
        <p><button type="button" className="link-button" onClick={() => onChange({ ...questions, removed: [] })}>Bring back {questions.removed.length} removed question{questions.removed.length === 1 ? '' : 's'}</button></p>
      )}
      <div className="field field--inline">
        <label htmlFor="own-question">Your own question</label>
        <div className="field__row">
          <input id="own-question" type="text" value={draft} maxLength={300} onChange={(e) => setDraft(e.target.value)}
            onKeyDown={(e) => { if (e.key === 'Enter') { e.preventDefault(); add(); } }} />
          <button type="button" className="button-secondary" onClick={add} disabled={questions.own.length >= 30}>Add question</button>
        </div>
      </div>
    </div>
  );
}
