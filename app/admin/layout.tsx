import type { ReactNode } from 'react';
import { AdminNav } from '@/components/admin/admin-nav';
import { requirePageActor } from '@/lib/auth/page-guard';

// Each page checks the role again: a layout is not re-run on every navigation.
export default async function AdminLayout({ children }: { children: ReactNode }) {
  await requirePageActor('admin', '/admin/users');
  return (
    <>
      <AdminNav />
      {children}
    </>
  );
}
