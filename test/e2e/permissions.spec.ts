// Roles as a person meets them: a viewer is not offered write controls, and the server refuses
// their writes even when sent by hand with their session.
import { randomBytes } from 'node:crypto';
import { expect, test, type Page } from '@playwright/test';
import { firstAdmin } from './support/accounts';
import { message } from './support/messages';
import { signIn } from './support/session';
import { createUser } from './support/users';

/** The page is fully rendered (its heading shows), so an absent button is really absent. */
async function open(page: Page, path: string, title: string): Promise<void> {
  await page.goto(path);
  await expect(page).toHaveURL(new RegExp(`${path}$`));
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
}

test('a viewer sees no create controls and the API refuses their writes', async ({ page, browser, baseURL }) => {
  const viewer = await createUser(browser, baseURL, 'viewer');
  await signIn(page, viewer.email, viewer.password);
  await expect(page.getByTestId('current-user')).toContainText(message('en', 'common.roles.viewer'));

  await open(page, '/services', message('en', 'catalogue.services.title'));
  await expect(page.getByTestId('service-new')).toHaveCount(0);
  await open(page, '/teams', message('en', 'catalogue.teams.title'));
  await expect(page.getByTestId('team-new')).toHaveCount(0);

  // The same session, sent by hand (page.request shares the browser's cookies).
  const slug = `e2e-viewer-${randomBytes(4).toString('hex')}`;
  const res = await page.request.post('/api/v1/services', { data: { slug, name: 'Must not exist' } });
  expect(res.status()).toBe(403);
  expect(((await res.json()) as { error: { code: string } }).error.code).toBe('forbidden');
  expect((await page.request.get(`/api/v1/services/${slug}`)).status()).toBe(404);

  // The create page itself is closed to them too.
  await page.goto('/services/new');
  await expect(page).toHaveURL(/\/forbidden$/);
});

test('an administrator sees the create controls', async ({ page }) => {
  await signIn(page, firstAdmin.email, firstAdmin.password);
  await open(page, '/services', message('en', 'catalogue.services.title'));
  await expect(page.getByTestId('service-new')).toBeVisible();
  await open(page, '/teams', message('en', 'catalogue.teams.title'));
  await expect(page.getByTestId('team-new')).toBeVisible();
});
