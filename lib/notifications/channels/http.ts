// One HTTP POST with a timeout, keeping what the receiver answered.
import { assertPublicTarget } from './target-guard.ts';
import type { SendResult } from './types.ts';

const ANSWER_MAX = 1000;

export interface HttpAnswer { status: number; body: string }

export async function postJson(url: string, body: string, headers: Record<string, string>, opts: { httpTimeoutMs: number; allowPrivateNetworks?: boolean }): Promise<HttpAnswer> {
  await assertPublicTarget(url, opts.allowPrivateNetworks ?? false);
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json; charset=utf-8', 'user-agent': 'Firebreak-Notifications', ...headers },
    body,
    redirect: 'manual',
    signal: AbortSignal.timeout(opts.httpTimeoutMs),
  });
  const text = await res.text().catch(() => '');
  return { status: res.status, body: text };
}

export function answerOf(a: HttpAnswer): string {
  const body = a.body.length > ANSWER_MAX ? `${a.body.slice(0, ANSWER_MAX)}…` : a.body;
  return `${a.status}${body ? ` ${body}` : ''}`;
}

/**
 * Chat robots answer HTTP 200 with an error code in the body (WeCom/DingTalk `errcode`,
 * Feishu `code`): success only when that code is 0.
 */
export function robotResult(a: HttpAnswer, codeField: 'errcode' | 'code'): SendResult {
  let ok = a.status >= 200 && a.status < 300;
  if (ok) {
    try {
      const parsed = JSON.parse(a.body) as Record<string, unknown>;
      const code = parsed[codeField] ?? (codeField === 'code' ? parsed.StatusCode : undefined);
      ok = code === 0;
    } catch {
      ok = false;
    }
  }
  return { ok, status: a.status, answer: answerOf(a) };
}

/** Truncates to at most `maxBytes` of UTF-8 without cutting a character, ending with "…". */
export function truncateUtf8(s: string, maxBytes: number): string {
  if (Buffer.byteLength(s, 'utf8') <= maxBytes) return s;
  const ellipsis = '…';
  const budget = maxBytes - Buffer.byteLength(ellipsis, 'utf8');
  let used = 0;
  let out = '';
  for (const ch of s) {
    const n = Buffer.byteLength(ch, 'utf8');
    if (used + n > budget) break;
    used += n;
    out += ch;
  }
  return out + ellipsis;
}
