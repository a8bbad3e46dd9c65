// The whole postmortem as one Markdown document (GET …/postmortem.md): title, status line,
// every template section in order (empty ones say so, so the reader sees nothing was lost),
// the root-cause factors and the action items. Pure: the use case loads the data. One source
// per section: detection and action items come from their structured records, root causes from
// the factors (the section's text, when written, is a narrative beside them).
import type { DetectionOutput, FactorOutput } from '../root-causes/schemas.ts';
import type { ActionItemOutput } from '../action-items/schemas.ts';
import type { PostmortemOutput } from './schemas.ts';
import { isStructuredSection, sectionHeadings } from './template.ts';

export function renderPostmortemMarkdown(pm: PostmortemOutput, factors: FactorOutput[], actionItems: ActionItemOutput[], detection?: DetectionOutput): string {
  const out: string[] = [`# Postmortem: ${pm.reference} ${pm.title}`, ''];
  const status = pm.status === 'published' && pm.publishedAt ? `published ${pm.publishedAt.slice(0, 10)}` : pm.status.replace('_', ' ');
  out.push(`Severity: ${pm.severity} · Status: ${status} · Approvals: ${pm.approvals}/${pm.requiredApprovals}`, '');
  for (const s of pm.sections) {
    out.push(`## ${sectionHeadings[s.key]}`, '');
    if (!isStructuredSection(s.key)) {
      if (s.body.trim()) out.push(s.body.trim(), '');
      else if (!(s.key === 'root_causes' && factors.length)) out.push('_(empty)_', '');
    }
    if (s.key === 'detection') {
      if (detection && detection.version > 0) {
        out.push(`- How: ${detection.method.replace(/\n/g, ' ') || '—'}`, `- By: ${detection.detectedBy || '—'}`, `- Why not earlier: ${detection.whyNotEarlier.replace(/\n/g, ' ') || '—'}`, '');
      } else out.push('_(not recorded)_', '');
    }
    if (s.key === 'action_items' && !actionItems.length) out.push('_(none)_', '');
    if (s.key === 'root_causes' && factors.length) {
      out.push('### Factors', '');
      for (const f of factors) {
        out.push(`- **${f.kind}** · ${f.category}: ${f.description.replace(/\n/g, ' ')}`);
        f.fiveWhys.forEach((why, i) => out.push(`  ${i + 1}. Why? ${why}`));
        if (f.change) out.push(`  - Change: ${f.change.title} (${f.change.service.name}, ${f.change.kind}, scheduled ${f.change.scheduledAt.slice(0, 16).replace('T', ' ')} UTC${f.change.shortNotice ? ', short notice' : ''})`);
        for (const k of f.knownIssues) out.push(`  - Known issue: ${k.title}`);
      }
      out.push('');
    }
    if (s.key === 'action_items' && actionItems.length) {
      out.push('| Kind | Title | Owner | Due | Priority | Status |', '| --- | --- | --- | --- | --- | --- |');
      for (const a of actionItems) {
        const cell = (v: string) => v.replace(/\|/g, '\\|').replace(/\n/g, ' ');
        const title = a.externalUrl ? `[${cell(a.title)}](${a.externalUrl})` : cell(a.title);
        out.push(`| ${a.kind} | ${title} | ${cell(a.owner?.name ?? '—')} | ${a.dueDate ?? '—'} | ${a.priority} | ${a.status} |`);
      }
      out.push('');
    }
  }
  if (pm.meeting) {
    out.push('## Review meeting', '', `Held: ${pm.meeting.heldAt.slice(0, 16).replace('T', ' ')} UTC`, '');
    if (pm.meeting.attendees.length) out.push(`Attendees: ${pm.meeting.attendees.join(', ')}`, '');
    if (pm.meeting.notes.trim()) out.push(pm.meeting.notes.trim(), '');
  }
  if (pm.reviewers.length) {
    out.push('## Reviewers', '');
    for (const r of pm.reviewers) out.push(`- ${r.name} <${r.email}>: ${r.decision.replace('_', ' ')}${r.comment ? ` — ${r.comment.replace(/\n/g, ' ')}` : ''}`);
    out.push('');
  }
  return out.join('\n');
}
