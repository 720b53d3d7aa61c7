/**
 * The pre-visit checklist builder at /prepare/. The reader picks the visit type and, if they
 * like, conditions and procedures; the sheet assembles what to bring, their pain story and PEG,
 * treatments tried, two goals, questions and the chosen pages' warning signs. Answers stay in this
 * browser (useAnswers). Links from content pages pre-set it with ?visit=, ?condition=, ?procedure=.
 */
import { useMemo, useState } from 'react';
import type { CareNumbers, SignAction } from '../../lib/care.ts';
import type { Answers } from '../../lib/prepare/answers.ts';
import { VISIT_TYPES, PERSONAL_TRIGGERS } from '../../lib/prepare/basics.ts';
import { assembleSheet, type ConditionInfo, type ProcedureInfo, type SignInfo } from '../../lib/prepare/assemble.ts';
import { readPrepareParams } from '../../lib/prepare/params.ts';
import { pegScore } from '../../lib/prepare/scores.ts';
import { CheckList, ScoreField, TextField, toggle } from './fields.tsx';
import { useAnswers } from './useAnswers.ts';
import Picker from './Picker.tsx';
import Questions from './Questions.tsx';
import SheetView, { sentence, VISIT_LABELS } from './SheetView.tsx';
import Treatments from './Treatments.tsx';
import StoredNotices from './StoredNotices.tsx';
import ToolActions from './ToolActions.tsx';

interface Props {
  conditions: ConditionInfo[];
  procedures: ProcedureInfo[];
  signs: (SignInfo & { action?: SignAction })[];
  defaultSigns: string[];
  regions: string[];
  numbers: CareNumbers;
  siteName: string;
}

export const TRIGGER_LABELS: Record<(typeof PERSONAL_TRIGGERS)[number], string> = {
  sedation: 'I will or might have sedation (medicine to relax me or make me sleepy), or I am not sure',
  'blood-thinner': 'I take a blood thinner or a medicine that stops blood clots (such as aspirin, clopidogrel, warfarin, apixaban, rivaroxaban or heparin shots)',
  diabetes: 'I have diabetes',
  implant: 'I have an implanted device (pacemaker, defibrillator, pain pump or stimulator)',
  pregnancy: 'I am or might be pregnant',
  allergy: 'I have had an allergic reaction to a medicine, contrast dye, latex, tape or skin cleaner',
  infection: 'I have a fever, an infection or I am taking antibiotics',
};

export default function PrepareApp({ conditions, procedures, signs, defaultSigns, regions, numbers, siteName }: Props) {
  const [ignored, setIgnored] = useState<string[]>([]);
  const stored = useAnswers((a) => {
    const p = readPrepareParams(window.location.search, { conditions: conditions.map((c) => c.id), procedures: procedures.map((c) => c.id) });
    setIgnored(p.ignored);
    if (!p.visitType && p.conditions.length === 0 && p.procedures.length === 0) return a;
    return {
      ...a,
      ...(p.visitType ? { visitType: p.visitType } : {}),
      conditions: [...new Set([...a.conditions, ...p.conditions])].slice(0, 30),
      procedures: [...new Set([...a.procedures, ...p.procedures])].slice(0, 30),
    };
  });
  const { answers: a, update } = stored;
  const sheet = useMemo(() => assembleSheet(a, { conditions, procedures, signs, defaultSigns }), [a, conditions, procedures, signs, defaultSigns]);
  const actions = useMemo(() => new Map(signs.flatMap((s) => (s.action ? [[s.id, s.action] as const] : []))), [signs]);
  const titleOf = (list: { id: string; title: string }[], ids: string[]) => ids.flatMap((id) => list.find((x) => x.id === id)?.title ?? []);
  const set = <K extends keyof Answers>(key: K) => (value: Answers[K]) => update((x) => ({ ...x, [key]: value }));
  const story = <K extends keyof Answers['story']>(key: K) => (value: Answers['story'][K]) => update((x) => ({ ...x, story: { ...x.story, [key]: value } }));
  const peg = (key: keyof Answers['peg']) => (value: number | null) => update((x) => ({ ...x, peg: { ...x.peg, [key]: value } }));
  const pegNow = pegScore(a.peg);
  const today = new Date().toLocaleDateString('en-US', { year: 'numeric', month: 'long', day: 'numeric' });

  return (
    <div className="prepare" data-ready={stored.ready || undefined}>
      <ToolActions printLabel="Print my sheet" stored={stored} />
      <StoredNotices stored={stored} ignored={ignored} />

      <form className="prepare-form" onSubmit={(e) => e.preventDefault()} aria-label="Pre-visit checklist">
        <section aria-labelledby="p-visit">
          <h2 id="p-visit">1. Your visit</h2>
          <fieldset className="radio-field">
            <legend>What kind of visit is it?</legend>
            {VISIT_TYPES.map((v) => (
              <label key={v}><input type="radio" name="visit" value={v} checked={a.visitType === v} onChange={() => set('visitType')(v)} /> {VISIT_LABELS[v]}</label>
            ))}
          </fieldset>
          <p className="field__hint">Optional: choose what the visit is about. Each adds its questions and warning signs to your sheet.</p>
          <div className="pickers">
            <Picker id="find-condition" legend="Conditions" options={conditions.map((c) => ({ value: c.id, label: c.title }))} chosen={a.conditions}
              onToggle={(v, on) => set('conditions')(toggle(a.conditions, v, on))} />
            <Picker id="find-procedure" legend="Procedures" options={procedures.map((c) => ({ value: c.id, label: c.title }))} chosen={a.procedures}
              onToggle={(v, on) => set('procedures')(toggle(a.procedures, v, on))} />
          </div>
          {(a.procedures.length > 0 || a.visitType === 'procedure') && (
            <CheckList legend="Does any of this apply to you? (changes the preparation list)" checked={a.triggers}
              options={PERSONAL_TRIGGERS.map((t) => ({ value: t, label: TRIGGER_LABELS[t] }))}
              onToggle={(v, on) => set('triggers')(toggle(a.triggers, v as Answers['triggers'][number], on))} />
          )}
        </section>

        <section aria-labelledby="p-story">
          <h2 id="p-story">2. Your pain story</h2>
          <p className="field__hint">Describe your pain over the past weeks, not just today.</p>
          <CheckList legend="Where does it hurt?" options={regions.map((r) => ({ value: r, label: r }))} checked={a.story.regions} onToggle={(v, on) => story('regions')(toggle(a.story.regions, v, on))} />
          <TextField id="since" label="Since when?" hint="For example: since March 2024, after a fall." value={a.story.since} max={200} onChange={story('since')} />
          <TextField id="how-started" label="How did it start?" value={a.story.howStarted} max={600} multiline onChange={story('howStarted')} />
          <TextField id="feels" label="What does it feel like?" hint="For example: aching, burning, shooting, stabbing, throbbing, like pins and needles." value={a.story.feels} max={300} onChange={story('feels')} />
          <TextField id="worse" label="What makes it worse?" hint="For example: sitting for more than 20 minutes, bending, cold." value={a.story.worse} max={600} multiline onChange={story('worse')} />
          <TextField id="better" label="What makes it better?" value={a.story.better} max={600} multiline onChange={story('better')} />
          <div className="score-row">
            <ScoreField id="worst" label="Pain at its worst (0 to 10)" value={a.story.worst} onChange={story('worst')} />
            <ScoreField id="usual" label="Your usual pain (0 to 10)" value={a.story.usual} onChange={story('usual')} />
            <ScoreField id="best" label="Pain at its best (0 to 10)" value={a.story.best} onChange={story('best')} />
          </div>
          <TextField id="time-of-day" label="Is it worse at a time of day?" value={a.story.timeOfDay} max={300} onChange={story('timeOfDay')} />
          <TextField id="sleep" label="How is your sleep?" value={a.story.sleep} max={300} onChange={story('sleep')} />
          <TextField id="mood" label="How is your mood?" hint={`Pain and low mood often go together; your clinician will want to know. If you have thoughts of ending your life, do not wait for your visit: call or text ${numbers.crisisLineNumber} now.`} value={a.story.mood} max={300} onChange={story('mood')} />
        </section>

        <section aria-labelledby="p-peg">
          <h2 id="p-peg">3. Three questions about the past week (PEG)</h2>
          <div className="score-row">
            <ScoreField id="peg-pain" label="What number best describes your pain on average in the past week?" value={a.peg.pain} onChange={peg('pain')} />
            <ScoreField id="peg-enjoyment" label="How much has pain interfered with your enjoyment of life?" value={a.peg.enjoyment} onChange={peg('enjoyment')} low="does not interfere" high="completely interferes" />
            <ScoreField id="peg-activity" label="How much has pain interfered with your general activity?" value={a.peg.activity} onChange={peg('activity')} low="does not interfere" high="completely interferes" />
          </div>
          <p className="peg-result" aria-live="polite">
            {pegNow === null
              ? 'Answer all three to see your PEG score.'
              : `Your PEG score: ${pegNow} out of 10. It is the average of your three answers. It is not a diagnosis: it gives you and your clinician a number to compare at later visits, and a lower score means pain is getting in the way less.`}
          </p>
        </section>

        <section aria-labelledby="p-tried">
          <h2 id="p-tried">4. Treatments you have tried</h2>
          <p className="field__hint">Medicines, injections, therapy, exercise, surgery: what you tried, the dose, for how long, and what it did.</p>
          <Treatments rows={a.treatments} onChange={set('treatments')} />
        </section>

        <section aria-labelledby="p-goals">
          <h2 id="p-goals">5. Your two goals</h2>
          <TextField id="goal-work" label="A goal for work or daily tasks" hint="For example: stand for 30 minutes at work, or work a full shift." value={a.goals.work} max={300} onChange={(v) => set('goals')({ ...a.goals, work: v })} />
          <TextField id="goal-life" label="A goal for your life" hint="For example: walk to the park with my grandchildren, or sleep six hours most nights." value={a.goals.life} max={300} onChange={(v) => set('goals')({ ...a.goals, life: v })} />
        </section>

        <section aria-labelledby="p-questions">
          <h2 id="p-questions">6. Questions to ask</h2>
          <p className="field__hint">Tick the ones you want on your sheet.</p>
          <Questions sheet={sheet} questions={a.questions} onChange={set('questions')} />
        </section>

        <section aria-labelledby="p-bring">
          <h2 id="p-bring">7. What to bring</h2>
          <CheckList legend="Tick each thing once it is in your bag" options={sheet.bring.map((b) => ({ value: b.key, label: sentence(b.text) }))} checked={a.bring.ticked}
            onToggle={(v, on) => set('bring')({ ticked: toggle(a.bring.ticked, v, on) })} />
        </section>
      </form>

      <div className="prepare__sheet">
        <p className="prepare__sheet-intro">This is what prints. You can also bring it on your phone.</p>
        {stored.ready && (
          <SheetView a={a} sheet={sheet} triggers={a.triggers.map((t) => TRIGGER_LABELS[t])} siteName={siteName} date={today} numbers={numbers} actions={actions}
            titles={{ conditions: titleOf(conditions, a.conditions), procedures: titleOf(procedures, a.procedures) }} />
        )}
        <p className="prepare__actions"><button type="button" className="button-primary" onClick={() => window.print()}>Print my sheet</button></p>
      </div>
    </div>
  );
}
