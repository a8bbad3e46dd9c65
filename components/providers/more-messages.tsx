'use client';
// Adds a route segment's namespaces to the messages already provided above it (next-intl's
// providers replace rather than merge), so that nothing the root layout sent travels twice.
import { NextIntlClientProvider, useLocale, useMessages } from 'next-intl';
import { useMemo, type ReactNode } from 'react';

type Messages = ReturnType<typeof useMessages>;

export function MoreMessages({ messages, children }: { messages: Messages; children: ReactNode }) {
  const parent = useMessages();
  const locale = useLocale();
  const merged = useMemo(() => ({ ...parent, ...messages }), [parent, messages]);
  return (
    <NextIntlClientProvider locale={locale} messages={merged}>
      {children}
    </NextIntlClientProvider>
  );
}
