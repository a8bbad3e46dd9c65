'use client';
import { useTranslations } from 'next-intl';
import { Button } from '@/components/ui/button';
import { Card } from '@/components/ui/card';

export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTranslations('common.errors');
  return (
    <div className="mx-auto mt-10 max-w-md">
      <Card>
        <p className="text-sm">{t('pageError')}</p>
        {error.digest ? <p className="mt-1 font-mono text-xs text-slate-500">{error.digest}</p> : null}
        <Button className="mt-3" onClick={reset}>{t('retry')}</Button>
      </Card>
    </div>
  );
}
