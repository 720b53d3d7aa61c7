/** Print and "Delete my answers": the two buttons every prepare tool has. */
import type { Stored } from './useAnswers.ts';

export default function ToolActions({ printLabel, stored }: { printLabel: string; stored: Stored }) {
  return (
    <div className="prepare__actions no-print">
      <button type="button" className="button-primary" onClick={() => window.print()}>{printLabel}</button>
      <button type="button" className="button-secondary" onClick={() => { if (window.confirm('Delete all your answers from this browser, including your pre-visit sheet and relief diary?')) stored.remove(); }}>Delete my answers</button>
    </div>
  );
}
