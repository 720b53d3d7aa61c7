/** Every built page of the site, read from dist/ (the build must have run). */
import { readdirSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { join, relative, sep } from 'node:path';

const DIST = 'dist';

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const p = join(dir, d.name);
    if (d.isDirectory()) return d.name === 'pagefind' || d.name === '_astro' ? [] : walk(p);
    return d.name.endsWith('.html') ? [p] : [];
  });
}

/** URL paths of every HTML page, e.g. "/conditions/sciatica/". The 404 page is included. */
export function builtPages(): string[] {
  return walk(DIST)
    .map((f) => `/${relative(DIST, f).split(sep).join('/')}`)
    .map((p) => (p.endsWith('/index.html') ? p.slice(0, -'index.html'.length) : p))
    .sort();
}

/** Pages that must ship no JavaScript: everything except the tool pages. */
export const TOOL_PAGES = ['/search/', '/prepare/', '/prepare/relief-diary/'];
export const isContentPage = (path: string) => !TOOL_PAGES.includes(path);

/** The emergency number the site settings give (911 when unset). */
export function emergencyNumber(): string {
  const settings = parse(readFileSync('content/site.yaml', 'utf8')) as { site?: { emergencyNumber?: string } };
  return settings.site?.emergencyNumber ?? '911';
}
