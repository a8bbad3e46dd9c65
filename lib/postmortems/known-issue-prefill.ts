// "Add to known issues": what a new known issue starts with when it comes from a postmortem.
// Pure (the page loads the data), so the mapping is unit-tested:
// - title: the incident's title;
// - symptoms: the impact section, else the summary (what people saw);
// - cause: the root-cause factors (triggers when no root cause was named), with their whys;
//   the root-causes section when no factor was recorded;
// - workaround: the resolution section (what ended the incident);
// - resolution (the permanent fix): the "prevent" action items not dropped, with their links;
// - services: the incident's; error signatures stay empty (exact strings only a person knows).
// Everything is text people then edit on the form before saving.
import type { SectionKey } from './template.ts';

const MAX_FIELD = 10_000;

export interface KnownIssuePrefillSource {
  incident: { title: string; services: string[] };
  sections: { key: SectionKey; body: string }[];
  factors: { kind: string; description: string; fiveWhys: string[] }[];
  actionItems: { kind: string; title: string; status: string; externalUrl: string | null }[];
}

export interface KnownIssuePrefill {
  title: string;
  symptoms: string;
  errorSignatures: string[];
  cause: string;
  workaround: string;
  resolution: string;
  services: string[];
}

const clip = (s: string, max = MAX_FIELD) => (s.length > max ? `${s.slice(0, max - 1)}…` : s);

function factorLine(f: KnownIssuePrefillSource['factors'][number]): string {
  const description = f.description.trim().replace(/\n/g, '\n  ');
  const whys = f.fiveWhys.map((w) => w.trim()).filter(Boolean);
  return whys.length ? `- ${description}\n  (${whys.join(' → ')})` : `- ${description}`;
}

export function knownIssuePrefill(src: KnownIssuePrefillSource): KnownIssuePrefill {
  const section = (key: SectionKey) => src.sections.find((s) => s.key === key)?.body.trim() ?? '';
  const rootCauses = src.factors.filter((f) => f.kind === 'root_cause');
  const causes = rootCauses.length ? rootCauses : src.factors.filter((f) => f.kind === 'trigger');
  const fixes = src.actionItems
    .filter((a) => a.kind === 'prevent' && a.status !== 'wont_do')
    .map((a) => (a.externalUrl ? `- ${a.title.trim()} (${a.externalUrl})` : `- ${a.title.trim()}`));
  return {
    title: clip(src.incident.title.trim(), 200),
    symptoms: clip(section('impact') || section('summary')),
    errorSignatures: [],
    cause: clip(causes.length ? causes.map(factorLine).join('\n') : section('root_causes')),
    workaround: clip(section('resolution')),
    resolution: clip(fixes.join('\n')),
    services: [...src.incident.services],
  };
}
