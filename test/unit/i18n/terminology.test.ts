// One Chinese term per concept across every catalogue (the table is in docs/i18n.md): a reader
// who sees 故障 in the navigation must not meet 事件 or 事故 for the same thing on a button.
// Also: the reader is 你 (never 您), and Chinese sentences use full-width punctuation.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const dir = path.join(process.cwd(), 'lib', 'i18n', 'messages');

function flatten(value: unknown, prefix: string, out: Map<string, string>): Map<string, string> {
  if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) flatten(v, `${prefix}.${k}`, out);
  else if (typeof value === 'string') out.set(prefix, value);
  return out;
}

function catalogue(locale: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const file of fs.readdirSync(path.join(dir, locale)).filter((f) => f.endsWith('.json'))) {
    flatten(JSON.parse(fs.readFileSync(path.join(dir, locale, file), 'utf8')), file.replace(/\.json$/, ''), out);
  }
  return out;
}

const zh = catalogue('zh-CN');
const en = catalogue('en');

/** concept → the one term, and the variants readers must not meet. */
export const terms: { concept: string; term: string; forbidden: string[] }[] = [
  { concept: 'incident', term: '故障', forbidden: ['事故'] },
  { concept: 'resolved', term: '已解决', forbidden: ['已恢复'] },
  { concept: 'mitigated', term: '已缓解', forbidden: ['已减轻', '已缓和'] },
  { concept: 'alert', term: '告警', forbidden: ['报警', '警报'] },
  { concept: 'postmortem', term: '复盘', forbidden: ['事后分析', '事后回顾', '事后总结'] },
  { concept: 'action item', term: '行动项', forbidden: ['待办事项', '行动事项', '改进项'] },
  { concept: 'known issue', term: '已知问题', forbidden: ['已知故障', '已知缺陷'] },
  { concept: 'on-call', term: '值班', forbidden: ['轮值', '待命', 'On-call'] },
  { concept: 'schedule', term: '排班', forbidden: ['排程', '值班表'] },
  { concept: 'status page', term: '状态页', forbidden: ['状态页面', '状态网页'] },
  { concept: 'drill', term: '演练', forbidden: ['演习'] },
  { concept: 'severity', term: '严重程度', forbidden: ['严重级别', '严重性', '严重等级'] },
  { concept: 'team', term: '团队', forbidden: ['小组'] },
];

const HAN = '\\p{Script=Han}';
const halfWidthBetweenHan = new RegExp(`${HAN}\\s?[,.:;!?]\\s?${HAN}`, 'u');
const halfWidthAfterHan = new RegExp(`${HAN}[,:;!?](?:\\s|$)`, 'u');
const halfWidthParenNextToHan = new RegExp(`${HAN}\\(|\\)${HAN}`, 'u');

describe('Chinese terminology', () => {
  it('has catalogues to check', () => {
    expect(zh.size).toBeGreaterThan(500);
  });

  for (const { concept, term, forbidden } of terms) {
    it(`says ${term} for “${concept}”, never ${forbidden.join(' / ')}`, () => {
      const offenders = [...zh].filter(([, v]) => forbidden.some((f) => v.includes(f))).map(([k, v]) => `${k}: ${v}`);
      expect(offenders).toEqual([]);
    });
  }

  it('keeps 事件 for “event” only (never for an incident)', () => {
    const offenders = [...zh]
      .filter(([k, v]) => v.includes('事件') && !/\bevents?\b/i.test(en.get(k) ?? ''))
      .map(([k, v]) => `${k}: ${v} (en: ${en.get(k)})`);
    expect(offenders).toEqual([]);
  });

  it('the incident is 故障 wherever the English says incident', () => {
    const offenders = [...en]
      .filter(([k, v]) => /\bincidents?\b/i.test(v) && !/\{|INC-/.test(v) && !(zh.get(k) ?? '').includes('故障'))
      .map(([k, v]) => `${k}: ${v} → ${zh.get(k)}`);
    expect(offenders).toEqual([]);
  });

  it('addresses the reader as 你, never 您', () => {
    expect([...zh].filter(([, v]) => v.includes('您')).map(([k]) => k)).toEqual([]);
  });

  it('uses full-width punctuation in Chinese sentences', () => {
    const offenders = [...zh]
      .filter(([, v]) => halfWidthBetweenHan.test(v) || halfWidthAfterHan.test(v) || halfWidthParenNextToHan.test(v))
      .map(([k, v]) => `${k}: ${v}`);
    expect(offenders).toEqual([]);
  });
});
