'use client';
// The announce form's live preview: who a change on the chosen service will reach.
import { useTranslations } from 'next-intl';
import type { BlastRadiusPreviewOutput } from '@/lib/changes/preview-schemas';

export function BlastRadiusPreview({ preview, loading }: { preview: BlastRadiusPreviewOutput | undefined; loading: boolean }) {
  const t = useTranslations('changes.new');
  return (
    <section className="rounded-lg bg-slate-50 p-4 text-sm ring-1 ring-slate-200" aria-live="polite" data-testid="blast-radius-preview">
      <h2 className="mb-2 font-semibold">{t('previewTitle')}</h2>
      {loading ? <p className="text-slate-500">{t('previewLoading')}</p> : null}
      {preview && preview.services.length === 0 ? <p className="text-slate-600">{t('previewEmpty', { service: preview.service.name })}</p> : null}
      {preview && preview.services.length > 0 ? (
        <>
          <p className="mb-2 text-slate-700">{t('previewIntro', { services: preview.services.length, service: preview.service.name })}</p>
          <ul className="space-y-1" data-testid="blast-radius-preview-teams">
            {preview.teams.map((team) => (
              <li key={team.slug}><span className="font-medium">{team.name}</span> <span className="text-slate-600">({team.services.join(', ')})</span></li>
            ))}
            {preview.services.filter((s) => !s.ownerTeam).map((s) => <li key={s.slug} className="text-slate-600">{s.name} · {t('noOwner')}</li>)}
          </ul>
        </>
      ) : null}
    </section>
  );
}
