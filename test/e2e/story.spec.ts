// The story, walked in Chromium: Security announces a token-lifetime change on `auth`; the CRM
// team (whose `crm` calls `auth`) has an open incident when Security starts the change early.
// Starting asks first and names who has not acknowledged; only Security may start it; the
// announcer sees who was told; the incident shows the change as "started after the incident
// began" and adds the auth owners to who-to-call; home shows what each person owes; resolving
// offers the final update and the postmortem; a published postmortem is frozen.
import { randomBytes } from 'node:crypto';
import { expect, test, type APIRequestContext, type Browser, type Page } from '@playwright/test';
import { adminApi, createApiUser, createService, createTeam, type ApiUser } from './support/catalogue';
import { message } from './support/messages';
import { signIn } from './support/session';

async function signedInPage(browser: Browser, baseURL: string | undefined, user: ApiUser, locale: 'en-US' | 'zh-CN' = 'en-US', timezoneId = 'UTC'): Promise<Page> {
  const context = await browser.newContext({ baseURL, locale, timezoneId });
  const page = await context.newPage();
  await signIn(page, user.email, user.password);
  return page;
}

async function json<T>(res: Promise<{ status: () => number; json: () => Promise<unknown>; text: () => Promise<string> }>, status: number): Promise<T> {
  const r = await res;
  expect(r.status(), await r.text()).toBe(status);
  return (await r.json()) as T;
}

const hoursFromNow = (h: number) => new Date(Date.now() + h * 3_600_000).toISOString();

async function declare(api: APIRequestContext, data: Record<string, unknown>) {
  return json<{ id: string; reference: string; title: string; version: number }>(api.post('/api/v1/incidents', { data: { summary: '', impact: '', ...data } }), 201);
}

test('an early start on a dependency during an open incident: asked, recorded, shown on the incident and on home', async ({ browser, baseURL }) => {
  const { api, close } = await adminApi(browser, baseURL);
  const alice = await createApiUser(api, 'responder', 'crm-oncall');
  const bob = await createApiUser(api, 'responder', 'security');
  const suffix = randomBytes(3).toString('hex');
  const crmTeam = await createTeam(api, `Sales Systems ${suffix}`, [alice]);
  const security = await createTeam(api, `Security ${suffix}`, [bob]);
  const auth = await createService(api, { slugPrefix: 'auth', name: `auth ${suffix}`, ownerTeam: security.slug });
  const crm = await createService(api, { slugPrefix: 'crm', name: `crm ${suffix}`, ownerTeam: crmTeam.slug, dependsOn: [auth.slug] });
  const change = await json<{ id: string }>(api.post('/api/v1/changes', {
    data: { service: auth.slug, kind: 'credential', risk: 'high', title: `OAuth token lifetime 24 h → 1 h ${suffix}`, scheduledAt: hoursFromNow(20) },
  }), 201);
  const incident = await declare(api, { title: `调用服务失败 ${suffix}`, severity: 'SEV2', services: [crm.slug] });
  await close();

  // Another team's responder may read and acknowledge, not start, cancel or edit.
  const crmPage = await signedInPage(browser, baseURL, alice);
  await crmPage.goto(`/changes/${change.id}`);
  await expect(crmPage.getByTestId('change-managed-by')).toContainText(security.name);
  await expect(crmPage.getByTestId('change-move-in_progress')).toHaveCount(0);

  // Security starts it early: the page asks, names the team that has not acknowledged.
  const secPage = await signedInPage(browser, baseURL, bob);
  await secPage.goto(`/changes/${change.id}`);
  await expect(secPage.getByTestId('delivery-log-empty')).toHaveCount(0); // the announcer sees who was told
  await expect(secPage.getByText(crmTeam.name).first()).toBeVisible();
  await secPage.getByTestId('change-move-in_progress').click();
  await expect(secPage.getByTestId('change-start-early')).toBeVisible();
  await expect(secPage.getByTestId('change-start-unacknowledged')).toContainText(crmTeam.name);
  await expect(secPage.getByTestId('change-status')).toHaveAttribute('data-status', 'scheduled');
  await secPage.getByTestId('change-start-anyway').click();
  await expect(secPage.getByTestId('change-status')).toHaveAttribute('data-status', 'in_progress');
  await expect(secPage.getByTestId('change-started-with-overrides')).toContainText(crmTeam.name);

  // The CRM incident shows it as started after the incident began, and who to call for auth.
  await crmPage.goto(`/incidents/${incident.reference}`);
  const recent = crmPage.locator(`[data-testid="recent-change"][data-change-id="${change.id}"]`);
  await expect(recent).toHaveAttribute('data-relation', 'started_during');
  await expect(recent.getByTestId('recent-change-relation')).toHaveText(message('en', 'story.recentChanges.relation.started_during'));
  await expect(crmPage.locator(`[data-testid="who-to-call-dependency"][data-service="${auth.slug}"]`)).toContainText(security.name);

  // Home: the CRM incident is alice's; the change waits for her team's acknowledgement.
  await crmPage.goto('/');
  await expect(crmPage.locator('[data-testid="home-incident"][data-mine="true"]').filter({ hasText: incident.reference })).toBeVisible();
  await expect(crmPage.locator(`[data-testid="home-acknowledgement"][data-change-id="${change.id}"]`)).toBeVisible();
});

test('resolving offers the final update and the postmortem, written for a Chinese reader in Shanghai', async ({ browser, baseURL }) => {
  const { api, close } = await adminApi(browser, baseURL);
  const alice = await createApiUser(api, 'responder', 'resolver');
  const incident = await declare(api, { title: `CRM 下单失败 ${randomBytes(3).toString('hex')}`, severity: 'SEV3', startedAt: new Date(Date.now() - 2 * 3_600_000).toISOString() });
  await close();

  const page = await signedInPage(browser, baseURL, alice, 'zh-CN', 'Asia/Shanghai');
  await page.goto(`/incidents/${incident.reference}`);
  await page.getByTestId('incident-status-select').selectOption('resolved');
  const dialog = page.getByTestId('resolve-dialog');
  await expect(dialog).toBeVisible();
  await expect(page.getByTestId('resolve-whatWeAreDoing')).toHaveValue(message('zh-CN', 'story.resolve.prefill.whatWeAreDoing'));
  await page.getByTestId('resolve-confirm').click();
  await expect(page).toHaveURL(new RegExp(`/incidents/${incident.reference}/postmortem$`));
  const impact = page.getByTestId('section-input-impact');
  await expect(impact).toHaveValue(/持续时间：.*GMT\+8/);
  await expect(impact).not.toHaveValue(/UTC/);
  // One source per section: no text editor for detection or action items.
  await expect(page.getByTestId('section-input-detection')).toHaveCount(0);
  await expect(page.getByTestId('section-input-action_items')).toHaveCount(0);
  await expect(page.getByTestId('detection-form')).toBeVisible();

  await page.goto(`/incidents/${incident.reference}`);
  await expect(page.locator('[data-testid="timeline-entry"][data-kind="stakeholder_update"]')).toHaveCount(1);
});

test('reviewers find what waits for them; a published postmortem is frozen but its action items stay workable', async ({ browser, baseURL }) => {
  const { api, close } = await adminApi(browser, baseURL);
  const reviewer = await createApiUser(api, 'responder', 'reviewer');
  const viewer = await createApiUser(api, 'viewer', 'reader');
  const toReview = await declare(api, { title: `to review ${randomBytes(3).toString('hex')}`, severity: 'SEV2' });
  await json(api.post(`/api/v1/incidents/${toReview.id}/postmortem`), 201);
  const frozen = await declare(api, { title: `published ${randomBytes(3).toString('hex')}`, severity: 'SEV4' });
  await json(api.post(`/api/v1/incidents/${frozen.id}/postmortem`), 201);
  await json(api.post(`/api/v1/incidents/${frozen.id}/postmortem/submit`, { data: { reviewerIds: [] } }), 200);
  await json(api.post(`/api/v1/incidents/${frozen.id}/postmortem/publish`), 200);
  const refused = await api.post(`/api/v1/incidents/${frozen.id}/factors`, { data: { kind: 'trigger', category: 'dns', description: 'after publishing' } });
  expect(refused.status()).toBe(409);

  // The reviewer picker offers responders, never the viewer.
  const author = await signedInPage(browser, baseURL, reviewer);
  await author.goto(`/incidents/${toReview.reference}/postmortem`);
  await expect(author.getByTestId('review-panel')).toBeVisible();
  await expect(author.getByTestId('review-panel').locator(`option[value="${reviewer.id}"]`)).toHaveCount(1);
  await expect(author.getByTestId('review-panel').locator(`option[value="${viewer.id}"]`)).toHaveCount(0);
  await json(api.post(`/api/v1/incidents/${toReview.id}/postmortem/submit`, { data: { reviewerIds: [reviewer.id] } }), 200);
  await close();

  await author.goto('/');
  await expect(author.getByTestId('home-review').filter({ hasText: toReview.reference })).toBeVisible();
  await author.goto('/postmortems?review=mine');
  await expect(author.getByTestId('postmortem-row').filter({ hasText: toReview.reference })).toBeVisible();
  await author.goto('/inbox');
  await expect(author.getByTestId('inbox-item').filter({ hasText: toReview.title })).toContainText(message('en', 'inbox.event.postmortem_review_requested'));

  await author.goto(`/incidents/${frozen.reference}/postmortem`);
  await expect(author.getByTestId('editor-frozen')).toBeVisible();
  await expect(author.getByTestId('factor-add')).toHaveCount(0);
  await expect(author.getByTestId('detection-save')).toHaveCount(0);
  await expect(author.getByTestId('action-items-after-publish')).toBeVisible();
});
