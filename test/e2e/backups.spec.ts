// Backups and exports as an administrator meets them: /admin/backups in both languages and on
// a phone, the CSV link of a list downloads that list, and the export is for admins only.
import { expect, test } from '@playwright/test';
import { firstAdmin } from './support/accounts';
import { message } from './support/messages';
import { signIn } from './support/session';
import { createUser } from './support/users';

test('an administrator sees the backups page in English and Chinese, also on a phone', async ({ page }) => {
  await signIn(page, firstAdmin.email, firstAdmin.password);
  await page.goto('/admin/backups');
  await expect(page.getByRole('heading', { level: 1, name: message('en', 'backup.title') })).toBeVisible();
  await expect(page.getByTestId('backup-schedule')).toBeVisible();
  await expect(page.getByTestId('backup-failures')).toBeVisible();
  await page.getByTestId('locale-switcher').selectOption('zh-CN');
  await expect(page.getByRole('heading', { level: 1, name: message('zh-CN', 'backup.title') })).toBeVisible();
  await page.setViewportSize({ width: 390, height: 800 });
  await page.reload();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  // On a phone the header folds the language switcher into its menu: switch back at desktop
  // width, so that the account is left in English for the next test.
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.getByTestId('locale-switcher').selectOption('en');
  await expect(page.getByRole('heading', { level: 1, name: message('en', 'backup.title') })).toBeVisible();
});

test('the incident list downloads as CSV, and the workspace export is for administrators only', async ({ page, browser, baseURL }) => {
  await signIn(page, firstAdmin.email, firstAdmin.password);
  await page.goto('/incidents?severity=SEV1');
  const link = page.getByTestId('csv-download');
  await expect(link).toHaveText(message('en', 'export.csv'));
  const href = await link.getAttribute('href');
  expect(href).toMatch(/^\/api\/v1\/incidents\.csv\?.*severity=SEV1/);
  const csv = await page.request.get(href!);
  expect(csv.status()).toBe(200);
  expect(csv.headers()['content-type']).toBe('text/csv; charset=utf-8');
  const exported = await page.request.get('/api/v1/export');
  expect(exported.status()).toBe(200);
  expect(((await exported.json()) as { format: string }).format).toBe('firebreak-export');

  const viewer = await createUser(browser, baseURL, 'viewer');
  const other = await browser.newPage();
  await signIn(other, viewer.email, viewer.password);
  expect((await other.request.get('/api/v1/export')).status()).toBe(403);
  await other.goto('/admin/backups');
  await expect(other).toHaveURL(/\/forbidden$/);
  await other.close();
});
