// Slack incoming webhook: `{"text": …}` in Slack's mrkdwn; Slack answers the plain text "ok".
import { answerOf, postJson } from './http.ts';
import type { Sender } from './types.ts';

/** Slack's mrkdwn: *bold*, <url|label>. */
function toSlack(subject: string, text: string, link: string | null): string {
  const lines = text.split('\n').slice(1).filter((l) => !(link && l.includes(link)));
  return [`*${subject}*`, ...lines, ...(link && /^https?:/.test(link) ? [`<${link}|${link}>`] : link ? [link] : [])].join('\n').trim();
}

export const sendSlack: Sender = async ({ rendered, target, config }) => {
  if (!target.url) return { ok: false, status: null, answer: 'The subscription has no URL.' };
  const a = await postJson(target.url, JSON.stringify({ text: toSlack(rendered.subject, rendered.text, rendered.link) }), {}, config);
  return { ok: a.status >= 200 && a.status < 300 && a.body.trim() === 'ok', status: a.status, answer: answerOf(a) };
};
