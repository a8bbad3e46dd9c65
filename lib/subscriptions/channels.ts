// Notification channels and their targets. A target holds secrets (a webhook URL is itself a
// credential for Slack, WeCom and Feishu; DingTalk and Feishu also have a signing secret), so
// the API stores it whole and only ever shows a masked form. Pure: shared by the
// subscription use cases, the OpenAPI document and the unit tests.
import { z } from 'zod';

export const channelTypes = ['email', 'webhook', 'slack', 'wecom', 'dingtalk', 'feishu', 'inbox'] as const;
export type ChannelType = (typeof channelTypes)[number];

const httpsUrl = z
  .url({ protocol: /^https?$/, error: 'Use an http or https URL.' })
  .max(2000);
const secret = z.string().min(1).max(500);

export const channelInput = z
  .discriminatedUnion('type', [
    z.object({ type: z.literal('email'), address: z.email().max(254) }),
    z.object({ type: z.literal('webhook'), url: httpsUrl, secret: secret.optional().meta({ description: 'Signs each body: X-Firebreak-Signature = sha256=HMAC-SHA256(secret, body), hex.' }) }),
    z.object({ type: z.literal('slack'), url: httpsUrl.meta({ description: 'Incoming webhook URL.' }) }),
    z.object({ type: z.literal('wecom'), url: httpsUrl.meta({ description: 'Group robot URL with its key.' }) }),
    z.object({ type: z.literal('dingtalk'), url: httpsUrl.meta({ description: 'Robot URL with its access_token.' }), secret: secret.meta({ description: 'The robot\'s signing secret (SEC…).' }) }),
    z.object({ type: z.literal('feishu'), url: httpsUrl.meta({ description: 'Bot hook URL.' }), secret: secret.meta({ description: 'The bot\'s signing secret.' }) }),
    z.object({ type: z.literal('inbox') }),
  ])
  .meta({ id: 'ChannelInput', description: 'Where messages go. Secrets and URLs are stored whole and never returned in full.' });
export type ChannelInput = z.infer<typeof channelInput>;

export const channelOutput = z
  .object({
    type: z.enum(channelTypes),
    address: z.string().optional().meta({ description: 'email: the address.' }),
    url: z.string().optional().meta({ description: 'The URL with everything after the host masked but its last 4 characters.' }),
    hasSecret: z.boolean().optional(),
  })
  .meta({ id: 'Channel' });
export type ChannelOutput = z.infer<typeof channelOutput>;

/** `https://hooks.slack.com/…Xy12`: enough to recognise a target, never enough to use it. */
export function maskUrl(raw: string): string {
  let origin = '';
  try {
    origin = new URL(raw).origin;
  } catch {
    return '…';
  }
  const tail = raw.length - origin.length > 8 ? raw.slice(-4) : '';
  return `${origin}/…${tail}`;
}

/** The target config as stored (the channel input without its type). */
export function channelConfigOf(channel: ChannelInput): Record<string, string> {
  const { type: _type, ...config } = channel;
  return Object.fromEntries(Object.entries(config).filter((e): e is [string, string] => typeof e[1] === 'string'));
}

export function maskChannel(type: ChannelType, config: unknown): ChannelOutput {
  const c = (config && typeof config === 'object' ? config : {}) as Record<string, unknown>;
  const str = (k: string) => (typeof c[k] === 'string' ? (c[k] as string) : undefined);
  switch (type) {
    case 'email':
      return { type, address: str('address') ?? '' };
    case 'inbox':
      return { type };
    default: {
      const url = str('url');
      return { type, url: url ? maskUrl(url) : '', hasSecret: !!str('secret') };
    }
  }
}
