// Change notifications end to end, in a real Chromium against the built app: team B announces
// a credential change on `auth` through the form; team A, whose `crm` calls `auth`, is told
// automatically, sees it in the inbox with the unread badge, acknowledges it, and the change
// page shows team A's acknowledgement.
import { randomBytes } from 'node:crypto';
import { expect, test, type Browser, type Page } from '@playwright/test';
import { adminApi, createApiUser, createService, createTeam, type ApiUser } from './support/catalogue';
import { message } from './support/messages';
import { signIn } from './support/session';

async function signedInPage(browser: Browser, baseURL: string | undefined, user: ApiUser): Promise<Page> {
  const context = await browser.newContext({ baseURL, locale: 'en-US', timezoneId: 'UTC' });
  const page = await context.newPage();
  await signIn(page, user.email, user.password);
  return page;
}

/** A datetime-local value `hours` from now, in UTC (the browser's time zone here). */
function inHours(hours: number): string {
  return new Date(Date.now() + hours * 3_600_000).toISOString().slice(0, 16);
}

test('a team is told of a change to a service it depends on, acknowledges it from the inbox, and the change shows it', async ({ browser, baseURL }) => {
  const { api, close } = await adminApi(browser, baseURL);
  const alice = await createApiUser(api, 'responder', 'crm-oncall'); // team A
  const bob = await createApiUser(api, 'responder', 'auth-dev'); // team B
  const suffix = randomBytes(3).toString('hex');
  const teamA = await createTeam(api, `CRM team ${suffix}`, [alice]);
  const teamB = await createTeam(api, `Identity team ${suffix}`, [bob]);
  const auth = await createService(api, { slugPrefix: 'auth', name: `Auth ${suffix}`, ownerTeam: teamB.slug });
  await createService(api, { slugPrefix: 'crm', name: `CRM ${suffix}`, ownerTeam: teamA.slug, dependsOn: [auth.slug] });
  await close();

  // Team B announces through the form: the preview names team A and warns of short notice.
  const announcer = await signedInPage(browser, baseURL, bob);
  await announcer.goto('/changes');
  await announcer.getByTestId('announce-change-link').click();
  await expect(announcer).toHaveURL(/\/changes\/new$/);
  const title = `Access tokens live 1 h instead of 24 h ${suffix}`;
  await announcer.getByTestId('announce-submit').click();
  await expect(announcer.locator('#announce-service-error')).toHaveText(message('en', 'changes.new.serviceRequired'));
  await announcer.getByTestId('change-field-service').selectOption(auth.slug);
  await expect(announcer.getByTestId('blast-radius-preview-teams')).toContainText(teamA.name);
  await announcer.getByTestId('change-field-kind').selectOption('credential');
  await announcer.getByTestId('change-field-risk').selectOption('high');
  await announcer.getByTestId('change-field-title').fill(title);
  await announcer.getByTestId('change-field-description').fill('Refresh tokens **before** they expire.');
  await announcer.getByTestId('change-field-scheduled-at').fill(inHours(3));
  await expect(announcer.getByTestId('short-notice-warning')).toBeVisible();
  await announcer.getByTestId('announce-submit').click();
  await expect(announcer).toHaveURL(/\/changes\/[0-9a-f-]{36}$/);
  await expect(announcer.getByTestId('change-title')).toHaveText(title);
  await expect(announcer.getByTestId('short-notice')).toBeVisible();
  const changeId = announcer.url().split('/').pop()!;
  await expect(announcer.locator('[data-testid="acknowledgement"][data-team="' + teamA.slug + '"]')).toHaveAttribute('data-acknowledged', 'false');

  // Team A's member: the unread badge, the message in the inbox, acknowledge from there.
  const reader = await signedInPage(browser, baseURL, alice);
  await expect(reader.getByTestId('inbox-unread-count')).toHaveText('1');
  await reader.getByTestId('inbox-link').click();
  await expect(reader).toHaveURL(/\/inbox/);
  const item = reader.locator(`[data-testid="inbox-item"][data-subject-id="${changeId}"]`);
  await expect(item).toHaveAttribute('data-read', 'false');
  await expect(item).toContainText(title);
  await expect(item).toContainText(auth.name);
  await expect(item).toContainText(message('en', 'inbox.event.change_announced'));
  await expect(item.getByTestId('inbox-ack-state')).toHaveAttribute('data-acknowledged', 'false');
  await item.getByTestId('inbox-acknowledge').click();
  await expect(item.getByTestId('inbox-ack-state')).toHaveAttribute('data-acknowledged', 'true');
  await expect(item).toHaveAttribute('data-read', 'true');
  await expect(reader.getByTestId('inbox-unread-count')).toHaveCount(0);

  // The change page shows team A's acknowledgement, by whom.
  await item.getByTestId('inbox-item-link').click();
  await expect(reader).toHaveURL(new RegExp(`/changes/${changeId}$`));
  const ack = reader.locator(`[data-testid="acknowledgement"][data-team="${teamA.slug}"]`);
  await expect(ack).toHaveAttribute('data-acknowledged', 'true');
  await expect(ack).toContainText(alice.email);

  // …and so does the announcer's, after a reload; who then starts the change.
  await announcer.reload();
  await expect(announcer.locator(`[data-testid="acknowledgement"][data-team="${teamA.slug}"]`)).toHaveAttribute('data-acknowledged', 'true');
  await announcer.getByTestId('change-move-in_progress').click();
  await expect(announcer.getByTestId('change-start-early')).toBeVisible(); // scheduled in 3 h: asked first
  await announcer.getByTestId('change-start-anyway').click();
  await expect(announcer.getByTestId('change-status')).toHaveAttribute('data-status', 'in_progress');
  await expect(announcer.getByTestId('change-move-completed')).toBeVisible();

  // The week's calendar shows the change on its day, filtered by the changed service.
  const day = new Date(Date.now() + 3 * 3_600_000).toISOString().slice(0, 10);
  await announcer.goto(`/changes?view=calendar&week=${day}&service=${auth.slug}`);
  await expect(announcer.locator(`[data-testid="calendar-day"][data-day="${day}"] [data-testid="calendar-change"][data-change-id="${changeId}"]`)).toBeVisible();
});
