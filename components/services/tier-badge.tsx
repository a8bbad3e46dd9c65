import { useTranslations } from 'next-intl';

const colours: Record<number, string> = {
  1: 'bg-red-100 text-red-800 ring-red-200',
  2: 'bg-amber-100 text-amber-800 ring-amber-200',
  3: 'bg-slate-100 text-slate-700 ring-slate-200',
  4: 'bg-slate-50 text-slate-500 ring-slate-200',
};

/** "T1".."T4" with the full meaning ("Tier 1 · most critical") for screen readers and hover. */
export function TierBadge({ tier }: { tier: number }) {
  const t = useTranslations('catalogue.tiers');
  const full = t(`t${tier}`);
  return (
    <span title={full} className={`inline-flex rounded px-1.5 py-0.5 text-xs font-semibold ring-1 ${colours[tier] ?? colours[3]}`}>
      <span aria-hidden>{t('short', { tier })}</span>
      <span className="sr-only">{full}</span>
    </span>
  );
}
