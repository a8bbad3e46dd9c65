import type { Metadata } from 'next';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { AnnounceChangeForm } from '@/components/changes/announce-change-form';
import { PageHeader } from '@/components/ui/card';
import { requirePageActor } from '@/lib/auth/page-guard';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('changes'))('new.title') };
}

export default async function NewChangePage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await requirePageActor('responder', '/changes/new');
  const t = await getTranslations('changes');
  const service = (await searchParams).service;
  return (
    <>
      <Link href="/changes" className="text-sm text-sky-700 hover:underline">← {t('detail.back')}</Link>
      <PageHeader title={t('new.title')} description={t('new.intro')} />
      <AnnounceChangeForm initialService={typeof service === 'string' ? service.slice(0, 100) : undefined} />
    </>
  );
}
