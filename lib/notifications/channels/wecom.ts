// WeCom (企业微信) group robot: markdown of at most 4096 bytes, cut cleanly when longer.
import { postJson, robotResult, truncateUtf8 } from './http.ts';
import type { Sender } from './types.ts';

export const WECOM_MAX_BYTES = 4096;

export const sendWecom: Sender = async ({ rendered, target, config }) => {
  if (!target.url) return { ok: false, status: null, answer: 'The subscription has no URL.' };
  const body = { msgtype: 'markdown', markdown: { content: truncateUtf8(rendered.markdown, WECOM_MAX_BYTES) } };
  return robotResult(await postJson(target.url, JSON.stringify(body), {}, config), 'errcode');
};
