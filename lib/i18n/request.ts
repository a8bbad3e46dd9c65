// next-intl's per-request configuration: which locale, which messages, which time zone.
import { cookies, headers } from 'next/headers';
import { getRequestConfig } from 'next-intl/server';
import { getCurrentActor } from '../auth/page-guard.ts';
import { getEnv } from '../config/env.ts';
import { loadMessages } from './load-messages.ts';
import { isLocale, localeFromAcceptLanguage, LOCALE_COOKIE, TIMEZONE_COOKIE, type Locale } from './locales.ts';

export async function resolveLocale(): Promise<Locale> {
  const actor = await getCurrentActor();
  if (isLocale(actor?.locale)) return actor.locale;
  const fromCookie = (await cookies()).get(LOCALE_COOKIE)?.value;
  if (isLocale(fromCookie)) return fromCookie;
  return localeFromAcceptLanguage((await headers()).get('accept-language'));
}

function validTimeZone(tz: string | undefined): string | undefined {
  if (!tz) return undefined;
  try {
    new Intl.DateTimeFormat('en', { timeZone: tz });
    return tz;
  } catch {
    return undefined;
  }
}

export default getRequestConfig(async () => {
  const locale = await resolveLocale();
  const messages = loadMessages(locale);
  const timeZone = validTimeZone((await cookies()).get(TIMEZONE_COOKIE)?.value) ?? getEnv().TZ;
  return { locale, messages, timeZone, now: new Date() };
});
