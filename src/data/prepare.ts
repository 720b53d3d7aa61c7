/** What the prepare tools need from the content: each condition's and procedure's questions, bring list, preparation and signs. */
import type { SignAction } from '../lib/care.ts';
import type { ConditionInfo, ProcedureInfo, SignInfo } from '../lib/prepare/assemble.ts';
import type { SiteContent } from './site.ts';

export interface PrepareContent {
  conditions: ConditionInfo[];
  procedures: ProcedureInfo[];
  signs: (SignInfo & { action?: SignAction })[];
  defaultSigns: string[];
}

export function prepareContent(site: SiteContent): PrepareContent {
  const ids = (refs: { id: string }[]) => refs.map((r) => r.id);
  const conditions = site.conditions.map((c) => ({ id: c.id, title: c.data.title, questions: c.data.questions, bring: c.data.bring, signs: ids(c.data.care) }));
  const procedures = site.procedures.map((p) => ({ id: p.id, title: p.data.title, questions: p.data.questions, preparation: p.data.preparation, signs: ids(p.data.care) }));
  const defaultSigns = ids(site.settings.keyWarningSigns);
  const used = new Set([...conditions, ...procedures].flatMap((e) => e.signs).concat(defaultSigns));
  const signs = site.warningSigns
    .filter((s) => used.has(s.id))
    .map((s) => ({ id: s.id, sign: s.data.sign, urgency: s.data.urgency, ...(s.data.action ? { action: s.data.action } : {}) }));
  return { conditions, procedures, signs, defaultSigns };
}
