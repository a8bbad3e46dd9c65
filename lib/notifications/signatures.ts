// The signatures each receiver checks. Pure, so that unit tests pin them to the platforms'
// documented algorithms (docs/notifications.md shows receivers how to verify ours).
import { createHmac } from 'node:crypto';

/** Generic webhook: `X-Firebreak-Signature: sha256=<hex HMAC-SHA256(secret, raw body)>`. */
export function webhookSignature(secret: string, rawBody: string): string {
  return `sha256=${createHmac('sha256', secret).update(rawBody, 'utf8').digest('hex')}`;
}

/** DingTalk: sign = base64(HMAC-SHA256(key = secret, message = timestamp + "\n" + secret)). */
export function dingtalkSign(secret: string, timestampMs: number): string {
  return createHmac('sha256', secret).update(`${timestampMs}\n${secret}`, 'utf8').digest('base64');
}

/** The robot URL with `timestamp` and `sign` added (the signature URL-encoded, as DingTalk wants). */
export function dingtalkSignedUrl(robotUrl: string, secret: string, timestampMs: number): string {
  const url = new URL(robotUrl);
  url.searchParams.set('timestamp', String(timestampMs));
  url.searchParams.set('sign', dingtalkSign(secret, timestampMs));
  return url.toString();
}

/** Feishu / Lark: sign = base64(HMAC-SHA256(key = timestamp + "\n" + secret, message = empty)). */
export function feishuSign(secret: string, timestampSeconds: number): string {
  return createHmac('sha256', `${timestampSeconds}\n${secret}`).update('').digest('base64');
}
