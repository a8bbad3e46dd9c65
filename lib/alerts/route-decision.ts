// What a rule does with an alert, decided without the database: which rule matches (ordered,
// first enabled match wins), the alert's service, its incident severity, its group key and the
// incident title. Shared by the worker and by "test a rule", so the back-test shows exactly
// what routing would do. Pure.
import type { Severity } from '../incidents/schemas.ts';
import type { RuleAction } from './schemas.ts';

export interface Matcher {
  field: string;
  op: 'equals' | 'regex' | 'exists';
  value: string;
}

export interface RuleLike {
  id: string;
  name: string;
  enabled: boolean;
  matchers: Matcher[];
  requireService: boolean;
  /** The rule's own service slug (used when the alert has no `service` label naming one). */
  serviceSlug: string | null;
  severityMap: Record<string, Severity>;
  action: RuleAction;
  titleTemplate: string;
  groupBy: string[];
  groupWindowMinutes: number;
  resolveAction: 'note' | 'monitoring' | 'resolve';
  resolveOn: 'first' | 'last' | 'all';
}

export interface AlertFacts {
  status: string;
  severity: string;
  summary: string;
  source: string;
  labels: Record<string, string>;
  annotations: Record<string, string>;
}

export interface Decision {
  rule: RuleLike | null;
  action: RuleAction | 'record';
  service: string | null;
  severity: Severity;
  groupKey: string;
  title: string;
}

export const UNMAPPED_SEVERITY: Severity = 'SEV3';

export function fieldValue(a: AlertFacts, field: string): string | undefined {
  if (field.startsWith('labels.')) return a.labels[field.slice(7)];
  if (field.startsWith('annotations.')) return a.annotations[field.slice(12)];
  switch (field) {
    case 'severity':
      return a.severity;
    case 'summary':
      return a.summary;
    case 'status':
      return a.status;
    case 'source':
      return a.source;
    default:
      return a.labels[field];
  }
}

/** A regex that does not compile matches nothing (the rule form refuses it before saving). */
export function safeRegex(pattern: string): RegExp | null {
  try {
    return new RegExp(pattern, 'i');
  } catch {
    return null;
  }
}

export function matches(a: AlertFacts, m: Matcher): boolean {
  const v = fieldValue(a, m.field);
  if (m.op === 'exists') return v !== undefined && v !== '';
  if (v === undefined) return false;
  if (m.op === 'equals') return v === m.value;
  return safeRegex(m.value)?.test(v) ?? false;
}

/** The service: a `service` label naming a catalogue slug wins, else the rule's, else the source's default. */
export function serviceFor(a: AlertFacts, rule: Pick<RuleLike, 'serviceSlug'> | null, knownSlugs: ReadonlySet<string>, sourceDefault: string | null): string | null {
  const label = a.labels.service;
  if (label && knownSlugs.has(label)) return label;
  return rule?.serviceSlug ?? sourceDefault;
}

export function renderTemplate(template: string, a: AlertFacts, service: string | null): string {
  const out = template.replace(/\{\{\s*([\w.-]+)\s*\}\}/g, (_m, name: string) => {
    if (name === 'service') return service ?? 'unknown service';
    if (name === 'summary') return a.summary;
    if (name === 'severity') return a.severity;
    return fieldValue(a, name) ?? a.labels[name] ?? a.annotations[name] ?? '';
  });
  return (out.trim() || a.summary).slice(0, 200);
}

export function groupKeyFor(a: AlertFacts, groupBy: string[], service: string | null): string {
  return [service ?? '-', ...groupBy.map((l) => `${l}=${a.labels[l] ?? ''}`)].join('|').slice(0, 1000);
}

export function decide(a: AlertFacts, rules: RuleLike[], knownSlugs: ReadonlySet<string>, sourceDefault: string | null): Decision {
  for (const rule of rules) {
    if (!rule.enabled) continue;
    const service = serviceFor(a, rule, knownSlugs, sourceDefault);
    if (rule.requireService && !service) continue;
    if (!rule.matchers.every((m) => matches(a, m))) continue;
    return {
      rule,
      action: rule.action,
      service,
      severity: rule.severityMap[a.severity] ?? UNMAPPED_SEVERITY,
      groupKey: groupKeyFor(a, rule.groupBy, service),
      title: renderTemplate(rule.titleTemplate, a, service),
    };
  }
  const service = serviceFor(a, null, knownSlugs, sourceDefault);
  return { rule: null, action: 'record', service, severity: UNMAPPED_SEVERITY, groupKey: groupKeyFor(a, ['alertname'], service), title: a.summary.slice(0, 200) };
}

/** More than `count` status changes within the window: flapping. */
export function isFlapping(transitionsInWindow: number, count: number): boolean {
  return transitionsInWindow > count;
}
