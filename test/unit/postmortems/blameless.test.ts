// Blameless-language hints: what is flagged (English and Chinese), where, with which
// suggestion, and what is not flagged (blameless, faulty, ordinary text).
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { blamefulRules, findBlamefulPhrases } from '@/lib/postmortems/blameless';

const rulesOf = (text: string) => findBlamefulPhrases(text).map((p) => p.rule);

describe('findBlamefulPhrases', () => {
  it('flags English blame with exact ranges', () => {
    const text = "It was Bob's fault: he should have checked. Root cause: human error.";
    const found = findBlamefulPhrases(text);
    expect(found.map((f) => f.rule)).toEqual(['fault', 'shouldHave', 'humanError']);
    for (const f of found) expect(text.slice(f.start, f.end)).toBe(f.phrase);
    expect(found[0]).toMatchObject({ phrase: "Bob's fault", suggestionKey: 'blameless.fault' });
  });

  it('flags variants: case, plural, negation, careless and blame forms', () => {
    expect(rulesOf('HUMAN ERRORS happen')).toEqual(['humanError']);
    expect(rulesOf("We shouldn't have deployed")).toEqual(['shouldHave']);
    expect(rulesOf('a careless change, carelessly made')).toEqual(['careless', 'careless']);
    expect(rulesOf('Nobody is blamed; we blame the process')).toEqual(['blame', 'blame']);
  });

  it('flags the Chinese phrases', () => {
    const text = '责任人是张三,都怪他粗心大意,这次失误让他背锅,需要追责。';
    expect(rulesOf(text)).toEqual(['responsiblePerson', 'blameZh', 'carelessZh', 'mistakeZh', 'scapegoatZh', 'accountabilityZh']);
    const careless = findBlamefulPhrases(text).find((f) => f.rule === 'carelessZh');
    expect(careless?.phrase).toBe('粗心大意');
  });

  it('does not flag blameless wording', () => {
    expect(findBlamefulPhrases('A blameless review. The faulty disk was replaced. We should add an alert. 配置变更导致服务中断。')).toEqual([]);
  });

  it('has a suggestion in English and Chinese for every rule', () => {
    for (const locale of ['en', 'zh-CN']) {
      const messages = JSON.parse(fs.readFileSync(path.join(process.cwd(), 'lib/i18n/messages', locale, 'postmortems.json'), 'utf8')) as { blameless: Record<string, string> };
      for (const rule of blamefulRules) expect(messages.blameless[rule], `${locale} ${rule}`).toBeTruthy();
    }
  });
});
