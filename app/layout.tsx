import type { Metadata } from 'next';
import { cookies } from 'next/headers';
import { NextIntlClientProvider } from 'next-intl';
import { getLocale, getMessages } from 'next-intl/server';
import type { ReactNode } from 'react';
import { AppHeader } from '@/components/layout/app-header';
import { AppProviders } from '@/components/providers/app-providers';
import { getCurrentActor } from '@/lib/auth/page-guard';
import { pickMessages, rootNamespaces } from '@/lib/i18n/client-messages';
import { TIMEZONE_COOKIE } from '@/lib/i18n/locales';
import './globals.css';

export const metadata: Metadata = { title: { default: 'Firebreak', template: '%s · Firebreak' } };

export default async function RootLayout({ children }: { children: ReactNode }) {
  const locale = await getLocale();
  const actor = await getCurrentActor();
  const timeZoneKnown = !!(await cookies()).get(TIMEZONE_COOKIE);
  // Only what the header and the error boundary need; each segment's layout adds its own.
  const messages = pickMessages(await getMessages(), rootNamespaces(!!actor));
  return (
    <html lang={locale}>
      <body className="min-h-screen font-sans">
        <NextIntlClientProvider messages={messages}>
          <AppProviders>
            <AppHeader actor={actor} timeZoneKnown={timeZoneKnown} />
            <main className="mx-auto max-w-7xl px-4 py-6">{children}</main>
          </AppProviders>
        </NextIntlClientProvider>
      </body>
    </html>
  );
}
