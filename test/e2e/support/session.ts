// Signing in and out through the real pages, as a person would.
import { expect, type Page } from '@playwright/test';

export async function signIn(page: Page, email: string, password: string): Promise<void> {
  await page.goto('/login');
  await page.locator('#email').fill(email);
  await page.locator('#password').fill(password);
  await page.locator('form button[type="submit"]').click();
  await expect(page.getByTestId('current-user')).toContainText(email);
}

export async function signOut(page: Page): Promise<void> {
  await page.getByRole('button', { name: /^(Sign out|退出登录)$/ }).click();
  await expect(page).toHaveURL(/\/login/);
  await expect(page.getByTestId('current-user')).toHaveCount(0);
}
