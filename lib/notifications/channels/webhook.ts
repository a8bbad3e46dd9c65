// Generic webhook: the event and its facts as JSON, signed with the subscription's secret.
// Receivers verify X-Firebreak-Signature over the raw body and de-duplicate on the message id
// (docs/notifications.md, "Verifying webhooks").
import { webhookSignature } from '../signatures.ts';
import { answerOf, postJson } from './http.ts';
import type { Sender } from './types.ts';

export const sendWebhook: Sender = async ({ messageId, event, rendered, payload, target, now, config }) => {
  const url = target.url;
  if (!url) return { ok: false, status: null, answer: 'The subscription has no URL.' };
  const body = JSON.stringify({
    id: messageId,
    event,
    sentAt: now.toISOString(),
    subject: rendered.subject,
    text: rendered.text,
    link: rendered.link,
    payload,
  });
  const timestamp = String(Math.floor(now.getTime() / 1000));
  const headers: Record<string, string> = {
    'x-firebreak-message-id': messageId,
    'x-firebreak-event': event,
    'x-firebreak-timestamp': timestamp,
  };
  if (target.secret) headers['x-firebreak-signature'] = webhookSignature(target.secret, body);
  const a = await postJson(url, body, headers, config);
  return { ok: a.status >= 200 && a.status < 300, status: a.status, answer: answerOf(a) };
};
