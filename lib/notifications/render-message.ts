// Turns an outbox message (event + language-neutral payload) into the words a person reads,
// in the recipient's language: a subject, plain text, Markdown (chat robots) and simple HTML
// (email). Pure: the message catalogue is passed in, so unit tests render both languages.
//
// Payloads are written by several domains (changes, incidents, postmortems, reminders); known
// fields are shown when present, and an event this file has never heard of still renders
// from `payload.title` and `payload.linkPath` / `payload.path`.
import { createTranslator } from 'use-intl/core';
import type { Locale } from '../i18n/locales.ts';
import type { Messages } from '../i18n/load-messages.ts';

export interface RenderedMessage {
  subject: string;
  /** Lines of plain text (no Markdown), the link last. */
  text: string;
  markdown: string;
  html: string;
  /** Absolute when an app URL is configured, else a path. */
  link: string | null;
}

export interface RenderOptions {
  locale: Locale;
  messages: Messages;
  /** APP_URL / NEXTAUTH_URL; without it links stay relative. */
  appUrl?: string | null;
  timeZone?: string | null;
}

type Payload = Record<string, unknown>;

const str = (v: unknown): string | undefined => (typeof v === 'string' && v.trim() ? v : undefined);
const nameOf = (v: unknown): string | undefined =>
  str(v) ?? (v && typeof v === 'object' ? (str((v as Record<string, unknown>).name) ?? str((v as Record<string, unknown>).slug)) : undefined);

function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** Link back to the app: absolute when the app's public URL is known. */
export function linkFor(payload: Payload, appUrl?: string | null): string | null {
  const path = str(payload.linkPath) ?? str(payload.path);
  if (!path) return null;
  if (/^https?:\/\//.test(path)) return path;
  return appUrl ? `${appUrl.replace(/\/+$/, '')}${path.startsWith('/') ? '' : '/'}${path}` : path;
}

function subjectKey(event: string, payload: Payload): string {
  if (event === 'change_announced' && payload.status === 'cancelled') return 'change_cancelled';
  if (event === 'change_completed' && payload.status === 'rolled_back') return 'change_rolled_back';
  return event;
}

export function renderMessage(event: string, payload: Payload, opts: RenderOptions): RenderedMessage {
  const t = createTranslator({ locale: opts.locale, messages: opts.messages as Record<string, never> }) as unknown as {
    (key: string, values?: Record<string, string>): string;
    has: (key: string) => boolean;
  };
  const label = (ns: string, value: unknown): string | undefined => {
    const v = str(value);
    if (!v) return undefined;
    return t.has(`${ns}.${v}`) ? t(`${ns}.${v}`) : v;
  };
  const when = (value: unknown): string | undefined => {
    const v = str(value);
    const d = v ? new Date(v) : null;
    if (!d || Number.isNaN(d.getTime())) return undefined;
    const zone = opts.timeZone ?? 'UTC';
    const formatted = new Intl.DateTimeFormat(opts.locale, { dateStyle: 'medium', timeStyle: 'short', timeZone: zone }).format(d);
    return `${formatted} (${zone})`;
  };

  const baseTitle = str(payload.title) ?? str(payload.reference) ?? event;
  const title = str(payload.reference) && str(payload.title) ? `${payload.reference as string} ${baseTitle}` : baseTitle;
  const key = subjectKey(event, payload);
  const subject = t.has(`notifications.subject.${key}`) ? t(`notifications.subject.${key}`, { title }) : title;

  const service = nameOf(payload.service);
  const fields: [string, string | undefined][] = [
    ['service', service],
    ['kind', label('changes.kind', payload.kind)],
    ['risk', label('changes.risk', payload.risk)],
    ['severity', label('incidents.severity', payload.severity)],
    ['status', event.startsWith('change') ? label('changes.status', payload.status) : event.startsWith('incident') ? label('incidents.status', payload.status) : undefined],
    ['scheduledAt', when(payload.scheduledAt)],
    ['dueAt', when(payload.dueAt)],
    ['nextUpdateAt', when(payload.nextUpdateAt)],
    ['announcedBy', str(payload.announcedBy)],
    ['reviewRequestedBy', event === 'postmortem_review_requested' ? str(payload.requestedBy) : undefined],
    ['viaService', nameOf(payload.viaService)],
  ];
  const lines = fields.filter((f): f is [string, string] => !!f[1]).map(([k, value]) => t(`notifications.field.${k}`, { value }));
  if (payload.shortNotice === true) lines.push(t('notifications.field.shortNotice'));
  if (payload.startedEarly === true) lines.push(t('notifications.field.startedEarly', { value: when(payload.scheduledAt) ?? '' }));
  const unacknowledged = Array.isArray(payload.unacknowledgedTeams) ? payload.unacknowledgedTeams.filter((n): n is string => typeof n === 'string') : [];
  if (unacknowledged.length) lines.push(t('notifications.field.unacknowledgedTeams', { value: unacknowledged.join(opts.locale === 'zh-CN' ? '、' : ', ') }));
  const body = str(payload.body) ?? str(payload.summary);
  const link = linkFor(payload, opts.appUrl);
  // Anonymous subscribers (status pages) get a one-click unsubscribe link, labelled by the payload.
  const unsubscribe = linkFor({ linkPath: payload.unsubscribePath }, opts.appUrl);
  const unsubscribeLine = unsubscribe ? `${str(payload.unsubscribeLabel) ?? 'Unsubscribe'}: ${unsubscribe}` : null;

  const text = [subject, '', ...lines, ...(body ? ['', body] : []), ...(link ? ['', t('notifications.open', { url: link })] : []), ...(unsubscribeLine ? ['', unsubscribeLine] : [])].join('\n');
  const markdown = [
    `**${subject}**`,
    '',
    ...lines.map((l) => `> ${l}`),
    ...(body ? ['', body] : []),
    ...(link ? ['', link.startsWith('http') ? `[${t('notifications.openLabel')}](${link})` : t('notifications.open', { url: link })] : []),
  ].join('\n');
  const html = [
    `<h2 style="font-size:16px">${escapeHtml(subject)}</h2>`,
    lines.length ? `<ul>${lines.map((l) => `<li>${escapeHtml(l)}</li>`).join('')}</ul>` : '',
    body ? `<p style="white-space:pre-wrap">${escapeHtml(body)}</p>` : '',
    link ? `<p><a href="${escapeHtml(link)}">${escapeHtml(t('notifications.openLabel'))}</a></p>` : '',
    `<p style="color:#64748b;font-size:12px">${escapeHtml(t('notifications.footer'))}</p>`,
    unsubscribe ? `<p style="font-size:12px"><a href="${escapeHtml(unsubscribe)}">${escapeHtml(str(payload.unsubscribeLabel) ?? 'Unsubscribe')}</a></p>` : '',
  ].join('\n');
  return { subject, text, markdown, html, link };
}

/** The message a "Send test message" button sends. */
export function renderTestMessage(serviceName: string, opts: RenderOptions): RenderedMessage {
  const t = createTranslator({ locale: opts.locale, messages: opts.messages as Record<string, never> }) as unknown as (key: string, values?: Record<string, string>) => string;
  const subject = t('notifications.subject.test');
  const body = t('notifications.testBody', { service: serviceName });
  const link = opts.appUrl ? `${opts.appUrl.replace(/\/+$/, '')}/subscriptions` : '/subscriptions';
  return {
    subject,
    text: `${subject}\n\n${body}\n\n${t('notifications.open', { url: link })}`,
    markdown: `**${subject}**\n\n${body}`,
    html: `<h2 style="font-size:16px">${escapeHtml(subject)}</h2><p>${escapeHtml(body)}</p>`,
    link,
  };
}
