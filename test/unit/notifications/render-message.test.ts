// Messages in the recipient's language, with a link back; unknown events still render.
import { describe, expect, it } from 'vitest';
import { loadMessages } from '@/lib/i18n/load-messages';
import { truncateUtf8 } from '@/lib/notifications/channels/http';
import { renderMessage } from '@/lib/notifications/render-message';
import { nextRetry } from '@/lib/notifications/retry-policy';

const change = {
  title: 'Access tokens live 1 h', kind: 'credential', risk: 'high', status: 'scheduled', scheduledAt: '2026-12-01T02:00:00Z',
  service: { slug: 'auth', name: 'Auth' }, shortNotice: true, path: '/changes/c1',
};

describe('renderMessage', () => {
  it('renders a change announcement in English with an absolute link', () => {
    const m = renderMessage('change_announced', change, { locale: 'en', messages: loadMessages('en'), appUrl: 'https://fb.example/' });
    expect(m.subject).toBe('Change announced: Access tokens live 1 h');
    expect(m.text).toContain('Service: Auth');
    expect(m.text).toContain('Kind: Credential or security policy');
    expect(m.text).toContain('Short notice');
    expect(m.text).toContain('Scheduled: Dec 1, 2026, 2:00 AM (UTC)');
    expect(m.link).toBe('https://fb.example/changes/c1');
    expect(m.markdown).toContain('[Open in Firebreak](https://fb.example/changes/c1)');
    expect(m.html).toContain('<a href="https://fb.example/changes/c1">');
  });

  it('renders the same change in Chinese, in the reader\'s time zone', () => {
    const m = renderMessage('change_announced', change, { locale: 'zh-CN', messages: loadMessages('zh-CN'), appUrl: null, timeZone: 'Asia/Shanghai' });
    expect(m.subject).toBe('变更通知：Access tokens live 1 h');
    expect(m.text).toContain('服务：Auth');
    expect(m.text).toContain('风险：高风险');
    expect(m.text).toMatch(/计划时间：2026年12月1日 10:00 \(Asia\/Shanghai\)/);
    expect(m.link).toBe('/changes/c1');
  });

  it('says "rolled back" and "cancelled" rather than completed or announced', () => {
    const en = loadMessages('en');
    expect(renderMessage('change_completed', { ...change, status: 'rolled_back' }, { locale: 'en', messages: en }).subject).toBe('Change rolled back: Access tokens live 1 h');
    expect(renderMessage('change_announced', { ...change, status: 'cancelled' }, { locale: 'en', messages: en }).subject).toBe('Change cancelled: Access tokens live 1 h');
  });

  it('renders incidents with their reference, and reminders from title and linkPath', () => {
    const zh = loadMessages('zh-CN');
    const inc = renderMessage('incident_declared', { reference: 'INC-7', title: '下单失败', severity: 'SEV1', status: 'investigating', path: '/incidents/INC-7' }, { locale: 'zh-CN', messages: zh });
    expect(inc.subject).toBe('故障已宣布：INC-7 下单失败');
    expect(inc.text).toContain('严重程度：SEV1');
    const reminder = renderMessage('action_item_overdue', { title: 'Rotate keys', linkPath: '/action-items/a1', dueAt: '2026-11-20T00:00:00Z' }, { locale: 'en', messages: loadMessages('en'), appUrl: 'https://fb.example' });
    expect(reminder.subject).toBe('Action item overdue: Rotate keys');
    expect(reminder.link).toBe('https://fb.example/action-items/a1');
    const unknown = renderMessage('something_new', { title: 'Hello' }, { locale: 'en', messages: loadMessages('en') });
    expect(unknown.subject).toBe('Hello');
  });
});

describe('truncateUtf8', () => {
  it('keeps WeCom markdown within 4096 bytes without cutting a Chinese character', () => {
    const long = '变更'.repeat(1000); // 6000 bytes
    const cut = truncateUtf8(long, 4096);
    expect(Buffer.byteLength(cut, 'utf8')).toBeLessThanOrEqual(4096);
    expect(cut.endsWith('…')).toBe(true);
    expect(cut).not.toContain('\uFFFD');
    expect(truncateUtf8('short', 4096)).toBe('short');
  });
});

describe('nextRetry', () => {
  const policy = { maxAttempts: 3, baseMs: 1000, capMs: 3000 };
  const now = new Date('2026-01-01T00:00:00Z');
  it('waits a random time up to base·2^(attempt-1), capped, then gives up', () => {
    expect(nextRetry(policy, 1, now, () => 0.999)).toEqual({ status: 'failed', nextAttemptAt: new Date(now.getTime() + 999) });
    expect(nextRetry(policy, 2, now, () => 0.5)).toEqual({ status: 'failed', nextAttemptAt: new Date(now.getTime() + 1000) });
    expect(nextRetry({ ...policy, maxAttempts: 10 }, 6, now, () => 0.999)).toEqual({ status: 'failed', nextAttemptAt: new Date(now.getTime() + 2997) });
    expect(nextRetry(policy, 3, now, () => 0.5)).toEqual({ status: 'dead' });
  });
});
