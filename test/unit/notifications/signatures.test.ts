// Signatures pinned to values computed independently (Python's hmac module) from the
// platforms' documented algorithms, so a change of argument order or encoding fails here.
import { describe, expect, it } from 'vitest';
import { dingtalkSign, dingtalkSignedUrl, feishuSign, webhookSignature } from '@/lib/notifications/signatures';

describe('signatures', () => {
  it('signs generic webhooks as sha256=<hex HMAC-SHA256(secret, raw body)>', () => {
    expect(webhookSignature('whsec', '{"a":1}')).toBe('sha256=19373ef0e8c66f206e49d251e4402291615bbce6ef00922e94a47a213fb76ee1');
  });

  it('signs DingTalk with key = secret over "timestamp\\nsecret", URL-encoded into the URL', () => {
    expect(dingtalkSign('SECabc123', 1700000000000)).toBe('N5P09a4+p1AMJIJWnIvQd2Yxw9+fu/oEBnPrjCcsLXk=');
    const url = new URL(dingtalkSignedUrl('https://oapi.dingtalk.com/robot/send?access_token=T', 'SECabc123', 1700000000000));
    expect(url.searchParams.get('access_token')).toBe('T');
    expect(url.searchParams.get('timestamp')).toBe('1700000000000');
    expect(url.searchParams.get('sign')).toBe('N5P09a4+p1AMJIJWnIvQd2Yxw9+fu/oEBnPrjCcsLXk=');
    expect(url.search).toContain('sign=N5P09a4%2Bp1AMJIJWnIvQd2Yxw9%2Bfu%2FoEBnPrjCcsLXk%3D');
  });

  it('signs Feishu with key = "timestamp\\nsecret" over an empty message', () => {
    expect(feishuSign('SECabc123', 1700000000)).toBe('UqhI0v4zAkSwI4hNYBuHQvnrAqshA0UaeBGHCUMPX70=');
  });
});
