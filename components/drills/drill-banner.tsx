// The banner on every page of a drill incident: 演练 / DRILL, so nobody mistakes practice for
// an outage; links to the drill (and its report) when a drill declared the incident.
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';

export async function DrillBanner({ drillId }: { drillId: string | null }) {
  const t = await getTranslations('drills.banner');
  return (
    <div role="status" className="mb-4 flex flex-wrap items-center gap-x-3 gap-y-1 rounded-md bg-violet-700 px-4 py-2 text-sm text-white" data-testid="drill-banner">
      <span className="rounded bg-white px-2 py-0.5 text-xs font-bold tracking-wider text-violet-800">{t('label')}</span>
      <span>{t('text')}</span>
      {drillId ? <Link href={`/drills/${drillId}`} className="underline">{t('openDrill')}</Link> : null}
    </div>
  );
}
