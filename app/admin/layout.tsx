import type { ReactNode } from 'react';
import { AdminNav } from '@/components/admin/admin-nav';
import { SegmentMessages } from '@/components/providers/client-messages';
import { requirePageActor } from '@/lib/auth/page-guard';

// Each page checks the role again: a layout is not re-run on every navigation.
export default async function AdminLayout({ children }: { children: ReactNode }) {
  await requirePageActor('admin', '/admin/users');
  return (
    <SegmentMessages segment="admin">
      <AdminNav />
      {children}
    </SegmentMessages>
  );
}
