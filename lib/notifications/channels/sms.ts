// Text messages (on-call pages) through a pluggable provider. One adapter ships: a generic
// HTTP SMS gateway (SMS_GATEWAY_URL) that takes `POST {"to","text","id"}` as JSON with
// `Authorization: Bearer SMS_GATEWAY_TOKEN` and answers 2xx when it accepted the message. Real
// providers (Aliyun, Tencent Cloud SMS…) are further adapters of the same interface.
// The gateway is the operator's own configuration, not a user-entered URL, so it may be on a
// private network (no target guard).
import type { Sender, SendResult } from './types.ts';
import { answerOf } from './http.ts';

export interface SmsMessage { to: string; text: string; id: string }
export interface SmsProvider { send(message: SmsMessage): Promise<SendResult> }
export interface SmsConfig { url: string; token?: string; timeoutMs: number }

const SMS_MAX = 480; // three concatenated segments of Chinese text, about six of Latin.

export function httpSmsGateway(config: SmsConfig): SmsProvider {
  return {
    async send(message) {
      const res = await fetch(config.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json; charset=utf-8', 'user-agent': 'Firebreak-Notifications', ...(config.token ? { authorization: `Bearer ${config.token}` } : {}) },
        body: JSON.stringify(message),
        redirect: 'manual',
        signal: AbortSignal.timeout(config.timeoutMs),
      });
      const body = await res.text().catch(() => '');
      return { ok: res.status >= 200 && res.status < 300, status: res.status, answer: answerOf({ status: res.status, body }) };
    },
  };
}

export const sendSms: Sender = async ({ messageId, rendered, target, config }) => {
  if (!config.sms) return { ok: false, status: null, answer: 'No SMS gateway is configured (SMS_GATEWAY_URL).' };
  if (!target.phone) return { ok: false, status: null, answer: 'The contact method has no phone number.' };
  const text = rendered.text.length > SMS_MAX ? `${rendered.text.slice(0, SMS_MAX - 1)}…` : rendered.text;
  return httpSmsGateway(config.sms).send({ to: target.phone, text, id: messageId });
};
