// The search results render the highlighter's snippet as HTML (escaped text, <mark> only), the
// status in words, and the "nothing found" message in the reader's language.
import { NextIntlClientProvider } from 'next-intl';
import { createElement, type ComponentProps, type ReactNode } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { KnownIssueSearchResults } from '@/components/known-issues/search-results';
import { loadMessages } from '@/lib/i18n/load-messages';
import { highlight } from '@/lib/search/highlight';
import { parseQuery } from '@/lib/search/normalize';

function render(locale: 'en' | 'zh-CN', node: ReactNode): string {
  const props = { locale, messages: loadMessages(locale), timeZone: 'UTC' } as ComponentProps<typeof NextIntlClientProvider>;
  return renderToStaticMarkup(createElement(NextIntlClientProvider, props, node));
}

describe('KnownIssueSearchResults', () => {
  it('shows the title, the status in words and the marked, escaped snippet', () => {
    const snippet = highlight('<b>x</b> 调用服务失败', parseQuery('服务失败'));
    const hit = { type: 'known_issue' as const, id: '6f1c2a8e-0000-4000-8000-000000000001', title: 'CRM 调用服务失败', snippet, score: 1, status: 'obsolete' as const };
    const html = render('zh-CN', createElement(KnownIssueSearchResults, { q: '服务失败', hits: [hit] }));
    expect(html).toContain('href="/known-issues/6f1c2a8e-0000-4000-8000-000000000001"');
    expect(html).toContain('已过时');
    expect(html).toContain('&lt;b&gt;x&lt;/b&gt; 调用<mark>服务失败</mark>');
    expect(html).not.toContain('<b>x</b>');
  });

  it('says so when nothing matches', () => {
    expect(render('en', createElement(KnownIssueSearchResults, { q: 'zzz', hits: [] }))).toContain('Nothing matches “zzz”');
  });
});
