// "Download CSV" on a list page: the list's CSV route with the filters the page shows.
import { getTranslations } from 'next-intl/server';
import { buttonClass } from '@/components/ui/button';

export async function CsvLink({ href, query }: { href: string; query: Record<string, string | string[] | undefined | null> }) {
  const t = await getTranslations('export');
  const qs = new URLSearchParams();
  for (const [k, v] of Object.entries(query)) {
    if (v == null || v === '') continue;
    for (const one of Array.isArray(v) ? v : [v]) qs.append(k, one);
  }
  const url = qs.size ? `${href}?${qs}` : href;
  return (
    <a href={url} download className={buttonClass('secondary')} data-testid="csv-download">
      {t('csv')}
    </a>
  );
}
