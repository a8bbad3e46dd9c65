// A route segment's client messages (lib/i18n/client-messages.ts): only the namespaces the
// root layout has not sent already, merged in the browser with those above.
import { getMessages } from 'next-intl/server';
import type { ReactNode } from 'react';
import { getCurrentActor } from '@/lib/auth/page-guard';
import { pickMessages, segmentExtraNamespaces, type ClientSegment } from '@/lib/i18n/client-messages';
import { MoreMessages } from './more-messages';

export async function SegmentMessages({ segment, children }: { segment: ClientSegment; children: ReactNode }) {
  const extra = segmentExtraNamespaces(segment, !!(await getCurrentActor()));
  if (!extra.length) return <>{children}</>;
  return <MoreMessages messages={pickMessages(await getMessages(), extra)}>{children}</MoreMessages>;
}
