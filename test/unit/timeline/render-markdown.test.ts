import { describe, expect, it } from 'vitest';
import { renderMarkdown } from '@/lib/timeline/render-markdown';

describe('rendering timeline Markdown safely', () => {
  it('renders ordinary Markdown', () => {
    const html = renderMarkdown('Restarted **api** pods\n\n- one\n- `two`\n\n[dash](https://grafana.example.com/d/1)');
    expect(html).toContain('<strong>api</strong>');
    expect(html).toContain('<li><code>two</code></li>');
    expect(html).toContain('<a href="https://grafana.example.com/d/1" rel="noopener noreferrer nofollow" target="_blank">dash</a>');
  });

  it('never lets a script element through', () => {
    for (const src of ['<script>alert(1)</script>', '<SCRIPT SRC=//evil.example/x.js></SCRIPT>', '```html\n<script>alert(1)</script>\n```']) {
      expect(renderMarkdown(src).toLowerCase()).not.toMatch(/<script/);
    }
  });

  it('never keeps event-handler attributes', () => {
    for (const src of ['<img src=x onerror=alert(1)>', '<a href="https://x.example" onclick="alert(1)">x</a>', '![x](https://x.example/a.png" onerror="alert(1))', '<svg onload=alert(1)>']) {
      expect(renderMarkdown(src)).not.toMatch(/<[^>]+\son\w+=/i);
    }
  });

  it('never produces javascript:, vbscript: or data: links', () => {
    for (const src of ['[x](javascript:alert(1))', '[x](JaVaScRiPt:alert(1))', '[x](&#106;avascript:alert(1))', '<javascript:alert(1)>', '[x](vbscript:msgbox)', '[x](data:text/html;base64,PHNjcmlwdD4=)', '![x](javascript:alert(1))']) {
      const html = renderMarkdown(src);
      expect(html).not.toMatch(/(href|src)="\s*(javascript|vbscript|data):/i);
    }
  });

  it('shows raw HTML as text instead of interpreting it', () => {
    expect(renderMarkdown('<b onmouseover="x()">hi</b>')).toBe('<p>&lt;b onmouseover="x()"&gt;hi&lt;/b&gt;</p>\n');
  });

  it('renders an empty body as empty', () => {
    expect(renderMarkdown('')).toBe('');
  });
});
