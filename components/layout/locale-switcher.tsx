'use client';
import { useLocale, useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useEffect, useTransition } from 'react';
import { changeLocale, rememberTimeZone } from '@/lib/actions/preferences';

const labels: Record<string, string> = { en: 'English', 'zh-CN': '简体中文' };

export function LocaleSwitcher({ timeZoneKnown }: { timeZoneKnown: boolean }) {
  const locale = useLocale();
  const t = useTranslations('common.nav');
  const router = useRouter();
  const [pending, start] = useTransition();

  // Dates are shown in the reader's own time zone: tell the server which one that is.
  useEffect(() => {
    if (timeZoneKnown) return;
    const tz = Intl.DateTimeFormat().resolvedOptions().timeZone;
    if (tz) void rememberTimeZone(tz).then(() => router.refresh());
  }, [timeZoneKnown, router]);

  return (
    <label className="flex items-center gap-1 text-sm">
      <span className="sr-only">{t('language')}</span>
      <select
        aria-label={t('language')}
        data-testid="locale-switcher"
        className="rounded-md border-0 bg-transparent py-1 pl-2 pr-7 text-sm text-slate-200 ring-1 ring-slate-600 focus:ring-2 focus:ring-brand-500 [&>option]:text-slate-900"
        value={locale}
        disabled={pending}
        onChange={(e) => {
          const next = e.target.value;
          start(async () => {
            await changeLocale(next);
            router.refresh();
          });
        }}
      >
        {Object.entries(labels).map(([value, label]) => (
          <option key={value} value={value}>
            {label}
          </option>
        ))}
      </select>
    </label>
  );
}
