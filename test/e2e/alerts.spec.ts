// Alerts end to end, in a real Chromium against the built app: an admin creates an
// Alertmanager source on the admin page (the key shown once, inside the URL and the
// configuration), a responder watches /alerts, an Alertmanager-shaped webhook arrives, and the
// page shows the firing alert with the incident it declared without a reload. The detail page
// shows labels and annotations as text, links only http(s), and reads in Chinese too.
import { randomBytes } from 'node:crypto';
import { expect, test } from '@playwright/test';
import { firstAdmin } from './support/accounts';
import { adminApi, createApiUser, createService, createTeam } from './support/catalogue';
import { message } from './support/messages';
import { signIn } from './support/session';

test('an alert arrives live on /alerts, declares an incident, and its detail is safe text', async ({ browser, baseURL }) => {
  const { api, close } = await adminApi(browser, baseURL);
  const responder = await createApiUser(api, 'responder', 'alerts-oncall');
  const suffix = randomBytes(3).toString('hex');
  const team = await createTeam(api, `Payments ${suffix}`, [responder]);
  const service = await createService(api, { slugPrefix: 'payments', name: `Payments ${suffix}`, ownerTeam: team.slug });
  await close();

  // The admin creates the source through the page.
  const adminContext = await browser.newContext({ baseURL, locale: 'en-US', timezoneId: 'UTC' });
  const admin = await adminContext.newPage();
  await signIn(admin, firstAdmin.email, firstAdmin.password);
  await admin.goto('/admin/alert-sources');
  await admin.getByTestId('new-source').click();
  await admin.locator('#source-name').fill(`Prod Alertmanager ${suffix}`);
  await admin.getByTestId('create-source').click();
  await expect(admin.getByTestId('source-created')).toBeVisible();
  const key = await admin.getByTestId('one-time-secret').inputValue();
  expect(key).toMatch(/^fba_/);
  await expect(admin.getByTestId('config-alertmanager')).toContainText(`/api/v1/alerts/alertmanager/${key}`);
  await expect(admin.getByTestId('config-alertmanager')).toContainText('send_resolved: true');

  // A responder watches the alerts list.
  const watcherContext = await browser.newContext({ baseURL, locale: 'en-US', timezoneId: 'UTC', viewport: { width: 390, height: 844 } });
  const watcher = await watcherContext.newPage();
  await signIn(watcher, responder.email, responder.password);
  await watcher.goto('/alerts');
  await expect(watcher.getByTestId('alerts-live')).toHaveAttribute('data-live', 'true');

  const alertname = `CallSuccessRateLow${suffix}`;
  const res = await admin.request.post(`/api/v1/alerts/alertmanager/${key}`, {
    data: {
      version: '4', status: 'firing', receiver: 'firebreak', groupKey: `{}:{alertname="${alertname}"}`, truncatedAlerts: 0, groupLabels: { alertname }, commonLabels: {}, commonAnnotations: {},
      alerts: [{
        status: 'firing', fingerprint: `fp-${suffix}`, startsAt: new Date(Date.now() - 120_000).toISOString(), endsAt: '0001-01-01T00:00:00Z',
        generatorURL: 'http://prometheus.example/graph', labels: { alertname, service: service.slug, severity: 'critical' },
        annotations: { summary: `Call success rate 91% on ${service.name}`, runbook: 'see https://runbooks.example/payments now', trap: 'javascript:alert(1)', html: '<b>not bold</b>' },
      }],
    },
  });
  expect(res.status()).toBe(200);

  const row = watcher.getByTestId('firing-section').getByTestId('alert-row').filter({ hasText: `Call success rate 91% on ${service.name}` });
  await expect(row).toBeVisible({ timeout: 20_000 });
  await expect(row.getByRole('link', { name: /^INC-\d+$/ })).toBeVisible({ timeout: 20_000 });
  // No sideways scrolling on a 390 px phone.
  expect(await watcher.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);

  await row.getByRole('link', { name: `Call success rate 91% on ${service.name}` }).click();
  await expect(watcher.getByTestId('alert-summary')).toHaveText(`Call success rate 91% on ${service.name}`);
  const annotations = watcher.getByTestId('alert-annotations');
  await expect(annotations.getByRole('link', { name: 'https://runbooks.example/payments' })).toHaveAttribute('href', 'https://runbooks.example/payments');
  await expect(annotations).toContainText('javascript:alert(1)');
  await expect(annotations.getByRole('link', { name: /javascript/ })).toHaveCount(0);
  await expect(annotations).toContainText('<b>not bold</b>');
  await expect(watcher.getByTestId('alert-labels')).toContainText(service.slug);
  await expect(watcher.getByTestId('alert-payload')).toContainText(`fp-${suffix}`);
  expect(await watcher.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);

  // The same page in Chinese.
  const zhContext = await browser.newContext({ baseURL, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
  const zh = await zhContext.newPage();
  await zh.context().addCookies([{ name: 'firebreak-locale', value: 'zh-CN', url: baseURL ?? 'http://127.0.0.1:3000' }]);
  await signIn(zh, responder.email, responder.password);
  await zh.goto(watcher.url());
  await expect(zh.getByRole('heading', { name: message('zh-CN', 'alerts.detail.labels') })).toBeVisible();
  await expect(zh.getByTestId('alert-status').first()).toHaveText(message('zh-CN', 'alerts.status.firing'));

  // The incident the alert declared lists it.
  await watcher.goto('/alerts');
  const reference = await watcher.getByTestId('firing-section').getByTestId('alert-row').filter({ hasText: `Call success rate 91% on ${service.name}` }).getByRole('link', { name: /^INC-\d+$/ }).textContent();
  await watcher.goto(`/incidents/${reference}`);
  await expect(watcher.getByTestId('incident-alerts')).toContainText(`Call success rate 91% on ${service.name}`);
  await expect(watcher.getByTestId('alert-entry').first()).toContainText(`Alert firing: Call success rate 91% on ${service.name}`);

  await Promise.all([adminContext.close(), watcherContext.close(), zhContext.close()]);
});
