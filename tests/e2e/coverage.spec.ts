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
