// One sender per channel type. The inbox has none: inbox messages are "sent" when written.
import type { ChannelType } from '../../subscriptions/channels.ts';
import { sendDingtalk } from './dingtalk.ts';
import { sendEmail } from './email.ts';
import { sendFeishu } from './feishu.ts';
import { sendSlack } from './slack.ts';
import { sendSms } from './sms.ts';
import { PrivateTargetError } from './target-guard.ts';
import type { Sender } from './types.ts';
import { sendWebhook } from './webhook.ts';
import { sendWecom } from './wecom.ts';

/** What the outbox delivers to: the subscription channels, and text messages for on-call pages. */
export type DeliveryChannel = ChannelType | 'sms';

export const senders: Record<Exclude<DeliveryChannel, 'inbox'>, Sender> = {
  email: sendEmail,
  webhook: sendWebhook,
  slack: sendSlack,
  wecom: sendWecom,
  dingtalk: sendDingtalk,
  feishu: sendFeishu,
  sms: sendSms,
};

/** Sends once, turning a network error or timeout into a failed result with its message. */
export async function sendOnce(type: DeliveryChannel, input: Parameters<Sender>[0]): Promise<Awaited<ReturnType<Sender>>> {
  if (type === 'inbox') return { ok: true, status: null, answer: 'Delivered to the in-app inbox.' };
  try {
    return await senders[type](input);
  } catch (e) {
    if (e instanceof PrivateTargetError) return { ok: false, status: null, answer: e.message };
    const err = e as Error & { cause?: { code?: string; message?: string } };
    const detail = err.name === 'TimeoutError' ? 'The receiver did not answer in time.' : (err.cause?.message ?? err.cause?.code ?? err.message);
    return { ok: false, status: null, answer: detail };
  }
}
