import { describe, expect, it } from 'vitest';
import { channelConfigOf, channelInput, maskChannel, maskUrl } from '@/lib/subscriptions/channels';

describe('channel targets', () => {
  it('never shows a webhook URL\'s key or a secret', () => {
    const url = 'https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=693a91f6-7xxx-4bc4-97a0-0ec2sifa5aaa';
    const masked = maskChannel('wecom', { url });
    expect(masked).toEqual({ type: 'wecom', url: 'https://qyapi.weixin.qq.com/…5aaa', hasSecret: false });
    expect(JSON.stringify(masked)).not.toContain('693a91f6');
    const ding = maskChannel('dingtalk', { url: 'https://oapi.dingtalk.com/robot/send?access_token=abcdef123456', secret: 'SECdeadbeef' });
    expect(ding).toEqual({ type: 'dingtalk', url: 'https://oapi.dingtalk.com/…3456', hasSecret: true });
    expect(JSON.stringify(ding)).not.toContain('SECdeadbeef');
  });

  it('shows an email address, and nothing for the inbox', () => {
    expect(maskChannel('email', { address: 'ops@example.test' })).toEqual({ type: 'email', address: 'ops@example.test' });
    expect(maskChannel('inbox', {})).toEqual({ type: 'inbox' });
  });

  it('masks short or broken URLs without leaking them', () => {
    expect(maskUrl('https://a.test/x')).toBe('https://a.test/…');
    expect(maskUrl('not a url')).toBe('…');
  });

  it('validates each type\'s target: DingTalk and Feishu need their signing secret', () => {
    expect(channelInput.safeParse({ type: 'dingtalk', url: 'https://oapi.dingtalk.com/robot/send?access_token=x' }).success).toBe(false);
    expect(channelInput.safeParse({ type: 'feishu', url: 'https://open.feishu.cn/open-apis/bot/v2/hook/x', secret: 's' }).success).toBe(true);
    expect(channelInput.safeParse({ type: 'slack', url: 'ftp://hooks.slack.test/x' }).success).toBe(false);
    expect(channelInput.safeParse({ type: 'email', address: 'nope' }).success).toBe(false);
  });

  it('stores the target without its type', () => {
    expect(channelConfigOf({ type: 'webhook', url: 'https://h.test/in', secret: 's3' })).toEqual({ url: 'https://h.test/in', secret: 's3' });
  });
});
