// Gentle blameless-language hints for postmortem text. Phrases that blame a person are flagged
// with a suggestion (a message key, shown in the reader's language), never blocked: the
// writer decides. Pure, no database, so the editor can run it as people type.

export type BlamefulRule = 'fault' | 'shouldHave' | 'humanError' | 'careless' | 'blame' | 'responsiblePerson' | 'blameZh' | 'mistakeZh' | 'carelessZh' | 'scapegoatZh' | 'accountabilityZh';

export interface BlamefulPhrase {
  /** Offsets into the text, end exclusive (UTF-16 code units, as String.prototype.slice). */
  start: number;
  end: number;
  phrase: string;
  rule: BlamefulRule;
  /** Key in the `postmortems` message catalogue, e.g. `blameless.shouldHave`. */
  suggestionKey: string;
}

interface Rule {
  rule: BlamefulRule;
  pattern: RegExp;
}

// English patterns use word boundaries so "blameless" and "faulty" are not flagged. Chinese has
// no word boundaries; the phrases are specific enough on their own.
const rules: Rule[] = [
  { rule: 'fault', pattern: /\b[\p{L}\p{N}_.-]+(?:'s|’s)\s+fault\b/giu },
  { rule: 'shouldHave', pattern: /\bshould(?:\s+not|n't|n’t)?\s+have\b/giu },
  { rule: 'humanError', pattern: /\bhuman\s+errors?\b/giu },
  { rule: 'careless', pattern: /\bcareless(?:ly|ness)?\b/giu },
  { rule: 'blame', pattern: /\bblam(?:e|ed|es|ing)\b/giu },
  { rule: 'responsiblePerson', pattern: /责任人/gu },
  { rule: 'blameZh', pattern: /都怪/gu },
  { rule: 'mistakeZh', pattern: /失误/gu },
  { rule: 'carelessZh', pattern: /粗心(?:大意)?/gu },
  { rule: 'scapegoatZh', pattern: /背锅/gu },
  { rule: 'accountabilityZh', pattern: /追责/gu },
];

export const blamefulRules: readonly BlamefulRule[] = rules.map((r) => r.rule);

/** Every blameful phrase in the text, in order of position. Overlaps keep the earlier, longer match. */
export function findBlamefulPhrases(text: string): BlamefulPhrase[] {
  const found: BlamefulPhrase[] = [];
  for (const { rule, pattern } of rules) {
    for (const m of text.matchAll(pattern)) {
      const start = m.index;
      found.push({ start, end: start + m[0].length, phrase: m[0], rule, suggestionKey: `blameless.${rule}` });
    }
  }
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const result: BlamefulPhrase[] = [];
  for (const f of found) {
    const last = result[result.length - 1];
    if (last && f.start < last.end) continue;
    result.push(f);
  }
  return result;
}
