import 'server-only';
// Routing rules (admins): list (a source's own, then the global ones, in order), create,
// update, delete. A regex matcher that does not compile is refused with 422 naming it, so the
// worker never meets one. Each write and its audit record are one transaction.
import type { Actor } from '../auth/actor.ts';
import { requireRole } from '../auth/roles.ts';
import { recordAudit } from '../audit/record-audit.ts';
import type { Db, DbTx } from '../db/client.ts';
import { AppError, notFound, type ErrorIssue } from '../errors/app-error.ts';
import { findServiceIdBySlug } from './create-alert-source.ts';
import { ruleSelect } from './load-rules.ts';
import { safeRegex } from './route-decision.ts';
import { toRuleOutput } from './rule-output.ts';
import type { AlertRuleOutput, CreateAlertRuleInput, MatcherInput, UpdateAlertRuleInput } from './schemas.ts';

export function checkMatchers(matchers: MatcherInput[] | undefined): void {
  const issues: ErrorIssue[] = [];
  matchers?.forEach((m, i) => {
    if (m.op === 'regex' && !safeRegex(m.value)) issues.push({ path: `matchers.${i}.value`, message: `Not a valid regular expression: ${m.value}` });
    if (m.op === 'equals' && m.value === '') issues.push({ path: `matchers.${i}.value`, message: 'Give the value to compare with.' });
  });
  if (issues.length) throw new AppError('invalid', `Some fields are not valid: ${issues.map((i) => i.path).join(', ')}.`, { issues });
}

export async function listAlertRules(db: DbTx, { actor, sourceId }: { actor: Actor; sourceId?: string }): Promise<{ items: AlertRuleOutput[] }> {
  requireRole(actor, 'admin');
  const rows = await db.alertRule.findMany({
    where: sourceId ? { OR: [{ sourceId }, { sourceId: null }] } : {},
    orderBy: [{ position: 'asc' }, { createdAt: 'asc' }, { id: 'asc' }],
    select: { ...ruleSelect, sourceId: true },
  });
  const ordered = sourceId ? [...rows.filter((r) => r.sourceId === sourceId), ...rows.filter((r) => r.sourceId === null)] : rows;
  return { items: ordered.map(toRuleOutput) };
}

export async function createAlertRule(db: Db, { actor, input }: { actor: Actor; input: CreateAlertRuleInput }): Promise<AlertRuleOutput> {
  requireRole(actor, 'admin');
  checkMatchers(input.matchers);
  return db.$transaction(async (tx) => {
    if (input.source && !(await tx.alertSource.findUnique({ where: { id: input.source }, select: { id: true } }))) {
      throw new AppError('invalid', 'Some fields are not valid: source.', { issues: [{ path: 'source', message: 'There is no such alert source.' }] });
    }
    const serviceId = await findServiceIdBySlug(tx, input.service);
    const last = await tx.alertRule.aggregate({ where: { sourceId: input.source }, _max: { position: true } });
    const { source, service: _s, position, ...fields } = input;
    void _s;
    const rule = await tx.alertRule.create({ data: { ...fields, sourceId: source, serviceId, position: position ?? (last._max.position ?? 0) + 10 }, select: ruleSelect });
    await recordAudit(tx, actor, { action: 'alert_rule.created', entityType: 'alert_rule', entityId: rule.id, after: input });
    return toRuleOutput(rule);
  });
}

export async function updateAlertRule(db: Db, { actor, id, input }: { actor: Actor; id: string; input: UpdateAlertRuleInput }): Promise<AlertRuleOutput> {
  requireRole(actor, 'admin');
  checkMatchers(input.matchers);
  return db.$transaction(async (tx) => {
    const before = await tx.alertRule.findUnique({ where: { id }, select: ruleSelect });
    if (!before) throw notFound('Alert rule');
    const { service, ...fields } = input;
    const serviceId = service === undefined ? undefined : await findServiceIdBySlug(tx, service);
    const rule = await tx.alertRule.update({ where: { id }, data: { ...fields, serviceId }, select: ruleSelect });
    await recordAudit(tx, actor, { action: 'alert_rule.updated', entityType: 'alert_rule', entityId: id, before: toRuleOutput(before), after: input });
    return toRuleOutput(rule);
  });
}

export async function deleteAlertRule(db: Db, { actor, id }: { actor: Actor; id: string }): Promise<void> {
  requireRole(actor, 'admin');
  await db.$transaction(async (tx) => {
    const before = await tx.alertRule.findUnique({ where: { id }, select: ruleSelect });
    if (!before) throw notFound('Alert rule');
    await tx.alertRule.delete({ where: { id } });
    await recordAudit(tx, actor, { action: 'alert_rule.deleted', entityType: 'alert_rule', entityId: id, before: toRuleOutput(before) });
  });
}
