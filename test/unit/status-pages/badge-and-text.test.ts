import { describe, expect, it } from 'vitest';
import { renderBadge } from '@/lib/status-pages/badge';
import { esc, paragraphs } from '@/lib/status-pages/html';
import { indicatorOf, worstStatus } from '@/lib/status-pages/impact-levels';
import { pick, toBilingual } from '@/lib/status-pages/public-text';

describe('public texts', () => {
  it('puts a plain string in the author\'s language and falls back to the other language', () => {
    expect(toBilingual('慢', 'zh-CN')).toEqual({ en: '', zh: '慢' });
    expect(toBilingual({ en: 'Slow', zhCN: '慢' }, 'en')).toEqual({ en: 'Slow', zh: '慢' });
    expect(toBilingual(undefined, null, 'default')).toEqual({ en: 'default', zh: '' });
    expect(pick({ en: 'Slow', zh: '' }, 'zh-CN')).toBe('Slow');
    expect(pick({ en: 'Slow', zh: '慢' }, 'zh-CN')).toBe('慢');
  });

  it('escapes HTML in every public text', () => {
    expect(esc('<script>"x"</script>')).toBe('&lt;script&gt;&quot;x&quot;&lt;/script&gt;');
    expect(paragraphs('a<b>\nline\n\nnext')).toBe('<p>a&lt;b&gt;<br>line</p><p>next</p>');
  });
});

describe('levels', () => {
  it('maps the worst component status to the Statuspage indicator', () => {
    expect(worstStatus(['degraded_performance', 'major_outage', 'partial_outage'])).toBe('major_outage');
    expect(worstStatus([])).toBe('operational');
    expect(indicatorOf('major_outage')).toBe('critical');
    expect(indicatorOf('partial_outage')).toBe('major');
    expect(indicatorOf('degraded_performance')).toBe('minor');
    expect(indicatorOf('under_maintenance')).toBe('none');
  });

  it('renders an SVG badge with an accessible label', () => {
    const svg = renderBadge('Acme <status>', '服务严重中断', 'major_outage');
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
    expect(svg).toContain('aria-label="Acme &lt;status&gt;: 服务严重中断"');
    expect(svg).toContain('#b91c1c');
  });
});
