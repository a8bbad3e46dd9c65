import type { ReactNode } from 'react';
import { SegmentMessages } from '@/components/providers/client-messages';

export default function Layout({ children }: { children: ReactNode }) {
  return <SegmentMessages segment="on-call">{children}</SegmentMessages>;
}
