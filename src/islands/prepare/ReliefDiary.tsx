/**
 * The nerve-block relief diary: pain before a diagnostic block and at set times after, with the
 * percentage of relief worked out for each. Saved with the reader's other answers in this browser.
 */
import type { Answers } from '../../lib/prepare/answers.ts';
import { DIARY_TIMES } from '../../lib/prepare/basics.ts';
import { bestRelief, reliefPercent } from '../../lib/prepare/scores.ts';
import { ScoreField, TextField } from './fields.tsx';
import { useAnswers } from './useAnswers.ts';
import StoredNotices from './StoredNotices.tsx';
import ToolActions from './ToolActions.tsx';

const relief = (p: number | null) => (p === null ? '—' : p < 0 ? `${-p}% worse` : `${p}%`);

export default function ReliefDiary({ siteName }: { siteName: string }) {
  const stored = useAnswers();
  const d = stored.answers.diary;
  const set = (change: Partial<Answers['diary']>) => stored.update((a) => ({ ...a, diary: { ...a.diary, ...change } }));
  const best = bestRelief(d.before, d.after);
  return (
    <div className="diary" data-ready={stored.ready || undefined}>
      <ToolActions printLabel="Print the diary" stored={stored} />
      <div className="no-print"><StoredNotices stored={stored} ignored={[]} /></div>
      <p className="sheet__meta print-only">{siteName} · Nerve-block relief diary</p>
      <div className="diary__fields">
        <TextField id="diary-procedure" label="Which block, and where" value={d.procedure} max={120} onChange={(v) => set({ procedure: v })} />
        <TextField id="diary-date" label="Date and time of the block" value={d.date} max={40} onChange={(v) => set({ date: v })} />
        <ScoreField id="diary-before" label="Your usual pain just before the block (0 to 10)" value={d.before} onChange={(v) => set({ before: v })} />
      </div>
      <table className="diary__table">
        <caption>Pain after the block</caption>
        <thead><tr><th scope="col">Time after the block</th><th scope="col">Pain (0 to 10)</th><th scope="col">Relief</th><th scope="col">Clock time, what you did, any medicine taken</th></tr></thead>
        <tbody>
          {DIARY_TIMES.map((t, i) => (
            <tr key={t}>
              <th scope="row">{t}</th>
              <td><ScoreField id={`diary-after-${i}`} label={<span className="visually-hidden">Pain {t} after the block</span>} value={d.after[i] ?? null} empty="0–10"
                onChange={(v) => set({ after: d.after.map((x, j) => (j === i ? v : x)) })} /></td>
              <td className="diary__relief" data-relief={reliefPercent(d.before, d.after[i] ?? null) ?? ''}>{relief(reliefPercent(d.before, d.after[i] ?? null))}</td>
              <td className="diary__blank"></td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="diary__best" aria-live="polite">
        {d.before === 0
          ? 'Relief cannot be worked out when pain before the block is 0. Rate the pain you feel doing the things that usually hurt.'
          : best === null
          ? 'Enter your pain before the block and at least one time after it to see your relief.'
          : best.percent > 0
            ? `Most relief: ${best.percent}% at ${DIARY_TIMES[best.at]}. Bring this diary to your follow-up visit.`
            : 'No relief recorded so far. Bring this diary to your follow-up visit.'}
      </p>
      <p className="muted">Relief = (pain before − pain after) ÷ pain before × 100. Only your clinician can say what the result means for you.</p>
    </div>
  );
}
