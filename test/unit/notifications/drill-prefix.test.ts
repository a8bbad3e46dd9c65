// Every message about a drill is marked as one, in the reader's language: the subject starts
// with [DRILL] / 【演练】 and the body says it is practice; real incidents are not marked.
import { describe, expect, it } from 'vitest';
import { loadMessages } from '@/lib/i18n/load-messages';
import { renderMessage } from '@/lib/notifications/render-message';

const incident = { reference: 'INC-7', title: 'CRM calls fail', severity: 'SEV2', status: 'investigating', path: '/incidents/INC-7' };

describe('drill notifications', () => {
  it('prefix the subject and say it is a drill, in both languages', () => {
    const en = renderMessage('incident_declared', { ...incident, drill: true }, { locale: 'en', messages: loadMessages('en') });
    expect(en.subject).toBe('[DRILL] Incident declared: INC-7 CRM calls fail');
    expect(en.text.split('\n')[2]).toBe('This is a drill (practice), not a real incident.');
    expect(en.markdown.startsWith('**[DRILL] ')).toBe(true);
    const zh = renderMessage('drill_scheduled', { title: '练习 OAuth 令牌有效期故障', drill: true, path: '/drills/1' }, { locale: 'zh-CN', messages: loadMessages('zh-CN') });
    expect(zh.subject).toBe('【演练】故障演练已排期：练习 OAuth 令牌有效期故障');
    expect(zh.html).toContain('这是一次故障演练，不是真实故障。');
  });

  it('leave real incidents unmarked', () => {
    const m = renderMessage('incident_declared', { ...incident, drill: false }, { locale: 'en', messages: loadMessages('en') });
    expect(m.subject).toBe('Incident declared: INC-7 CRM calls fail');
    expect(m.text).not.toContain('drill');
  });
});
