// On-call end to end, in a real Chromium against the built app: an admin builds a weekly
// rotation and a default escalation policy for a team through the forms; a SEV1 is declared
// on the team's service; the on-call person sees "on call now" on the incident page, finds the
// page in the inbox, acknowledges it there, and the incident timeline says so.
import { randomBytes } from 'node:crypto';
import { expect, test, type Browser, type Page } from '@playwright/test';
import { firstAdmin } from './support/accounts';
import { adminApi, createApiUser, createService, createTeam, type ApiUser } from './support/catalogue';
import { signIn } from './support/session';

async function signedInPage(browser: Browser, baseURL: string | undefined, email: string, password: string): Promise<Page> {
  const context = await browser.newContext({ baseURL, locale: 'en-US', timezoneId: 'UTC' });
  const page = await context.newPage();
  await signIn(page, email, password);
  return page;
}

test('an admin builds a weekly rotation and a policy; a SEV1 pages the on-call person, who acknowledges from the inbox', async ({ browser, baseURL }) => {
  const suffix = randomBytes(3).toString('hex');
  const { api, close } = await adminApi(browser, baseURL);
  const oncall: ApiUser = await createApiUser(api, 'responder', 'oncall');
  const team = await createTeam(api, `Payments SRE ${suffix}`, [oncall]);
  const service = await createService(api, { slugPrefix: 'pay', name: `Payments ${suffix}`, ownerTeam: team.slug });

  // The admin builds the schedule and the policy through the forms.
  const admin = await signedInPage(browser, baseURL, firstAdmin.email, firstAdmin.password);
  await admin.goto('/on-call');
  const form = admin.getByTestId('schedule-form');
  await form.locator('#s-team').selectOption(team.slug);
  await form.locator('#s-name').fill(`Primary ${suffix}`);
  await form.locator('#s-tz').fill('Asia/Shanghai');
  await form.locator('#s-people').fill(oncall.email);
  await form.locator('#s-unit').selectOption('week');
  await form.locator('#s-count').fill('1');
  await form.locator('#s-handoff').fill('09:00');
  await form.locator('#s-start').fill(new Date(Date.now() - 3 * 86_400_000).toISOString().slice(0, 10));
  await admin.getByTestId('schedule-submit').click();
  await expect(form.getByRole('status')).toHaveText('Schedule created.');
  const item = admin.getByTestId('schedule-item').filter({ hasText: `Primary ${suffix}` });
  await expect(item.getByTestId('schedule-on-call')).toHaveText('E2E oncall');

  const policy = admin.getByTestId('policy-form');
  await policy.locator('#p-name').fill(`Payments paging ${suffix}`);
  await policy.locator('#p-team').selectOption(team.slug);
  await policy.locator('#p-schedule').selectOption({ label: `${team.name} · Primary ${suffix}` });
  await policy.locator('#p-wait1').fill('5');
  await admin.getByTestId('policy-submit').click();
  await expect(policy.getByRole('status')).toHaveText('Policy created.');

  // A SEV1 on the team's service (the service names no policy: the team's default pages).
  const declared = await api.post('/api/v1/incidents', { data: { title: `Card payments failing ${suffix}`, severity: 'SEV1', services: [service.slug] } });
  expect(declared.status()).toBe(201);
  const { reference } = (await declared.json()) as { reference: string };
  await close();

  // The on-call person: "on call now" on the incident page, the page in the inbox, acknowledged.
  const person = await signedInPage(browser, baseURL, oncall.email, oncall.password);
  await person.goto(`/incidents/${reference}`);
  await expect(person.getByTestId('who-to-call').getByTestId('on-call-person')).toHaveText('E2E oncall');
  await expect(person.getByTestId('page-row')).toHaveAttribute('data-status', 'sent');
  await person.goto('/inbox');
  const pageItem = person.getByTestId('inbox-item').filter({ hasText: `Card payments failing ${suffix}` }).and(person.locator('[data-event="page"]'));
  await expect(pageItem).toBeVisible();
  await pageItem.getByTestId('inbox-page-ack').click();
  await expect(pageItem).toHaveAttribute('data-read', 'true');

  await person.goto(`/incidents/${reference}`);
  await expect(person.getByTestId('page-row')).toHaveAttribute('data-status', 'acknowledged');
  await expect(person.getByTestId('page-entry').filter({ hasText: /^E2E oncall acknowledged at \d\d:\d\d( [AP]M)?, \d+ min after the page$/ })).toBeVisible();
  await expect(person.getByTestId('page-entry').filter({ hasText: /^Paged E2E oncall \(level 1\)$/ })).toBeVisible();
});
