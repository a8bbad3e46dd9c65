'use client';
// Opens the browser's print dialog (the report's print CSS hides everything but the report).
import { useTranslations } from 'next-intl';
import { buttonClass } from '@/components/ui/button';

export function PrintButton() {
  const t = useTranslations('insights.report');
  return (
    <button type="button" onClick={() => window.print()} className={`${buttonClass('primary')} print:hidden`}>
      {t('print')}
    </button>
  );
}
