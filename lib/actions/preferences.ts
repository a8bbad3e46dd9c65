'use server';
import { cookies } from 'next/headers';
import { getDb } from '@/lib/db/client';
import { getCurrentActor } from '@/lib/auth/page-guard';
import { isLocale, LOCALE_COOKIE, TIMEZONE_COOKIE } from '@/lib/i18n/locales';
import { setUserLocale } from '@/lib/users/set-user-locale';

const YEAR = 365 * 24 * 3600;

export async function changeLocale(locale: string): Promise<{ ok: boolean }> {
  if (!isLocale(locale)) return { ok: false };
  (await cookies()).set(LOCALE_COOKIE, locale, { path: '/', maxAge: YEAR, sameSite: 'lax' });
  const actor = await getCurrentActor();
  if (actor) await setUserLocale(getDb(), { actor, locale });
  return { ok: true };
}

export async function rememberTimeZone(timeZone: string): Promise<void> {
  try {
    new Intl.DateTimeFormat('en', { timeZone });
  } catch {
    return;
  }
  (await cookies()).set(TIMEZONE_COOKIE, timeZone, { path: '/', maxAge: YEAR, sameSite: 'lax' });
}
