/**
 * Every condition and when-to-seek-care id of the coverage list (coverage.json beside this
 * file: every page the site must have, by id) is built, with its care cards, and conditions with their
 * clinicians' section and printable referral sheet.
 */
import { existsSync, readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import coverage from './coverage.json' with { type: 'json' };

const html = (path: string) => (existsSync(`dist${path}index.html`) ? readFileSync(`dist${path}index.html`, 'utf8') : '');

test('every condition page exists with care cards, red flags and a clinicians\' section', () => {
  const problems: string[] = [];
  for (const id of coverage.conditions) {
    const page = html(`/conditions/${id}/`);
    if (!page) { problems.push(`${id}: no page`); continue; }
    if (!/class="care-card care-card--(emergency|urgent)/.test(page)) problems.push(`${id}: no emergency or urgent care card`);
    if (!page.includes('id="for-clinicians"')) problems.push(`${id}: no clinicians' section`);
    if (!html(`/clinicians/referral/${id}/`)) problems.push(`${id}: no referral sheet`);
  }
  expect(problems).toEqual([]);
});

test('every when-to-seek-care guide exists with its care cards', () => {
  const problems: string[] = [];
  for (const id of coverage['seek-care']) {
    const page = html(`/seek-care/${id}/`);
    if (!page) problems.push(`${id}: no page`);
    else if (!page.includes('class="care-card care-card--emergency')) problems.push(`${id}: no emergency care card`);
  }
  expect(problems).toEqual([]);
});

test('every procedure page exists with its preparation checklist, risks and warning signs from the register', () => {
  const problems: string[] = [];
  for (const id of coverage.procedures) {
    const page = html(`/procedures/${id}/`);
    if (!page) { problems.push(`${id}: no page`); continue; }
    if (!/<li id="prep-[a-z0-9-]+"/.test(page)) problems.push(`${id}: no preparation checklist`);
    if (!page.includes('id="not-for"')) problems.push(`${id}: no "who should not have it"`);
    if (!page.includes('id="risks"')) problems.push(`${id}: no risks`);
    for (const sign of ['fever-after-a-procedure', 'wound-or-needle-site-infection']) {
      if (!page.includes(`data-sign="${sign}"`)) problems.push(`${id}: no ${sign} warning sign`);
    }
  }
  expect(problems).toEqual([]);
});

test('the comparison page lists every procedure, linked to its page', () => {
  const page = html('/procedures/compare/');
  const missing = coverage.procedures.filter((id) => !page.includes(`href="/procedures/${id}/"`));
  expect(missing).toEqual([]);
});

test('every medicine page exists with serious side effects from the register, and a stopping-safely section', () => {
  const problems: string[] = [];
  for (const id of coverage.medications) {
    const page = html(`/medications/${id}/`);
    if (!page) { problems.push(`${id}: no page`); continue; }
    if (!/<section class="care-card care-card--(emergency|urgent)[\s\S]*?data-sign="/.test(page)) problems.push(`${id}: no emergency or urgent sign from the register`);
    if (!page.includes('id="stopping"')) problems.push(`${id}: no stopping-safely section`);
  }
  expect(problems).toEqual([]);
});

test('every therapy and guide page exists', () => {
  const missing = [
    ...coverage.therapies.filter((id) => !html(`/therapies/${id}/`)).map((id) => `therapies/${id}`),
    ...coverage.guides.filter((id) => !html(`/guides/${id}/`)).map((id) => `guides/${id}`),
  ];
  expect(missing).toEqual([]);
});
