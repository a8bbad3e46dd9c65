import 'server-only';
import type { Actor } from '../auth/actor.ts';
import type { DbTx } from '../db/client.ts';
import type { Locale } from '../i18n/locales.ts';

/** Saves a signed-in person's language, so that it follows them to other browsers. */
export async function setUserLocale(db: DbTx, { actor, locale }: { actor: Actor; locale: Locale }): Promise<void> {
  if (!actor.userId) return;
  await db.user.update({ where: { id: actor.userId }, data: { locale } });
}
