import { getTranslations } from 'next-intl/server';
import { Card } from '@/components/ui/card';

export default async function NotFound() {
  const t = await getTranslations('common.errors');
  return (
    <div className="mx-auto mt-10 max-w-md">
      <Card>
        <p className="text-sm">{t('pageNotFound')}</p>
      </Card>
    </div>
  );
}
