// Signatures pinned to values computed independently (Python's hmac module) from the
// platforms' documented algorithms; and which target addresses count as private.
import { describe, expect, it } from 'vitest';
import { isPrivateAddress } from '@/lib/notifications/channels/target-guard';
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

describe('isPrivateAddress', () => {
  it.each([
    ['127.0.0.1', true], ['10.1.2.3', true], ['172.20.0.1', true], ['192.168.1.1', true], ['169.254.169.254', true], ['100.64.0.1', true],
    ['::1', true], ['fd00::1', true], ['::ffff:127.0.0.1', true], ['0.0.0.0', true],
    ['8.8.8.8', false], ['172.32.0.1', false], ['2001:4860:4860::8888', false],
  ])('%s → %s', (ip, expected) => {
    expect(isPrivateAddress(ip)).toBe(expected);
  });
});
