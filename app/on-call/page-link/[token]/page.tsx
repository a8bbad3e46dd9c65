// The page a one-time acknowledge/escalate link opens, on a phone, without signing in. GET
// only shows what the link will do (link previews must not acknowledge); the button posts the
// server action, which uses the link once. Used, expired and invalid links say so plainly.
import type { Metadata } from 'next';
import Link from 'next/link';
import { redirect } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { Button } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { getDb } from '@/lib/db/client';
import { checkPageLink } from '@/lib/on-call/check-page-link';
import { redeemPageLink } from '@/lib/on-call/redeem-page-link';

export const dynamic = 'force-dynamic';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('onCall'))('title'), robots: { index: false } };
}

export default async function PageLinkPage({ params, searchParams }: { params: Promise<{ token: string }>; searchParams: Promise<Record<string, string | undefined>> }) {
  const { token } = await params;
  const sp = await searchParams;
  const t = await getTranslations('onCall.link');
  const outcome = await checkPageLink(getDb(), { token });
  const values = { reference: outcome.reference ?? '', title: outcome.title ?? '' };

  async function submit() {
    'use server';
    const result = await redeemPageLink(getDb(), { token });
    redirect(`/on-call/page-link/${encodeURIComponent(token)}?result=${result.state}`);
  }

  // After the button: what the link did (the link itself now reads as used).
  const result = sp.result;
  const shown = result === 'acknowledged' || result === 'escalated' || (result && outcome.state === 'used' && ['ended', 'expired', 'invalid'].includes(result)) ? result : outcome.state;
  return (
    <div className="mx-auto max-w-md">
      <Card>
        <div data-testid="page-link" data-state={shown} className="space-y-3">
          {shown === 'ready' && outcome.state === 'ready' ? (
            <>
              <h1 className="text-lg font-semibold break-words">{outcome.reference} {outcome.title}</h1>
              <form action={submit}>
                <Button type="submit" variant="primary" className="w-full" data-testid="page-link-confirm">
                  {outcome.action === 'ack' ? (await getTranslations('onCall.message'))('ack') : (await getTranslations('onCall.message'))('escalate')}
                </Button>
              </form>
            </>
          ) : (
            <>
              <h1 className="text-lg font-semibold">{t(shown as 'used')}</h1>
              <p className="text-sm text-slate-700">{t(`${shown as 'used'}Body`, values)}</p>
            </>
          )}
          {outcome.reference ? <Link href={`/incidents/${outcome.reference}`} className="block text-sm text-brand-700 underline">{t('openIncident')}</Link> : <Link href="/login" className="block text-sm text-brand-700 underline">{t('signIn')}</Link>}
        </div>
      </Card>
    </div>
  );
}
