// Incidents as people use them during an outage, in real browsers against the built app:
// declaring with the keyboard, a second person watching the timeline live, an entry typed
// while offline that survives a reload and is sent exactly once, and a stale edit that shows
// the conflict instead of overwriting.
import { randomBytes } from 'node:crypto';
import { expect, test, type Browser, type Page } from '@playwright/test';
import { signIn } from './support/session';
import { createUser, type TestUser } from './support/users';

const unique = (prefix: string) => `${prefix} ${randomBytes(4).toString('hex')}`;

async function signedInPage(browser: Browser, baseURL: string | undefined, user: TestUser): Promise<Page> {
  const context = await browser.newContext({ baseURL, locale: 'en-US', timezoneId: 'UTC' });
  const page = await context.newPage();
  await signIn(page, user.email, user.password);
  return page;
}

/** Declares through the API with the page's session; returns the incident number. */
async function declare(page: Page, title: string): Promise<number> {
  const res = await page.request.post('/api/v1/incidents', { data: { title, severity: 'SEV3' } });
  expect(res.status()).toBe(201);
  return ((await res.json()) as { number: number }).number;
}

async function openLive(page: Page, number: number): Promise<void> {
  await page.goto(`/incidents/${number}`);
  await expect(page.getByTestId('live-status')).toHaveAttribute('data-live', 'live');
}

async function addEntry(page: Page, body: string): Promise<void> {
  await page.getByTestId('timeline-composer-input').fill(body);
  await page.getByTestId('timeline-composer-submit').click();
}

test('declare with the keyboard; a second browser sees each new entry live', async ({ browser, baseURL }) => {
  const responder = await createUser(browser, baseURL, 'responder');
  const viewer = await createUser(browser, baseURL, 'viewer');
  const writer = await signedInPage(browser, baseURL, responder);
  const title = unique('Checkout failing');

  // Keyboard only: `d` anywhere (not in a field) opens the form with the title focused; Tab to
  // the severities, an arrow picks SEV2, back to the title and Enter declares.
  await writer.locator('body').press('d');
  await expect(writer.getByTestId('declare-dialog')).toBeVisible();
  await writer.keyboard.type(title);
  await expect(writer.getByTestId('declare-title')).toHaveValue(title);
  await writer.keyboard.press('Tab');
  await writer.keyboard.press('ArrowRight');
  await expect(writer.getByTestId('declare-severity-SEV2')).toBeChecked();
  await writer.keyboard.press('Shift+Tab');
  await writer.keyboard.press('Enter');
  await expect(writer).toHaveURL(/\/incidents\/\d+$/);
  await expect(writer.getByTestId('incident-title')).toHaveText(title);
  await expect(writer.getByTestId('incident-page').getByTestId('severity-badge').first()).toHaveAttribute('data-severity', 'SEV2');
  const number = Number(new URL(writer.url()).pathname.split('/').pop());
  await expect(writer.getByTestId('live-status')).toHaveAttribute('data-live', 'live');

  const watcher = await signedInPage(browser, baseURL, viewer);
  await openLive(watcher, number);
  // A viewer reads everything and is offered no write control.
  await expect(watcher.getByTestId('timeline-composer')).toHaveCount(0);
  await expect(watcher.getByTestId('declare-incident-open')).toHaveCount(0);
  await expect(watcher.getByTestId('incident-title-edit')).toHaveCount(0);
  await expect(watcher.getByTestId('active-incidents-banner')).toContainText(title);

  for (const n of [1, 2, 3]) {
    const body = unique(`Live entry ${n}`);
    await addEntry(writer, body);
    await expect(writer.getByTestId('timeline-entry').filter({ hasText: body })).toBeVisible();
    // Seen by the other browser without a reload, within about a second or two.
    await expect(watcher.getByTestId('timeline-entry').filter({ hasText: body })).toBeVisible({ timeout: 2_500 });
  }
  await expect(watcher.getByTestId('timeline-entry').filter({ hasText: 'Live entry' })).toHaveCount(3);
});

test('an entry written offline survives a reload and is sent exactly once when back online', async ({ browser, baseURL }) => {
  const responder = await createUser(browser, baseURL, 'responder');
  const page = await signedInPage(browser, baseURL, responder);
  const number = await declare(page, unique('Offline'));
  await openLive(page, number);
  // The service worker has cached this page, so it can be reloaded without a network.
  await expect(page.getByTestId('incident-page')).toHaveAttribute('data-offline-ready', 'true');

  const body = unique('Typed while offline');
  await page.context().setOffline(true);
  await addEntry(page, body);
  const pending = page.getByTestId('timeline-pending').filter({ hasText: body });
  await expect(pending).toBeVisible();
  await expect(pending.getByTestId('pending-marker')).toBeVisible();

  await page.reload();
  await expect(page.getByTestId('timeline-pending').filter({ hasText: body })).toBeVisible();

  await page.context().setOffline(false);
  await expect(page.getByTestId('timeline-pending')).toHaveCount(0, { timeout: 15_000 });
  await expect(page.getByTestId('timeline-entry').filter({ hasText: body })).toBeVisible();

  // Exactly one entry with that text on the server, even after reloads and retries.
  await page.reload();
  await expect(page.getByTestId('timeline-entry').filter({ hasText: body })).toHaveCount(1);
  const res = await page.request.get(`/api/v1/incidents/${number}/timeline?limit=500`);
  const entries = ((await res.json()) as { items: { body?: string }[] }).items;
  expect(entries.filter((e) => e.body === body)).toHaveLength(1);
});

test('a stale title edit shows the conflict panel instead of overwriting', async ({ browser, baseURL }) => {
  const first = await createUser(browser, baseURL, 'responder', 'first');
  const second = await createUser(browser, baseURL, 'responder', 'second');
  const a = await signedInPage(browser, baseURL, first);
  const b = await signedInPage(browser, baseURL, second);
  const number = await declare(a, unique('Conflict'));
  await openLive(a, number);
  await openLive(b, number);

  // Both start editing the same version of the title.
  await a.getByTestId('incident-title-edit').click();
  await b.getByTestId('incident-title-edit').click();
  const theirs = unique('Title from A');
  const mine = unique('Title from B');
  await a.getByTestId('incident-title-input').fill(theirs);
  await a.getByTestId('incident-title-save').click();
  await expect(a.getByTestId('incident-title')).toHaveText(theirs);

  await b.getByTestId('incident-title-input').fill(mine);
  await b.getByTestId('incident-title-save').click();
  const panel = b.getByTestId('conflict-panel');
  await expect(panel).toBeVisible();
  await expect(panel.getByTestId('conflict-theirs')).toHaveText(theirs);
  await expect(panel.getByTestId('conflict-yours')).toHaveText(mine);
  // Nothing was overwritten: both pages show A's title.
  await expect(b.getByTestId('incident-title')).toHaveText(theirs);
  await expect(a.getByTestId('incident-title')).toHaveText(theirs);

  // B decides to apply theirs on top; A sees it live.
  await panel.getByTestId('conflict-apply-mine').click();
  await expect(b.getByTestId('conflict-panel')).toHaveCount(0);
  await expect(b.getByTestId('incident-title')).toHaveText(mine);
  await expect(a.getByTestId('incident-title')).toHaveText(mine, { timeout: 5_000 });
});
