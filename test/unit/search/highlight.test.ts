import { describe, expect, it } from 'vitest';
import { bestSnippet, highlight } from '@/lib/search/highlight';
import { parseQuery } from '@/lib/search/normalize';

describe('highlight', () => {
  it('marks a Chinese word inside longer text', () => {
    expect(highlight('下单时调用服务失败，返回 HTTP 500', parseQuery('服务失败'))).toBe('下单时调用<mark>服务失败</mark>，返回 HTTP 500');
  });

  it('marks inflections of English words, keeping the original spelling', () => {
    expect(highlight('Gateway timed out: upstream timeouts', parseQuery('timeout'))).toBe('Gateway timed out: upstream <mark>timeouts</mark>');
  });

  it('marks the word being typed by its prefix, and corrected typos by their correction', () => {
    expect(highlight('Pods in CrashLoopBackOff', parseQuery('crashloop'))).toBe('Pods in <mark>CrashLoopBackOff</mark>');
    const terms = parseQuery('deadlok found ');
    for (const t of terms) if (t.kind === 'word' && t.lexeme === 'deadlok') t.alternatives = ['deadlock'];
    expect(highlight('Deadlock found when trying to get lock', terms)).toBe('<mark>Deadlock</mark> <mark>found</mark> when trying to get lock');
  });

  it('escapes HTML in the entry text', () => {
    expect(highlight('<script>alert(1)</script> token 过期', parseQuery('token过期'))).toBe(
      '&lt;script&gt;alert(1)&lt;/script&gt; <mark>token</mark> <mark>过期</mark>',
    );
  });

  it('cuts long text around the first match', () => {
    const text = `${'x'.repeat(300)} connection reset by peer ${'y'.repeat(300)}`;
    const out = highlight(text, parseQuery('connection reset'), 100);
    expect(out.startsWith('…')).toBe(true);
    expect(out.endsWith('…')).toBe(true);
    expect(out).toContain('<mark>connection</mark> <mark>reset</mark>');
  });

  it('picks the field with the most matches', () => {
    expect(bestSnippet(['Orders fail', 'CRM 调用服务失败 when token 过期'], parseQuery('token过期'))).toContain('<mark>token</mark>');
    expect(bestSnippet(['', 'plain text'], parseQuery('zzz'))).toBe('plain text');
  });
});

describe('snippets of Markdown fields', () => {
  it('show the text a reader sees, not the Markdown syntax', () => {
    const snippet = bestSnippet(['Rotate the **token** first, see [the change](/changes/0b6f8f0e-1111-4c1e-9f00-aaaaaaaaaaaa).\n\n- step one\n- step two'], parseQuery('token'));
    expect(snippet).toContain('<mark>token</mark>');
    expect(snippet).toContain('the change');
    expect(snippet).not.toMatch(/\*\*|\]\(|\/changes\/|^- /);
  });
});
