'use client';
// The postmortem editor (responders): every section editable in place with autosave, the
// root-cause analysis and action items inline where the document shows them, and the review
// workflow on the side. Viewers get the read-only document instead (the page decides).
import { useTranslations } from 'next-intl';
import Link from 'next/link';
import { useCallback, useState } from 'react';
import { apiFetch } from '@/lib/client/api-client';
import { buttonClass } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import type { ActionItemOutput } from '@/lib/action-items/schemas';
import type { PostmortemOutput, SectionOutput } from '@/lib/postmortems/schemas';
import type { AnalysisOutput, DetectionOutput, FactorOutput } from '@/lib/root-causes/schemas';
import { ActionItemsEditor } from './action-items-editor';
import { factorsPath, pmPath } from './api';
import { isStructuredSection } from '@/lib/postmortems/template';
import { DetectionEditor, FactorsEditor, type KnownIssueOption } from './factors-editor';
import { ReviewPanel, type PersonOption } from './review-panel';
import { SectionEditor } from './section-editor';
import { TimelinePicker, type PickableEntry } from './timeline-picker';
import { usePostmortemLive } from './use-postmortem-live';

export interface PostmortemEditorProps {
  initial: PostmortemOutput;
  factors: FactorOutput[];
  detection: DetectionOutput;
  actionItems: ActionItemOutput[];
  people: PersonOption[];
  /** Who may be asked to review: responders and administrators only. */
  reviewerCandidates: PersonOption[];
  knownIssues: KnownIssueOption[];
  timeline: PickableEntry[];
  viewerId: string | null;
}

export function PostmortemEditor(props: PostmortemEditorProps) {
  const t = useTranslations('postmortems');
  const ts = useTranslations('story.postmortem');
  const [pm, setPm] = useState(props.initial);
  const [factors, setFactors] = useState(props.factors);
  const [items, setItems] = useState(props.actionItems);
  // Others' changes arrive live; a failed refetch is retried on the next event or reconnection.
  usePostmortemLive(pm.incidentId, {
    postmortem: () => void apiFetch<PostmortemOutput>(pmPath(pm.incidentId)).then(setPm, () => undefined),
    analysis: () => void apiFetch<AnalysisOutput>(factorsPath(pm.incidentId)).then((a) => setFactors(a.items), () => undefined),
  });
  const sectionsEditable = pm.status !== 'published';
  const onSaved = useCallback((s: SectionOutput) => setPm((p) => ({ ...p, sections: p.sections.map((x) => (x.key === s.key ? s : x)) })), []);
  const base = `/incidents/${pm.reference}/postmortem`;

  return (
    <div className="grid gap-6 lg:grid-cols-[1fr_20rem]" data-testid="postmortem-editor">
      <div className="flex min-w-0 flex-col gap-4">
        {!sectionsEditable ? <p className="rounded-md bg-slate-100 p-3 text-sm text-slate-700" data-testid="editor-frozen">{t('editor.frozen')}</p> : null}
        {pm.sections.map((s) => (
          <div key={s.key} id={`s-${s.key}`} className="flex flex-col gap-4">
            {/* One source per section: detection and action items are structured only; the
                root-cause factors are the analysis, the section's text an optional narrative. */}
            {isStructuredSection(s.key) ? null : (
              <SectionEditor
                incidentId={pm.incidentId}
                section={s}
                editable={sectionsEditable}
                onSaved={onSaved}
                {...(s.key === 'timeline'
                  ? { extra: (setBody: (b: string) => void) => <TimelinePicker incidentId={pm.incidentId} entries={props.timeline} editable={sectionsEditable} onUse={setBody} /> }
                  : {})}
              />
            )}
            {s.key === 'detection' ? (
              <Card>
                <DetectionEditor incidentId={pm.incidentId} initial={props.detection} editable={sectionsEditable} />
              </Card>
            ) : null}
            {s.key === 'root_causes' ? (
              <FactorsEditor incidentId={pm.incidentId} factors={factors} knownIssues={props.knownIssues} editable={sectionsEditable} onFactors={setFactors} />
            ) : null}
            {s.key === 'action_items' ? (
              <>
                {!sectionsEditable ? <p className="text-sm text-slate-600" data-testid="action-items-after-publish">{ts('actionItemsAfterPublish')}</p> : null}
                <ActionItemsEditor incidentId={pm.incidentId} items={items} people={props.people} editable canDelete={sectionsEditable} onItems={setItems} />
              </>
            ) : null}
          </div>
        ))}
      </div>
      <aside className="flex flex-col gap-4 lg:sticky lg:top-4 lg:self-start">
        <ReviewPanel pm={pm} people={props.reviewerCandidates} viewerId={props.viewerId} onChange={setPm} />
        <nav className="flex flex-col gap-2" aria-label={t('editor.more')}>
          <Link href={`${base}/meeting`} className={buttonClass('secondary')} data-testid="open-meeting-view">{t('editor.meetingView')}</Link>
          <Link href={`${base}?view=read`} className={buttonClass('ghost')} data-testid="open-read-view">{t('editor.readView')}</Link>
          <a href={`/api/v1/incidents/${pm.incidentId}/postmortem.md`} className={buttonClass('ghost')} data-testid="postmortem-export-md">{t('page.exportMarkdown')}</a>
        </nav>
        <nav aria-label={t('editor.sections')}>
          <ol className="flex flex-col gap-0.5 text-sm">
            {pm.sections.map((s) => (
              <li key={s.key}><a href={`#s-${s.key}`} className="text-brand-700 hover:underline">{t(`sections.${s.key}`)}</a></li>
            ))}
          </ol>
        </nav>
      </aside>
    </div>
  );
}
