// Feishu / Lark bot: plain text, the body signed with the bot's secret (timestamp + sign).
import { feishuSign } from '../signatures.ts';
import { postJson, robotResult, truncateUtf8 } from './http.ts';
import type { Sender } from './types.ts';

export const sendFeishu: Sender = async ({ rendered, target, now, config }) => {
  if (!target.url) return { ok: false, status: null, answer: 'The subscription has no URL.' };
  const timestamp = Math.floor(now.getTime() / 1000);
  const body = {
    ...(target.secret ? { timestamp: String(timestamp), sign: feishuSign(target.secret, timestamp) } : {}),
    msg_type: 'text',
    content: { text: truncateUtf8(rendered.text, 20_000) },
  };
  return robotResult(await postJson(target.url, JSON.stringify(body), {}, config), 'code');
};
