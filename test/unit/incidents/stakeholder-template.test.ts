import { describe, expect, it } from 'vitest';
import { renderStakeholderUpdate, type StakeholderUpdateContent } from '@/lib/incidents/stakeholder-template';

const content: StakeholderUpdateContent = {
  reference: 'INC-42',
  title: 'Checkout failing',
  status: 'identified',
  severity: 'SEV1',
  whatIsHappening: 'Payments time out.',
  impact: '',
  whatWeAreDoing: 'Rolling back release 2026.3.1.',
  nextUpdateAt: new Date('2026-03-01T10:30:00Z'),
};

describe('stakeholder update template', () => {
  it('renders the sections in English, skipping empty ones', () => {
    const md = renderStakeholderUpdate(content, 'en', 'UTC');
    expect(md).toContain('### Status update: INC-42 Checkout failing');
    expect(md).toContain('**Status**: Identified · **Severity**: SEV1 · Critical');
    expect(md).toContain('**What is happening**\n\nPayments time out.');
    expect(md).not.toContain('**Impact**');
    expect(md).toContain("**Next update**: Mar 1, 2026, 10:30 UTC");
  });

  it('renders in Chinese, in the author\'s time zone', () => {
    const md = renderStakeholderUpdate({ ...content, impact: '部分用户无法支付' }, 'zh-CN', 'Asia/Shanghai');
    expect(md).toContain('### 故障通报：INC-42 Checkout failing');
    expect(md).toContain('**状态**：已定位');
    expect(md).toContain('**影响**\n\n部分用户无法支付');
    expect(md).toMatch(/\*\*下次通报\*\*：2026年3月1日.*18:30/);
  });

  it('says when no further update is planned, and survives an unknown time zone', () => {
    expect(renderStakeholderUpdate({ ...content, nextUpdateAt: null }, 'en')).toContain('*No further scheduled update.*');
    expect(renderStakeholderUpdate(content, 'en', 'Mars/Olympus')).toContain('UTC');
  });
});
