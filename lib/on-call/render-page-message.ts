// The words of a page and of a handoff notice, in the recipient's language and time zone,
// with the one-time acknowledge/escalate links. Pure (the catalogue is passed in), shaped like
// every other outbox message (lib/notifications/render-message.ts) so every channel sends it.
import { createTranslator } from 'use-intl/core';
import type { Locale } from '../i18n/locales.ts';
import type { Messages } from '../i18n/load-messages.ts';
import { linkFor, type RenderedMessage } from '../notifications/render-message.ts';

type Payload = Record<string, unknown>;
const str = (v: unknown) => (typeof v === 'string' ? v : '');
const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export function renderOnCallMessage(event: string, payload: Payload, opts: { locale: Locale; messages: Messages; appUrl?: string | null; timeZone?: string | null; mention?: string | null }): RenderedMessage {
  const t = createTranslator({ locale: opts.locale, messages: opts.messages as Record<string, never>, namespace: 'onCall' as never }) as unknown as (key: string, values?: Record<string, string | number>) => string;
  const link = linkFor(payload, opts.appUrl);
  const abs = (path: string) => linkFor({ path }, opts.appUrl);
  const zone = opts.timeZone ?? 'UTC';
  const when = (iso: string) => `${new Intl.DateTimeFormat(opts.locale, { dateStyle: 'medium', timeStyle: 'short', timeZone: zone }).format(new Date(iso))} (${zone})`;
  let subject: string;
  let lines: string[];
  let actions: { label: string; url: string }[] = [];
  if (event === 'oncall_handoff') {
    subject = t('message.handoffSubject', { schedule: str(payload.schedule) });
    lines = [t('message.handoffBody', { schedule: str(payload.schedule), from: when(str(payload.from)), until: payload.until ? when(str(payload.until)) : '—' })];
  } else {
    subject = t('message.pageSubject', { reference: str(payload.reference), title: str(payload.title) });
    lines = [t('message.pageBody', { severity: str(payload.severity), level: Number(payload.level ?? 1) })];
    if (payload.team === true) lines.push(t('message.teamNotice'));
    const ack = str(payload.ackPath);
    const escalate = str(payload.escalatePath);
    if (ack) actions.push({ label: t('message.ack'), url: abs(ack) ?? ack });
    if (escalate) actions.push({ label: t('message.escalate'), url: abs(escalate) ?? escalate });
    if (actions.length) lines.push(t('message.linksExpire'));
  }
  if (opts.mention) lines.unshift(`@${opts.mention}`);
  actions = actions.filter((a) => a.url);
  // Chinese sentences take the full-width colon.
  const colon = opts.locale === 'zh-CN' ? '：' : ': ';
  const text = [subject, '', ...lines, ...actions.map((a) => `${a.label}${colon}${a.url}`), ...(link ? [link] : [])].join('\n');
  const markdown = [`**${subject}**`, '', ...lines, '', ...actions.map((a) => (a.url.startsWith('http') ? `[${a.label}](${a.url})` : `${a.label}${colon}${a.url}`)), ...(link ? [link] : [])].join('\n');
  const html = [
    `<h2 style="font-size:16px">${esc(subject)}</h2>`,
    ...lines.map((l) => `<p>${esc(l)}</p>`),
    actions.length ? `<p>${actions.map((a) => `<a href="${esc(a.url)}" style="display:inline-block;padding:8px 14px;margin-right:8px;background:#b91c1c;color:#fff;border-radius:6px;text-decoration:none">${esc(a.label)}</a>`).join('')}</p>` : '',
    link ? `<p><a href="${esc(link)}">${esc(link)}</a></p>` : '',
  ].join('\n');
  return { subject, text, markdown, html, link };
}
