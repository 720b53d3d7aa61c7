/**
 * The sheet as it prints: the reader's answers and what the chosen pages add, as plain text with
 * tick boxes. Shown under the form on screen (to read on a phone at the visit) and alone in print.
 */
import { carePrefix, careHeading, telHref, type CareNumbers, type SignAction as Action } from '../../lib/care.ts';
import SignAction from '../shared/SignAction.tsx';
import type { Answers } from '../../lib/prepare/answers.ts';
import type { Sheet } from '../../lib/prepare/assemble.ts';
import { pegScore } from '../../lib/prepare/scores.ts';

export const VISIT_LABELS = { first: 'First consultation', 'follow-up': 'Follow-up visit', procedure: 'Procedure' } as const;

function Box({ on }: { on: boolean }) {
  return <span className={`box${on ? ' box--on' : ''}`} aria-hidden="true">{on ? '✓' : ''}</span>;
}

function Line({ label, value }: { label: string; value: string }) {
  if (!value.trim()) return null;
  return <><dt>{label}</dt><dd>{value}</dd></>;
}

/** Content lines are sometimes written in lower case; the sheet starts each with a capital. */
export const sentence = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

const score = (n: number | null) => (n === null ? '' : `${n} out of 10`);

export default function SheetView({ a, sheet, titles, triggers, siteName, date, numbers, actions }: {
  a: Answers; sheet: Sheet; titles: { conditions: string[]; procedures: string[] }; triggers: string[]; siteName: string; date: string;
  numbers: CareNumbers; actions: ReadonlyMap<string, Action>;
}) {
  const peg = pegScore(a.peg);
  const s = a.story;
  const asked = sheet.questions.filter((q) => q.ticked);
  const treatments = a.treatments.filter((t) => t.name.trim());
  // Self-care advice stays on the pages; the sheet carries the signs that need a call or a visit.
  const signs = sheet.signs.filter((g) => g.urgency !== 'routine');
  return (
    <article className="sheet" aria-labelledby="sheet-title">
      <header className="sheet__header">
        <h2 id="sheet-title">My pre-visit sheet: {VISIT_LABELS[a.visitType]}</h2>
        <p className="sheet__meta">{date} · {siteName} · General information, not medical advice.</p>
        {(titles.conditions.length > 0 || titles.procedures.length > 0) && (
          <p className="sheet__about">About: {[...titles.conditions, ...titles.procedures].join('; ')}</p>
        )}
        <p className="sheet__blanks">Name: ____________________ Date of birth: ____________ Clinic phone (day and after hours): ____________________</p>
      </header>

      <section aria-labelledby="sh-me">
        <h3 id="sh-me">About me, for the team</h3>
        {triggers.length > 0 && <ul className="sheet__plain">{triggers.map((t) => <li key={t}>{t}</li>)}</ul>}
        <p>Allergies and reactions: ________________________________________________</p>
      </section>

      <section aria-labelledby="sh-story">
        <h3 id="sh-story">My pain story</h3>
        <dl className="sheet__facts">
          <Line label="Where" value={s.regions.join(', ')} />
          <Line label="Since" value={s.since} />
          <Line label="How it started" value={s.howStarted} />
          <Line label="What it feels like" value={s.feels} />
          <Line label="Worse with" value={s.worse} />
          <Line label="Better with" value={s.better} />
          <Line label="Pain at its worst" value={score(s.worst)} />
          <Line label="Usual pain" value={score(s.usual)} />
          <Line label="Pain at its best" value={score(s.best)} />
          <Line label="Time of day" value={s.timeOfDay} />
          <Line label="Sleep" value={s.sleep} />
          <Line label="Mood" value={s.mood} />
          <Line label="PEG score (past week)" value={peg === null ? '' : `${peg} out of 10 (pain ${a.peg.pain}, interference with enjoyment of life ${a.peg.enjoyment}, interference with general activity ${a.peg.activity})`} />
        </dl>
      </section>

      {treatments.length > 0 && (
        <section aria-labelledby="sh-tried">
          <h3 id="sh-tried">Treatments I have tried</h3>
          <table className="sheet__table">
            <thead><tr><th scope="col">Treatment</th><th scope="col">Dose</th><th scope="col">How long</th><th scope="col">Effect</th><th scope="col">Side effects</th></tr></thead>
            <tbody>{treatments.map((t) => <tr key={t.id}><th scope="row">{t.name}</th><td>{t.dose}</td><td>{t.howLong}</td><td>{t.effect}</td><td>{t.sideEffects}</td></tr>)}</tbody>
          </table>
        </section>
      )}

      {(a.goals.work.trim() || a.goals.life.trim()) && (
        <section aria-labelledby="sh-goals">
          <h3 id="sh-goals">My two goals</h3>
          <dl className="sheet__facts">
            <Line label="At work (or in my daily tasks)" value={a.goals.work} />
            <Line label="In my life" value={a.goals.life} />
          </dl>
        </section>
      )}

      <section aria-labelledby="sh-questions">
        <h3 id="sh-questions">Questions to ask</h3>
        {asked.length > 0
          ? <ul className="sheet__ticks">{asked.map((q) => <li key={q.key}><Box on={false} /> {sentence(q.text)}</li>)}</ul>
          : <p className="muted">No questions ticked yet.</p>}
      </section>

      <section aria-labelledby="sh-bring">
        <h3 id="sh-bring">What to bring</h3>
        <ul className="sheet__ticks">{sheet.bring.map((b) => <li key={b.key}><Box on={a.bring.ticked.includes(b.key)} /> {sentence(b.text)}</li>)}</ul>
      </section>

      {sheet.prep.map((g) => (
        <section key={g.when} aria-labelledby={`sh-prep-${g.when}`}>
          <h3 id={`sh-prep-${g.when}`}>{g.label}</h3>
          <ul className="sheet__ticks">{g.items.map((i) => <li key={i.key}><Box on={false} /> {i.text}</li>)}</ul>
        </section>
      ))}

      {signs.length > 0 && (
        <section aria-labelledby="sh-signs" className="sheet__signs">
          <h3 id="sh-signs">Warning signs: when to get help</h3>
          {signs.map((g) => (
            <section key={g.urgency} className={`care-card care-card--${g.urgency}`}>
              <h4 className="care-card__heading"><span className="visually-hidden">{carePrefix(g.urgency)} </span>{careHeading(g.urgency, numbers.emergencyNumber)}</h4>
              <ul>
                {g.items.map((sg) => {
                  const action = actions.get(sg.id);
                  return <li key={sg.id} data-sign={sg.id} data-urgency={sg.urgency}>{sg.sign}{action && <> <SignAction action={action} numbers={numbers} /></>}</li>;
                })}
              </ul>
              {g.urgency === 'emergency' && <p className="care-card__call">Do not drive yourself. <a href={telHref(numbers.emergencyNumber)}>Call {numbers.emergencyNumber}</a>.</p>}
            </section>
          ))}
        </section>
      )}
    </article>
  );
}
