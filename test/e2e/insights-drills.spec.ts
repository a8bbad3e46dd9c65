// Insights and drills end to end, in a real Chromium against the built app.
// 1. Insights for a seeded period (incidents on a service of our own, one of them a drill), in
//    English and in Chinese: the numbers, drills left out, and a chart's table view equal to
//    its CSV download.
// 2. A drill from a scenario built from a known issue: started from the scenario page, the
//    banner on the drill and on its incident's page, the facilitator's ticks, and the report.
import { randomBytes } from 'node:crypto';
import { expect, test, type APIRequestContext, type Browser, type Page } from '@playwright/test';
import { adminApi, createApiUser, createService, createTeam, type ApiUser } from './support/catalogue';
import { message } from './support/messages';
import { signIn } from './support/session';

async function signedInPage(browser: Browser, baseURL: string | undefined, user: ApiUser, locale: 'en-US' | 'zh-CN'): Promise<Page> {
  const context = await browser.newContext({ baseURL, locale, timezoneId: 'Asia/Shanghai' });
  const page = await context.newPage();
  await signIn(page, user.email, user.password);
  return page;
}

async function declare(api: APIRequestContext, body: Record<string, unknown>): Promise<{ reference: string; version: number }> {
  const res = await api.post('/api/v1/incidents', { data: { severity: 'SEV2', ...body } });
  expect(res.status(), await res.text()).toBe(201);
  return (await res.json()) as { reference: string; version: number };
}

/** The rows of a chart's table view, as the CSV would write them. */
async function tableRows(page: Page, chart: string): Promise<string[][]> {
  const card = page.getByTestId(`chart-${chart}`);
  await card.getByTestId('table-view').locator('summary').click();
  return card.locator('table tr').evaluateAll((rows) => rows.map((r) => Array.from(r.children).map((c) => (c.textContent ?? '').trim())));
}

async function csvRows(page: Page, chart: string): Promise<string[][]> {
  const href = await page.getByTestId(`chart-${chart}`).getByTestId('csv-download').getAttribute('href');
  const csv = decodeURIComponent(href!.slice(href!.indexOf(',') + 1)).replace(/^\uFEFF/, '');
  // Our cells here hold no quotes or commas (checked by the unit test of the CSV writer).
  return csv.trimEnd().split('\r\n').map((line) => line.split(','));
}

test('insights for a seeded period, in English and Chinese; a chart\'s table view equals its CSV', async ({ browser, baseURL }) => {
  const { api, close } = await adminApi(browser, baseURL);
  const suffix = randomBytes(3).toString('hex');
  const viewer = await createApiUser(api, 'viewer', 'insights-reader');
  const team = await createTeam(api, `Insights team ${suffix}`, []);
  const service = await createService(api, { slugPrefix: 'ins', name: `Orders ${suffix}`, ownerTeam: team.slug });
  const tenMinutesAgo = new Date(Date.now() - 10 * 60_000).toISOString();
  const a = await declare(api, { title: `Orders down ${suffix}`, severity: 'SEV1', services: [service.slug], startedAt: tenMinutesAgo });
  const resolved = await api.patch(`/api/v1/incidents/${a.reference}`, { data: { version: a.version, status: 'resolved' } });
  expect(resolved.status(), await resolved.text()).toBe(200);
  await declare(api, { title: `Orders slow ${suffix}`, services: [service.slug] });
  await declare(api, { title: `Orders drill ${suffix}`, services: [service.slug], drill: true });
  await close();

  const page = await signedInPage(browser, baseURL, viewer, 'en-US');
  await page.goto(`/insights?service=${service.slug}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(message('en', 'insights.page.title'));
  await expect(page.getByTestId('tile-incidents-value')).toHaveText('2');
  const byService = await tableRows(page, 'by-service');
  expect(byService).toEqual([[message('en', 'insights.columns.service'), message('en', 'insights.columns.incidents')], [service.name, '2']]);
  expect(await csvRows(page, 'by-service')).toEqual(byService);
  const trend = await tableRows(page, 'trend');
  expect(trend[0]).toEqual([message('en', 'insights.charts.trend.bucket.week'), 'SEV1', 'SEV2', 'SEV3', 'SEV4']);
  expect(trend.slice(1).map((r) => r.slice(1).map(Number).reduce((x, y) => x + y, 0)).reduce((x, y) => x + y, 0)).toBe(2);
  expect(await csvRows(page, 'trend')).toEqual(trend);
  const durations = await tableRows(page, 'durations');
  // INC a: resolved about ten minutes after its back-filled start; the other is unresolved.
  const resolve = durations.find((r) => r[0] === message('en', 'insights.metrics.timeToResolve'))!;
  expect(Number(resolve[2])).toBeGreaterThanOrEqual(9.9);
  expect(Number(resolve[2])).toBeLessThan(12);
  expect(await csvRows(page, 'durations')).toEqual(durations);

  // Drills included: three.
  await page.getByTestId('insights-filters').locator('select[name="drills"]').selectOption('include');
  await page.getByTestId('insights-filters').locator('button[type="submit"]').click();
  await expect(page.getByTestId('tile-incidents-value')).toHaveText('3');

  // The same period in Chinese.
  const zh = await signedInPage(browser, baseURL, viewer, 'zh-CN');
  await zh.goto(`/insights?service=${service.slug}`);
  await expect(zh.getByRole('heading', { level: 1 })).toHaveText(message('zh-CN', 'insights.page.title'));
  await expect(zh.getByTestId('tile-incidents-value')).toHaveText('2');
  const zhRows = await tableRows(zh, 'by-service');
  expect(zhRows[0]).toEqual([message('zh-CN', 'insights.columns.service'), message('zh-CN', 'insights.columns.incidents')]);
  expect(await csvRows(zh, 'by-service')).toEqual(zhRows);
  await expect(zh.getByTestId('chart-by-service')).toContainText(message('zh-CN', 'insights.chart.downloadCsv'));

  // The printable monthly report of this month, in Chinese.
  await zh.goto('/insights/report');
  const month = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit' }).format(new Date());
  await expect(zh.getByRole('heading', { level: 1 })).toHaveText(message('zh-CN', 'insights.report.heading').replace('{month}', month));
  await expect(zh.getByTestId('chart-trend')).toBeVisible();
});

test('a drill from a scenario shows the banner on its pages and its report', async ({ browser, baseURL }) => {
  const { api, close } = await adminApi(browser, baseURL);
  const suffix = randomBytes(3).toString('hex');
  const responder = await createApiUser(api, 'responder', 'drill-lead');
  const team = await createTeam(api, `Drill team ${suffix}`, [responder]);
  const service = await createService(api, { slugPrefix: 'crm', name: `CRM ${suffix}`, ownerTeam: team.slug });
  const issueRes = await api.post('/api/v1/known-issues', {
    data: { title: `OAuth token lifetime shortened ${suffix}`, errorSignatures: ['调用服务失败'], symptoms: 'CRM calls fail with 401', workaround: `Restart the token cache ${suffix}`, services: [service.slug] },
  });
  expect(issueRes.status(), await issueRes.text()).toBe(201);
  const issue = (await issueRes.json()) as { id: string; title: string };
  await close();

  const page = await signedInPage(browser, baseURL, responder, 'en-US');
  await page.goto('/drills');
  const form = page.getByTestId('scenario-form');
  await form.locator('#scenario-known-issue').selectOption(issue.id);
  await form.locator('#scenario-actions').fill('Check the token lifetime\nRoll back the change');
  await form.locator('button[type="submit"]').click();
  await expect(page).toHaveURL(/\/drills\/scenarios\/[0-9a-f-]{36}$/);
  await expect(page.getByTestId('scenario-symptoms')).toContainText('调用服务失败');
  await expect(page.locator('main')).not.toContainText(`Restart the token cache ${suffix}`);
  await page.getByTestId('start-now').click();
  await expect(page).toHaveURL(/\/drills\/[0-9a-f-]{36}$/);
  await expect(page.getByTestId('drill-banner')).toContainText(message('en', 'drills.banner.label'));

  // The drill incident's page carries the banner too, and opens with the symptoms.
  const incidentLink = page.getByTestId('drill-incident-link');
  const reference = (await incidentLink.textContent())!.trim();
  await incidentLink.click();
  await expect(page).toHaveURL(new RegExp(`/incidents/${reference}$`));
  await expect(page.getByTestId('drill-banner')).toBeVisible();
  await expect(page.locator('main')).toContainText('调用服务失败');
  // The responders find the known issue.
  expect((await page.request.post(`/api/v1/known-issues/${issue.id}/incidents`, { data: { incident: reference } })).ok()).toBe(true);
  await page.getByTestId('drill-banner').getByRole('link').click();
  await expect(page).toHaveURL(/\/drills\/[0-9a-f-]{36}$/);

  await page.getByTestId('drill-controls').getByRole('button', { name: message('en', 'drills.controls.markDone') }).first().click();
  await expect(page.getByTestId('time-to-first-action')).not.toHaveText(message('en', 'drills.report.never'));
  await page.getByTestId('reveal').click();
  await expect(page.getByTestId('workaround')).toHaveText(`Restart the token cache ${suffix}`);
  await page.locator('#drill-missing').fill('Nobody knew where the token settings live.');
  await page.getByTestId('finish-drill').click();
  await expect(page.getByTestId('drill-controls')).toHaveCount(0);
  await expect(page.getByTestId('time-to-known-issue')).toHaveText(/\d+ min \d+ s/);
  await expect(page.getByTestId('drill-missing')).toContainText('Roll back the change');
  await expect(page.getByTestId('drill-missing')).toContainText('Nobody knew where the token settings live.');
});
