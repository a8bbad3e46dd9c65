// Status pages end to end in Chromium against the built app: an admin makes a public page;
// a responder sets the impact on the incident page and publishes an update from the
// stakeholder composer; an anonymous browser with the page open sees it within 2 s without
// reloading; a browser with JavaScript off sees it on its next load; Chinese renders; and
// the page fits a 390 px phone without sideways scrolling.
import { randomBytes } from 'node:crypto';
import { expect, test, type Browser, type Page } from '@playwright/test';
import { adminApi, createApiUser, uniqueSlug } from './support/catalogue';
import { signIn } from './support/session';

async function signedIn(browser: Browser, baseURL: string | undefined, email: string, password: string): Promise<Page> {
  const context = await browser.newContext({ baseURL, locale: 'en-US', timezoneId: 'UTC' });
  const page = await context.newPage();
  await signIn(page, email, password);
  return page;
}

test('a responder sets impact and publishes; anonymous readers see it live, without JavaScript, in Chinese and on a phone', async ({ browser, baseURL }) => {
  const suffix = randomBytes(3).toString('hex');
  const { api, close } = await adminApi(browser, baseURL);
  const responder = await createApiUser(api, 'responder', 'status-writer');
  const service = uniqueSlug('checkout');
  expect((await api.post('/api/v1/services', { data: { slug: service, name: `Checkout ${suffix}` } })).status()).toBe(201);
  const slug = uniqueSlug('acme');
  const created = await api.post('/api/v1/status-pages', { data: { slug, title: `Acme ${suffix}`, titleZh: `艾克米 ${suffix}`, visibility: 'public', components: [{ service, group: 'Shop', groupZh: '商城', nameZh: '结账' }] } });
  expect(created.status()).toBe(201);
  await close();

  // Anonymous readers: one with the page open (JavaScript on), one with JavaScript off.
  const anonymous = await browser.newContext({ baseURL, locale: 'en-US', timezoneId: 'UTC' });
  const reader = await anonymous.newPage();
  await reader.goto(`/status/${slug}`);
  await expect(reader.getByRole('status').first()).toHaveText('All Systems Operational');
  const noJs = await browser.newContext({ baseURL, locale: 'en-US', javaScriptEnabled: false });
  const staticReader = await noJs.newPage();
  await staticReader.goto(`/status/${slug}`);
  await expect(staticReader.locator('.banner')).toHaveText('All Systems Operational');

  // The responder declares, sets the impact and publishes from the incident page.
  const writer = await signedIn(browser, baseURL, responder.email, responder.password);
  const declared = await writer.request.post('/api/v1/incidents', { data: { title: `Checkout down ${suffix}`, severity: 'SEV1', services: [service] } });
  const incident = (await declared.json()) as { number: number };
  await writer.goto(`/incidents/${incident.number}`);
  await writer.getByTestId(`impact-${service}`).selectOption('major_outage');
  await writer.getByTestId('impact-save').click();
  await expect(writer.getByTestId('impact-editor').getByRole('status')).toBeVisible();

  const publicText = `Card payments fail at checkout ${suffix}`;
  await writer.getByTestId('stakeholder-whatIsHappening').fill('Internal: the payment gateway token expired');
  await writer.getByTestId('stakeholder-whatWeAreDoing').fill('Rotating the token');
  await writer.getByLabel('Final update (no further update promised)').check();
  await writer.getByTestId(`publish-page-${slug}`).check();
  await writer.getByTestId('publish-textEn').fill(publicText);
  await writer.getByTestId('publish-textZh').fill(`结账时刷卡失败 ${suffix}`);
  await writer.getByTestId('publish-workaroundEn').fill('Take cash and write the order on paper');
  await writer.getByTestId('publish-workaroundZh').fill('请先收现金并纸质登记订单');
  const posted = Date.now();
  await writer.getByTestId('stakeholder-submit').click();
  await expect(writer.getByTestId('stakeholder-composer').getByRole('status')).toBeVisible();

  // The open page updates in place within 2 s of the post being accepted.
  await expect(reader.getByText(publicText)).toBeVisible({ timeout: 2_500 });
  expect(Date.now() - posted).toBeLessThan(4_000);
  await expect(reader.locator('.banner')).toHaveText('Major System Outage');
  await expect(reader.getByText('Take cash and write the order on paper')).toBeVisible();
  await expect(reader.getByText('Internal: the payment gateway token expired')).toHaveCount(0);

  // Without JavaScript: the next load shows it (server-rendered HTML).
  await staticReader.reload();
  await expect(staticReader.getByText(publicText)).toBeVisible();
  await expect(staticReader.locator('.banner')).toHaveText('Major System Outage');

  // Chinese: by the visitor's choice on the page.
  await reader.getByRole('link', { name: '中文' }).click();
  await expect(reader.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await expect(reader.locator('.banner')).toHaveText('服务严重中断');
  await expect(reader.getByText(`结账时刷卡失败 ${suffix}`)).toBeVisible();
  await expect(reader.getByText('请先收现金并纸质登记订单')).toBeVisible();
  await expect(reader.getByRole('heading', { name: '商城' })).toBeVisible();
  await expect(reader.getByRole('heading', { name: '结账' })).toBeVisible();

  // A 390 px phone: nothing scrolls sideways.
  const phone = await browser.newContext({ baseURL, viewport: { width: 390, height: 844 }, locale: 'zh-CN' });
  const small = await phone.newPage();
  await small.goto(`/status/${slug}`);
  await expect(small.locator('html')).toHaveAttribute('lang', 'zh-CN');
  const overflow = await small.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);

  await Promise.all([anonymous.close(), noJs.close(), phone.close(), writer.context().close()]);
});

test('a change marked "show on status pages" appears as scheduled maintenance, in both languages', async ({ browser, baseURL }) => {
  const suffix = randomBytes(3).toString('hex');
  const { api, close } = await adminApi(browser, baseURL);
  const responder = await createApiUser(api, 'responder', 'status-maint');
  const service = uniqueSlug('crm');
  expect((await api.post('/api/v1/services', { data: { slug: service, name: `CRM ${suffix}` } })).status()).toBe(201);
  const slug = uniqueSlug('maint');
  expect((await api.post('/api/v1/status-pages', { data: { slug, title: `Maint ${suffix}`, visibility: 'public', components: [{ service }] } })).status()).toBe(201);
  await close();

  const writer = await signedIn(browser, baseURL, responder.email, responder.password);
  const announced = await writer.request.post('/api/v1/changes', { data: { service, kind: 'credential', title: `Internal token rotation ${suffix}`, scheduledAt: new Date(Date.now() + 3_600_000).toISOString() } });
  expect(announced.status()).toBe(201);
  const change = (await announced.json()) as { id: string };
  await writer.goto(`/changes/${change.id}`);
  const editor = writer.getByTestId('maintenance-editor');
  await editor.getByTestId('maintenance-show').check();
  await editor.getByLabel('Public title (English)').fill(`CRM maintenance ${suffix}`);
  await editor.getByLabel('Public title (Chinese)').fill(`CRM 维护 ${suffix}`);
  await editor.getByRole('button', { name: 'Save' }).click();
  await expect(editor.getByRole('status')).toHaveText('Saved.');

  const anonymous = await browser.newContext({ baseURL, locale: 'zh-CN' });
  const reader = await anonymous.newPage();
  await reader.goto(`/status/${slug}`);
  await expect(reader.getByRole('heading', { name: '计划维护' })).toBeVisible();
  await expect(reader.getByText(`CRM 维护 ${suffix}`)).toBeVisible();
  await expect(reader.getByText(`Internal token rotation ${suffix}`)).toHaveCount(0);
  await Promise.all([anonymous.close(), writer.context().close()]);
});
