// DingTalk robot: markdown, the URL signed with the robot's secret (timestamp + sign).
import { dingtalkSignedUrl } from '../signatures.ts';
import { postJson, robotResult, truncateUtf8 } from './http.ts';
import type { Sender } from './types.ts';

export const sendDingtalk: Sender = async ({ rendered, target, now, config }) => {
  if (!target.url) return { ok: false, status: null, answer: 'The subscription has no URL.' };
  const url = target.secret ? dingtalkSignedUrl(target.url, target.secret, now.getTime()) : target.url;
  const body = { msgtype: 'markdown', markdown: { title: truncateUtf8(rendered.subject, 200), text: truncateUtf8(rendered.markdown, 5000) } };
  return robotResult(await postJson(url, JSON.stringify(body), {}, config), 'errcode');
};
