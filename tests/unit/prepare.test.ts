import { describe, expect, it } from 'vitest';
import { DIARY_TIMES, answersSchema, clip, emptyAnswers, migrate, type Answers } from '../../src/lib/prepare/answers.ts';
import { SET_ASIDE_KEY, STORAGE_KEY, loadAnswers, serializeAnswers } from '../../src/lib/prepare/storage.ts';
import { bestRelief, pegScore, reliefPercent } from '../../src/lib/prepare/scores.ts';
import {
  BASE_BRING,
  FOLLOW_UP_BRING,
  PROCEDURE_BRING,
  PROCEDURE_DAY_BRING,
  assembleSheet,
  bringKey,
  questionKey,
  type ConditionInfo,
  type ProcedureInfo,
  type SheetContent,
  type SignInfo,
} from '../../src/lib/prepare/assemble.ts';
import { prepareHref, readPrepareParams } from '../../src/lib/prepare/params.ts';

/** A filled-in version 2 sheet. */
function filled(): Answers {
  const a = emptyAnswers();
  a.visitType = 'procedure';
  a.conditions = ['sciatica'];
  a.procedures = ['epidural-steroid-injection'];
  a.triggers = ['blood-thinner', 'diabetes'];
  a.story = { ...a.story, regions: ['lower back', 'left leg'], since: 'March', worst: 9, usual: 6, best: 3 };
  a.peg = { pain: 7, enjoyment: 6, activity: 5 };
  a.treatments = [{ id: 't1', name: 'Ibuprofen', dose: '400 mg', howLong: '2 weeks', effect: 'A little', sideEffects: 'Heartburn' }];
  a.goals = { work: 'Drive to work', life: 'Walk the dog' };
  a.questions = { ticked: ['q:will it hurt?'], removed: [], own: [{ id: 'o1', text: 'Can I swim?', ticked: true }] };
  a.diary = { procedure: 'Epidural', date: '2025-03-04', before: 8, after: [6, 4, 2, null, null, null] };
  return a;
}

describe('saved answers: storage', () => {
  it('uses the agreed keys', () => {
    expect(STORAGE_KEY).toBe('pain-kb:prepare');
    expect(SET_ASIDE_KEY).toBe('pain-kb:prepare:set-aside');
  });
  it('gives an empty sheet with six empty diary readings', () => {
    const a = emptyAnswers();
    expect(answersSchema.safeParse(a).success).toBe(true);
    expect(a.diary.after).toEqual(DIARY_TIMES.map(() => null));
    expect(a.visitType).toBe('first');
    expect(emptyAnswers()).not.toBe(a);
  });
  it('treats nothing stored as empty', () => {
    expect(loadAnswers(null).status).toBe('empty');
    expect(loadAnswers('').status).toBe('empty');
  });
  it('round-trips version 2: everything equal except the new save time', () => {
    const a = filled();
    const raw = serializeAnswers(a, new Date('2025-03-05T10:00:00.000Z'));
    const r = loadAnswers(raw);
    expect(r.status).toBe('ok');
    expect(r.answers.savedAt).toBe('2025-03-05T10:00:00.000Z');
    expect({ ...r.answers, savedAt: '' }).toEqual({ ...a, savedAt: '' });
    expect(r).not.toHaveProperty('migratedFrom');
  });
  it('migrates a realistic version 1 sheet', () => {
    const v1 = {
      version: 1,
      visit: 'follow-up',
      conditions: ['sciatica', 'chronic-low-back-pain'],
      procedures: [],
      painStory: 'It started when I lifted a box at work. '.repeat(30),
      goals: ['Go back to full shifts', 'Pick up my grandson'],
      tried: [
        { name: 'Ibuprofen', dose: '400 mg three times a day', result: 'Took the edge off' },
        { name: 'Physical therapy', dose: '6 sessions', result: 'Helped for a while' },
      ],
      savedAt: '2024-11-02T09:15:00.000Z',
    };
    const r = loadAnswers(JSON.stringify(v1));
    expect(r.status).toBe('ok');
    if (r.status !== 'ok') return;
    expect(r.migratedFrom).toBe(1);
    const a = r.answers;
    expect(a.version).toBe(2);
    expect(a.visitType).toBe('follow-up');
    expect(a.conditions).toEqual(['sciatica', 'chronic-low-back-pain']);
    expect(a.story.howStarted.length).toBeLessThanOrEqual(600);
    expect(a.story.howStarted.startsWith('It started when I lifted a box at work.')).toBe(true);
    expect(a.goals).toEqual({ work: 'Go back to full shifts', life: 'Pick up my grandson' });
    expect(a.treatments).toEqual([
      { id: 't1', name: 'Ibuprofen', dose: '400 mg three times a day', howLong: '', effect: 'Took the edge off', sideEffects: '' },
      { id: 't2', name: 'Physical therapy', dose: '6 sessions', howLong: '', effect: 'Helped for a while', sideEffects: '' },
    ]);
    expect(a.peg).toEqual({ pain: null, enjoyment: null, activity: null });
    expect(a.diary.after).toHaveLength(6);
    expect(answersSchema.safeParse(a).success).toBe(true);
  });
  it('migrates a short story unchanged and fills missing goals with empty text', () => {
    const a = migrate({ version: 1, visit: 'first', conditions: [], procedures: [], painStory: 'Sore back.', goals: [], tried: [], savedAt: '' });
    expect(a.story.howStarted).toBe('Sore back.');
    expect(a.goals).toEqual({ work: '', life: '' });
  });
  it('clips text without splitting an emoji', () => {
    expect(clip('abcdef', 4)).toBe('abc…');
    expect(clip('ab😀cd', 4)).toBe('ab…');
    expect(clip('abc', 4)).toBe('abc');
  });
  it('sets corrupt JSON aside with a plain message and a fresh sheet', () => {
    const r = loadAnswers('{"version":2,"visitType":');
    expect(r).toMatchObject({ status: 'set-aside', reason: 'corrupt' });
    if (r.status !== 'set-aside') return;
    expect(r.message).toMatch(/could not be read.*Nothing was sent anywhere\./);
    expect(r.answers).toEqual(emptyAnswers());
  });
  it('sets a newer version aside without trying to read it', () => {
    const r = loadAnswers(JSON.stringify({ ...filled(), version: 3, somethingNew: true }));
    expect(r).toMatchObject({ status: 'set-aside', reason: 'future-version' });
    if (r.status === 'set-aside') expect(r.message).toMatch(/newer version of this page/);
    expect(r.answers).toEqual(emptyAnswers());
  });
  it('refuses shapes without a usable version', () => {
    for (const raw of ['null', '42', '"text"', '[1,2]', '{}', '{"version":"2"}', '{"version":0}', '{"version":1.5}', '{"version":1e999}']) {
      expect(loadAnswers(raw), raw).toMatchObject({ status: 'set-aside', reason: 'invalid' });
    }
  });
  it('refuses a version 1 sheet that does not match version 1', () => {
    expect(loadAnswers(JSON.stringify({ version: 1, visit: 'first' })).status).toBe('set-aside');
  });
});

describe('saved answers: hostile data', () => {
  /** The set-aside reason for a stored string. */
  const reason = (raw: string) => {
    const r = loadAnswers(raw);
    return r.status === 'set-aside' ? r.reason : r.status;
  };
  /** A valid sheet with one part replaced. */
  const withPatch = (patch: (a: Record<string, any>) => void) => {
    const a: Record<string, any> = structuredClone(filled());
    patch(a);
    return JSON.stringify(a);
  };

  it('refuses a 300 000-character string without parsing it, and never echoes it', () => {
    const raw = JSON.stringify({ ...filled(), savedAt: 'x'.repeat(300_000) });
    const r = loadAnswers(raw);
    expect(r).toMatchObject({ status: 'set-aside', reason: 'invalid' });
    if (r.status === 'set-aside') expect(r.message).not.toContain('xxx');
    expect(reason('x'.repeat(300_000))).toBe('invalid');
    // Valid JSON padded past the limit: only the length check can refuse it.
    expect(reason(serializeAnswers(filled(), new Date(0)) + ' '.repeat(300_000))).toBe('invalid');
  });
  it('refuses overlong text even in a partial sheet', () => {
    const raw = JSON.stringify({ version: 2, story: { howStarted: '<script>alert(1)</script>'.repeat(1000) } });
    const r = loadAnswers(raw);
    expect(r).toMatchObject({ status: 'set-aside', reason: 'invalid' });
    if (r.status === 'set-aside') expect(r.message).not.toContain('<script>');
    expect(reason(withPatch((a) => (a['story'].howStarted = 'x'.repeat(601))))).toBe('invalid');
  });
  it('refuses wrong types and out-of-range scores', () => {
    expect(reason(withPatch((a) => (a['story'].worst = '10')))).toBe('invalid');
    expect(reason(withPatch((a) => (a['conditions'] = 'sciatica')))).toBe('invalid');
    expect(reason(withPatch((a) => (a['peg'].pain = 11)))).toBe('invalid');
    expect(reason(withPatch((a) => (a['peg'].pain = 2.5)))).toBe('invalid');
    expect(reason(withPatch((a) => (a['conditions'] = ['Sciatica!'])))).toBe('invalid');
    expect(reason(withPatch((a) => (a['triggers'] = ['everyone'])))).toBe('invalid');
    expect(reason(withPatch((a) => (a['diary'].after = [1, 2, 3])))).toBe('invalid');
    expect(reason(withPatch((a) => (a['extra'] = 1)))).toBe('invalid');
    expect(reason(withPatch((a) => (a['questions'].ticked = Array(201).fill('q:x'))))).toBe('invalid');
  });
  it('does not let __proto__ keys pollute Object.prototype', () => {
    const base = serializeAnswers(filled(), new Date(0));
    const top = `{"__proto__":{"polluted":"yes"},${base.slice(1)}`;
    const nested = base.replace('"peg":{', '"peg":{"__proto__":{"polluted":"yes"},');
    const constructor = base.replace('"goals":{', '"goals":{"constructor":{"prototype":{"polluted":"yes"}},');
    for (const raw of [top, nested, constructor]) {
      expect(raw).toContain('polluted');
      expect(reason(raw)).toBe('invalid');
      expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
      expect(Object.prototype).not.toHaveProperty('polluted');
    }
  });
  it('keeps <script> text within limits as plain text, unchanged', () => {
    const a = filled();
    a.story.howStarted = '<script>alert(1)</script> & "quotes"';
    a.questions.own = [{ id: 'o1', text: '<img src=x onerror=alert(1)>', ticked: false }];
    const r = loadAnswers(serializeAnswers(a, new Date(0)));
    expect(r.status).toBe('ok');
    expect(r.answers.story.howStarted).toBe('<script>alert(1)</script> & "quotes"');
    expect(r.answers.questions.own[0]?.text).toBe('<img src=x onerror=alert(1)>');
  });
});

describe('scores', () => {
  it('computes the PEG as the mean of three answered items, to one decimal', () => {
    expect(pegScore({ pain: 7, enjoyment: 6, activity: 5 })).toBe(6);
    expect(pegScore({ pain: 7, enjoyment: 6, activity: 6 })).toBe(6.3);
    expect(pegScore({ pain: 0, enjoyment: 0, activity: 0 })).toBe(0);
    expect(pegScore({ pain: 10, enjoyment: 10, activity: 10 })).toBe(10);
    expect(pegScore({ pain: 7, enjoyment: null, activity: 5 })).toBeNull();
  });
  it('computes percent relief, negative when pain got worse', () => {
    expect(reliefPercent(8, 2)).toBe(75);
    expect(reliefPercent(8, 8)).toBe(0);
    expect(reliefPercent(8, 0)).toBe(100);
    expect(reliefPercent(0, 3)).toBeNull();
    expect(reliefPercent(0, 0)).toBeNull();
    expect(reliefPercent(5, 7)).toBe(-40);
    expect(reliefPercent(3, 1)).toBe(67);
    expect(reliefPercent(null, 2)).toBeNull();
    expect(reliefPercent(8, null)).toBeNull();
  });
  it('finds the best relief and the reading it came at', () => {
    expect(bestRelief(8, [6, 4, 2, null, 3, null])).toEqual({ percent: 75, at: 2 });
    expect(bestRelief(8, [null, 4, 4])).toEqual({ percent: 50, at: 1 });
    expect(bestRelief(5, [null, 7, 6])).toEqual({ percent: -20, at: 2 });
    expect(bestRelief(8, [null, null])).toBeNull();
    expect(bestRelief(null, [1, 2])).toBeNull();
    expect(bestRelief(0, [0])).toBeNull();
  });
});

describe('assembling the sheet', () => {
  const sciatica: ConditionInfo = {
    id: 'sciatica',
    title: 'Sciatica',
    questions: ['What is causing my pain?', 'Will it hurt?', 'Do I need a scan?'],
    bring: ['A note of when the leg pain started.', 'Reports from any scans or X-rays, and the discs or a link to the online portal with the images.'],
    signs: ['cauda-equina', 'fever-back-pain', 'no-such-sign'],
  };
  const epidural: ProcedureInfo = {
    id: 'epidural-steroid-injection',
    title: 'Epidural steroid injection',
    questions: ['  will it   HURT? ', 'How long will it last?'],
    preparation: [
      { id: 'thinner-list', text: 'Bring the name and dose of your blood thinner.', when: 'bring', trigger: 'blood-thinner' },
      { id: 'thinner-stop', text: 'Ask when to stop your blood thinner.', when: 'days-before', trigger: 'blood-thinner' },
      { id: 'driver', text: 'Arrange for an adult to drive you home.', when: 'days-before', trigger: 'sedation' },
      { id: 'fast', text: 'Do not eat for six hours before.', when: 'day-of', trigger: 'sedation' },
      { id: 'shoes', text: 'Wear loose clothes.', when: 'day-of', trigger: 'everyone' },
      { id: 'escort-bring', text: 'Bring the phone number of your driver.', when: 'bring', trigger: 'sedation' },
      { id: 'rest', text: 'Rest for the rest of the day.', when: 'after', trigger: 'everyone' },
      { id: 'medicine-list', text: 'Bring a list of all your medicines.', when: 'bring', trigger: 'everyone' },
    ],
    signs: ['fever-back-pain', 'new-weakness'],
  };
  const signs: SignInfo[] = [
    { id: 'fever-back-pain', sign: 'Fever with back pain', urgency: 'urgent' },
    { id: 'cauda-equina', sign: 'Numbness between the legs', urgency: 'emergency' },
    { id: 'new-weakness', sign: 'New weakness in a leg', urgency: 'emergency' },
  ];
  const content: SheetContent = { conditions: [sciatica], procedures: [epidural], signs };

  /** Answers for one condition and one procedure, with the given visit type and triggers. */
  const answers = (visitType: Answers['visitType'], triggers: Answers['triggers']): Answers => ({
    ...emptyAnswers(),
    visitType,
    conditions: ['sciatica', 'retired-page', 'sciatica'],
    procedures: ['epidural-steroid-injection', 'gone-procedure'],
    triggers,
    questions: {
      ticked: [questionKey('Will it hurt?')],
      removed: [questionKey('Do I need a scan?')],
      own: [
        { id: 'o1', text: 'Can I swim afterwards?', ticked: true },
        { id: 'o2', text: '   ', ticked: false },
      ],
    },
  });

  it('builds a first-visit sheet from one condition and one procedure', () => {
    const sheet = assembleSheet(answers('first', ['blood-thinner']), content);
    const bring = sheet.bring.map((b) => b.text);
    for (const t of BASE_BRING) expect(bring).toContain(t);
    expect(bring).toContain('A note of when the leg pain started.');
    expect(sheet.bring.find((b) => b.text === 'A note of when the leg pain started.')?.source).toBe('Sciatica');
    // A procedure's own bring items belong to the procedure day, not to a consultation.
    expect(bring).not.toContain('Bring the name and dose of your blood thinner.');
    expect(assembleSheet(answers('procedure', ['blood-thinner']), content).bring.map((b) => b.text)).toContain('Bring the name and dose of your blood thinner.');
    expect(bring).not.toContain('Bring the phone number of your driver.');
    expect(bring.filter((t) => t.startsWith('Reports from any scans'))).toHaveLength(1);
    expect(sheet.bring[0]).toEqual({ key: bringKey(BASE_BRING[0] ?? ''), text: BASE_BRING[0] });
    expect(sheet.prep).toEqual([]);

    expect(sheet.questions.map((q) => [q.text, q.ticked])).toEqual([
      ['What is causing my pain?', false],
      ['Will it hurt?', true],
      ['How long will it last?', false],
      ['Can I swim afterwards?', true],
    ]);
    expect(sheet.questions.map((q) => q.key)).toEqual(['q:what is causing my pain?', 'q:will it hurt?', 'q:how long will it last?', 'own:o1']);
    expect(sheet.questions[2]?.source).toBe('Epidural steroid injection');

    expect(sheet.signs.map((g) => [g.urgency, g.items.map((s) => s.id)])).toEqual([
      ['emergency', ['cauda-equina', 'new-weakness']],
      ['urgent', ['fever-back-pain']],
    ]);
    expect(sheet.unknown).toEqual(['retired-page', 'gone-procedure']);
  });

  it('leaves blood-thinner items out when the reader has not said they take one', () => {
    const sheet = assembleSheet(answers('procedure', []), content);
    expect(sheet.bring.map((b) => b.text)).not.toContain('Bring the name and dose of your blood thinner.');
    const prep = sheet.prep.flatMap((g) => g.items.map((i) => i.text));
    expect(prep).not.toContain('Ask when to stop your blood thinner.');
    expect(prep).toEqual(['Wear loose clothes.', 'Rest for the rest of the day.']);
  });

  it('groups a procedure visit’s preparation in reading order, with only the reader’s triggers', () => {
    const sheet = assembleSheet(answers('procedure', ['blood-thinner']), content);
    expect(sheet.prep.map((g) => [g.when, g.items.map((i) => i.text)])).toEqual([
      ['days-before', ['Ask when to stop your blood thinner.']],
      ['day-of', ['Wear loose clothes.']],
      ['after', ['Rest for the rest of the day.']],
    ]);
    expect(sheet.prep[0]?.items[0]?.source).toBe('Epidural steroid injection');
    const bring = sheet.bring.map((b) => b.text);
    for (const t of PROCEDURE_BRING) expect(bring).toContain(t);
    // The day of a procedure is not a consultation: no referral letter, no condition's items.
    expect(bring).not.toContain(BASE_BRING[0]);
    expect(bring).not.toContain('A note of when the leg pain started.');
    // The reader's situations add their own lines; the procedure's medicine list is already covered.
    expect(bring).toContain(PROCEDURE_DAY_BRING['blood-thinner']);
    expect(bring).not.toContain(PROCEDURE_DAY_BRING.diabetes);
    expect(bring).not.toContain('Bring a list of all your medicines.');
    const withSedation = assembleSheet(answers('procedure', ['sedation']), content);
    expect(withSedation.prep.flatMap((g) => g.items.map((i) => i.text))).toContain('Arrange for an adult to drive you home.');
    expect(withSedation.bring.map((b) => b.text)).toContain('Bring the phone number of your driver.');
    // A driver is asked for (the procedure's driver step applies), so the sheet asks for their number.
    expect(withSedation.bring.map((b) => b.text)).toContain(PROCEDURE_DAY_BRING.driver);
    expect(sheet.bring.map((b) => b.text)).not.toContain(PROCEDURE_DAY_BRING.driver);
    expect(assembleSheet(answers('procedure', ['diabetes']), content).bring.map((b) => b.text)).toContain(PROCEDURE_DAY_BRING.diabetes);
    expect(assembleSheet(answers('first', ['diabetes', 'sedation']), content).bring.map((b) => b.text), 'not at a consultation').not.toContain(PROCEDURE_DAY_BRING.diabetes);
  });

  it('uses the shorter bring list for a follow-up', () => {
    const sheet = assembleSheet({ ...emptyAnswers(), visitType: 'follow-up' }, content);
    expect(sheet.bring.map((b) => b.text)).toEqual([...FOLLOW_UP_BRING]);
    expect(FOLLOW_UP_BRING.length).toBeLessThan(BASE_BRING.length);
    expect(sheet).toMatchObject({ prep: [], questions: [], signs: [], unknown: [] });
  });

  it('keeps keys stable when content is reordered or spaced differently', () => {
    expect(questionKey('  Will   it hurt? ')).toBe(questionKey('will it hurt?'));
    expect(bringKey('Your  Insurance card')).toBe('bring:your insurance card');
    const reordered = { ...content, conditions: [{ ...sciatica, questions: [...sciatica.questions].reverse() }] };
    const sheet = assembleSheet(answers('first', []), reordered);
    expect(sheet.questions.find((q) => q.key === 'q:will it hurt?')?.ticked).toBe(true);
  });
});

describe('entry links', () => {
  const known = { conditions: ['sciatica', 'migraine'], procedures: ['epidural-steroid-injection', 'nerve-block'] };

  it('reads the visit type and known ids', () => {
    expect(readPrepareParams('?visit=procedure&condition=sciatica&procedure=epidural-steroid-injection', known)).toEqual({
      visitType: 'procedure',
      conditions: ['sciatica'],
      procedures: ['epidural-steroid-injection'],
      ignored: [],
    });
  });
  it('reads repeated and comma-separated values, dropping duplicates', () => {
    const r = readPrepareParams('condition=sciatica,migraine&condition=sciatica&procedure=nerve-block,,nerve-block', known);
    expect(r).toEqual({ conditions: ['sciatica', 'migraine'], procedures: ['nerve-block'], ignored: [] });
    expect(r).not.toHaveProperty('visitType');
  });
  it('reports unknown ids, unknown names and bad visit types as ignored', () => {
    const r = readPrepareParams('?visit=emergency&condition=sciatica,gout&procedure=surgery&utm_source=mail', known);
    expect(r.visitType).toBeUndefined();
    expect(r.conditions).toEqual(['sciatica']);
    expect(r.procedures).toEqual([]);
    expect(r.ignored).toEqual(['visit=emergency', 'condition=gout', 'procedure=surgery', 'utm_source=mail']);
  });
  it('keeps the first visit type when two disagree', () => {
    const r = readPrepareParams('visit=first&visit=follow-up', known);
    expect(r.visitType).toBe('first');
    expect(r.ignored).toEqual(['visit=follow-up']);
  });
  it('never throws on malformed percent-encoding and caps what it reports', () => {
    expect(() => readPrepareParams('?condition=%E0%A4%A&procedure=%&visit=%ZZ', known)).not.toThrow();
    const r = readPrepareParams('?condition=%E0%A4%A&procedure=%&visit=%ZZ', known);
    expect(r.conditions).toEqual([]);
    expect(r.procedures).toEqual([]);
    expect(r.ignored).toHaveLength(3);
    const long = readPrepareParams(`condition=${'a'.repeat(500)}`, known);
    expect(long.ignored[0]).toHaveLength(60);
    const many = readPrepareParams(Array.from({ length: 30 }, (_, i) => `x${i}=1`).join('&'), known);
    expect(many.ignored).toHaveLength(10);
    expect(readPrepareParams('', known)).toEqual({ conditions: [], procedures: [], ignored: [] });
  });
  it('keeps at most ten ids of each kind', () => {
    const ids = Array.from({ length: 12 }, (_, i) => `c${i}`);
    const r = readPrepareParams(`condition=${ids.join(',')}`, { conditions: ids, procedures: [] });
    expect(r.conditions).toEqual(ids.slice(0, 10));
  });
  it('builds links in a stable order: visit, conditions, procedures', () => {
    expect(prepareHref({ visitType: 'procedure', procedures: ['epidural-steroid-injection'] })).toBe(
      '/prepare/?visit=procedure&procedure=epidural-steroid-injection',
    );
    expect(prepareHref({ procedures: ['nerve-block'], conditions: ['sciatica', 'migraine'], visitType: 'first' })).toBe(
      '/prepare/?visit=first&condition=sciatica&condition=migraine&procedure=nerve-block',
    );
    expect(prepareHref({})).toBe('/prepare/');
  });
  it('reads back what it builds', () => {
    const href = prepareHref({ visitType: 'follow-up', conditions: ['migraine'], procedures: ['nerve-block'] });
    expect(readPrepareParams(href.slice(href.indexOf('?')), known)).toEqual({
      visitType: 'follow-up',
      conditions: ['migraine'],
      procedures: ['nerve-block'],
      ignored: [],
    });
  });
});

describe('a field added after version 2 shipped', () => {
  it('loads an older version 2 save without it, filling it in empty', () => {
    const older = JSON.parse(serializeAnswers(emptyAnswers(), new Date('2026-01-01T00:00:00Z'))) as { story: Record<string, unknown> };
    delete older.story['feels'];
    const result = loadAnswers(JSON.stringify(older));
    expect(result.status).toBe('ok');
    expect(result.answers.story.feels).toBe('');
  });
});
