import 'server-only';
// A person's own contact methods and notification rules (each person manages only their own;
// the API shows a chat robot's URL masked, never whole).
import type { Actor } from '../auth/actor.ts';
import type { Db, DbTx } from '../db/client.ts';
import type { Prisma } from '../db/generated/client.ts';
import { AppError } from '../errors/app-error.ts';
import { maskUrl } from '../subscriptions/channels.ts';
import type { ContactMethodInput, ContactMethodOutput, SetNotificationRulesInput } from './schemas.ts';

function requirePerson(actor: Actor): string {
  if (!actor.userId) throw new AppError('forbidden', 'Contact methods belong to a signed-in person.');
  return actor.userId;
}

const toOutput = (m: { id: string; type: ContactMethodOutput['type']; value: string; provider: string | null; config: unknown }): ContactMethodOutput => ({
  id: m.id,
  type: m.type,
  value: m.type === 'chat' ? `${m.value} · ${maskUrl(String((m.config as Record<string, unknown> | null)?.url ?? ''))}` : m.value,
  provider: m.provider,
});

export async function listContactMethods(db: DbTx, { actor }: { actor: Actor }) {
  const userId = requirePerson(actor);
  const [methods, rules] = await Promise.all([
    db.contactMethod.findMany({ where: { userId }, orderBy: { createdAt: 'asc' }, select: { id: true, type: true, value: true, provider: true, config: true } }),
    db.notificationRule.findMany({ where: { userId }, orderBy: [{ urgency: 'asc' }, { delayMinutes: 'asc' }], select: { id: true, urgency: true, contactMethodId: true, delayMinutes: true } }),
  ]);
  return { methods: methods.map(toOutput), rules };
}

export async function addContactMethod(db: DbTx, { actor, input }: { actor: Actor; input: ContactMethodInput }): Promise<ContactMethodOutput> {
  const userId = requirePerson(actor);
  const config = input.type === 'chat' ? ({ url: input.url, ...(input.secret ? { secret: input.secret } : {}) } as Prisma.InputJsonValue) : undefined;
  const row = await db.contactMethod.create({
    data: { userId, type: input.type, value: input.type === 'inbox' ? '' : input.value, provider: input.type === 'chat' ? input.provider : null, ...(config ? { config } : {}) },
    select: { id: true, type: true, value: true, provider: true, config: true },
  });
  return toOutput(row);
}

export async function removeContactMethod(db: DbTx, { actor, id }: { actor: Actor; id: string }): Promise<void> {
  const userId = requirePerson(actor);
  const { count } = await db.contactMethod.deleteMany({ where: { id, userId } });
  if (count === 0) throw new AppError('not_found', `Contact method ${id} not found.`);
}

/** Replaces the person's rules; each must name one of their own contact methods. */
export async function setNotificationRules(db: Db, { actor, input }: { actor: Actor; input: SetNotificationRulesInput }) {
  const userId = requirePerson(actor);
  return db.$transaction(async (tx) => {
    const own = new Set((await tx.contactMethod.findMany({ where: { userId }, select: { id: true } })).map((m) => m.id));
    const issues = input.rules.flatMap((r, i) => (own.has(r.contactMethodId) ? [] : [{ path: `rules.${i}.contactMethodId`, message: 'Not one of your contact methods.' }]));
    if (issues.length) throw new AppError('invalid', 'Some rules name a contact method that is not yours.', { issues });
    await tx.notificationRule.deleteMany({ where: { userId } });
    await tx.notificationRule.createMany({ data: input.rules.map((r) => ({ userId, ...r })) });
    return { rules: input.rules };
  });
}
