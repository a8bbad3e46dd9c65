// A route segment's client messages: the base namespaces plus the segment's own (see
// lib/i18n/client-messages.ts). Nested inside the root layout's provider, it replaces the
// messages for everything below it; locale, time zone and formats come from the request.
import { NextIntlClientProvider } from 'next-intl';
import { getMessages } from 'next-intl/server';
import type { ReactNode } from 'react';
import { BASE_NAMESPACES, pickMessages, SEGMENT_NAMESPACES, type ClientSegment } from '@/lib/i18n/client-messages';

export async function SegmentMessages({ segment, children }: { segment: ClientSegment; children: ReactNode }) {
  const messages = pickMessages(await getMessages(), [...BASE_NAMESPACES, ...SEGMENT_NAMESPACES[segment]]);
  return <NextIntlClientProvider messages={messages}>{children}</NextIntlClientProvider>;
}
