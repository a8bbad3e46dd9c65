// A shields-style SVG badge: "<label> | <status>", for READMEs, wikis and dashboards. Pure.
import { esc } from './html.ts';
import type { ComponentStatus } from './impact-levels.ts';

const COLOURS: Record<ComponentStatus, string> = {
  operational: '#15803d',
  under_maintenance: '#1d4ed8',
  degraded_performance: '#b45309',
  partial_outage: '#c2410c',
  major_outage: '#b91c1c',
};

/** Rough text width: CJK characters are about twice as wide as Latin ones at 11 px. */
function width(s: string): number {
  let w = 0;
  for (const ch of s) w += /[\u3000-\u9fff\uff00-\uffef]/.test(ch) ? 11 : 6.5;
  return Math.ceil(w) + 12;
}

export function renderBadge(label: string, statusText: string, status: ComponentStatus): string {
  const a = width(label);
  const b = width(statusText);
  const total = a + b;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${total}" height="20" role="img" aria-label="${esc(`${label}: ${statusText}`)}"><title>${esc(`${label}: ${statusText}`)}</title><rect width="${a}" height="20" fill="#334155"/><rect x="${a}" width="${b}" height="20" fill="${COLOURS[status]}"/><g fill="#fff" font-family="Verdana,DejaVu Sans,PingFang SC,Microsoft YaHei,sans-serif" font-size="11" text-anchor="middle"><text x="${a / 2}" y="14">${esc(label)}</text><text x="${a + b / 2}" y="14">${esc(statusText)}</text></g></svg>`;
}
