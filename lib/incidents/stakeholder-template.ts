// The stakeholder update template: the composer's structured answers (what is happening,
// impact, what we are doing, next update) become one Markdown body, in the author's language,
// with the incident's reference, title, status and severity. Pure. Labels come from the
// incidents message catalogue so both languages stay in step with the UI.
import en from '../i18n/messages/en/incidents.json' with { type: 'json' };
import zhCN from '../i18n/messages/zh-CN/incidents.json' with { type: 'json' };
import type { Severity } from './schemas.ts';
import type { IncidentStatus } from './status-machine.ts';

export interface StakeholderUpdateContent {
  reference: string;
  title: string;
  status: IncidentStatus;
  severity: Severity;
  whatIsHappening: string;
  impact: string;
  whatWeAreDoing: string;
  nextUpdateAt: Date | null;
}

const fill = (template: string, values: Record<string, string>) =>
  template.replace(/\{(\w+)\}/g, (m, k: string) => values[k] ?? m);

// The zone's name is part of the text: readers of a pasted update may live elsewhere.
const timeFormat = { year: 'numeric', month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZoneName: 'short' } as const;

export function formatUpdateTime(t: Date, locale: 'en' | 'zh-CN', timeZone: string): string {
  try {
    return new Intl.DateTimeFormat(locale, { ...timeFormat, timeZone }).format(t);
  } catch {
    // An unknown saved time zone must not stop an update from going out.
    return new Intl.DateTimeFormat(locale, { ...timeFormat, timeZone: 'UTC' }).format(t);
  }
}

export function renderStakeholderUpdate(c: StakeholderUpdateContent, locale: string | null | undefined, timeZone = 'UTC'): string {
  const lang = locale === 'zh-CN' ? 'zh-CN' : 'en';
  const m = lang === 'zh-CN' ? zhCN : en;
  const t = m.stakeholderTemplate;
  const colon = lang === 'zh-CN' ? '：' : ': ';
  const section = (label: string, text: string) => (text.trim() ? [`**${label}**`, '', text.trim(), ''] : []);
  const next = c.nextUpdateAt ? `**${t.nextUpdateAt}**${colon}${formatUpdateTime(c.nextUpdateAt, lang, timeZone)}` : `*${t.noNextUpdate}*`;
  return [
    `### ${fill(t.heading, { reference: c.reference, title: c.title })}`,
    '',
    `**${t.status}**${colon}${m.status[c.status]} · **${t.severity}**${colon}${m.severity[c.severity]}`,
    '',
    ...section(t.whatIsHappening, c.whatIsHappening),
    ...section(t.impact, c.impact),
    ...section(t.whatWeAreDoing, c.whatWeAreDoing),
    next,
  ].join('\n');
}
