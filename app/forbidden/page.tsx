import { getTranslations } from 'next-intl/server';
import { Card } from '@/components/ui/card';

export default async function ForbiddenPage() {
  const t = await getTranslations('auth.forbidden');
  return (
    <div className="mx-auto mt-10 max-w-md">
      <Card>
        <h1 className="text-xl font-semibold">{t('title')}</h1>
        <p className="mt-2 text-sm text-slate-600">{t('body')}</p>
      </Card>
    </div>
  );
}
