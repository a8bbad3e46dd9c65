// Users for a test, created the way an administrator does it: through /admin/users, in a
// browser context of their own (the test's page stays signed out).
import { expect, type Browser } from '@playwright/test';
import { firstAdmin, uniqueEmail, userPassword } from './accounts';
import { signIn } from './session';

export type Role = 'viewer' | 'responder' | 'admin';

export interface TestUser {
  email: string;
  password: string;
  role: Role;
}

export async function createUser(browser: Browser, baseURL: string | undefined, role: Role, prefix: string = role): Promise<TestUser> {
  const user: TestUser = { email: uniqueEmail(prefix), password: userPassword, role };
  const context = await browser.newContext({ baseURL, locale: 'en-US' });
  try {
    const page = await context.newPage();
    await signIn(page, firstAdmin.email, firstAdmin.password);
    await page.goto('/admin/users');
    await page.getByTestId('create-user-open').click();
    await page.getByTestId('new-user-name').fill(`E2E ${role}`);
    await page.getByTestId('new-user-email').fill(user.email);
    await page.getByTestId('new-user-role').selectOption(role);
    await page.getByTestId('new-user-password').fill(user.password);
    await page.getByTestId('create-user-submit').click();
    await expect(page.getByTestId('user-created')).toContainText(user.email);
  } finally {
    await context.close();
  }
  return user;
}
