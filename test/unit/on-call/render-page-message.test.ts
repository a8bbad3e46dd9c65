// A page's words in the recipient's language, with the one-time links made absolute, and a
// handoff notice with the shift in the recipient's time zone.
import { describe, expect, it } from 'vitest';
import { loadMessages } from '@/lib/i18n/load-messages';
import { renderOnCallMessage } from '@/lib/on-call/render-page-message';

const payload = { reference: 'INC-42', title: '支付失败', severity: 'SEV1', level: 2, path: '/incidents/INC-42', ackPath: '/on-call/page-link/abc.def', escalatePath: '/on-call/page-link/ghi.jkl' };

describe('on-call messages', () => {
  it('renders a page in English with the acknowledge and escalate links', () => {
    const m = renderOnCallMessage('page', payload, { locale: 'en', messages: loadMessages('en'), appUrl: 'https://fb.example.test/' });
    expect(m.subject).toBe('Page: INC-42 支付失败');
    expect(m.text).toContain('You are paged for a SEV1 incident (escalation level 2).');
    expect(m.text).toContain('Acknowledge: https://fb.example.test/on-call/page-link/abc.def');
    expect(m.text).toContain('Escalate: https://fb.example.test/on-call/page-link/ghi.jkl');
    expect(m.html).toContain('href="https://fb.example.test/on-call/page-link/abc.def"');
    expect(m.link).toBe('https://fb.example.test/incidents/INC-42');
  });

  it('renders it in Chinese, with the chat mention first', () => {
    const m = renderOnCallMessage('page', payload, { locale: 'zh-CN', messages: loadMessages('zh-CN'), appUrl: null, mention: 'wangfang' });
    expect(m.subject).toBe('呼叫：INC-42 支付失败');
    expect(m.text.split('\n')[2]).toBe('@wangfang');
    expect(m.text).toContain('你被呼叫处理一个 SEV1 故障（升级第 2 级）。');
    expect(m.text).toContain('确认：/on-call/page-link/abc.def');
  });

  it('gives the handoff in the reader\'s zone', () => {
    const m = renderOnCallMessage('oncall_handoff', { schedule: 'DBA', from: '2026-06-02T01:00:00Z', until: '2026-06-09T01:00:00Z', path: '/on-call/my-shifts' }, { locale: 'en', messages: loadMessages('en'), timeZone: 'Asia/Shanghai' });
    expect(m.subject).toBe('You are on call soon: DBA');
    expect(m.text).toContain('starts Jun 2, 2026, 9:00 AM (Asia/Shanghai)');
  });
});
