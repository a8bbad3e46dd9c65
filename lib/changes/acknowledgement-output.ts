// One select and one mapper for acknowledgement answers.
import type { Prisma } from '../db/generated/client.ts';
import type { AcknowledgementOutput } from './acknowledgement-schemas.ts';

export const acknowledgementSelect = {
  requestedAt: true, acknowledgedAt: true, acknowledgedByLabel: true, note: true, remindedAt: true,
  team: { select: { slug: true, name: true } },
} satisfies Prisma.ChangeAcknowledgementSelect;

type Row = Prisma.ChangeAcknowledgementGetPayload<{ select: typeof acknowledgementSelect }>;

export function toAcknowledgementOutput(r: Row): AcknowledgementOutput {
  return {
    team: r.team,
    requestedAt: r.requestedAt.toISOString(),
    acknowledged: r.acknowledgedAt !== null,
    acknowledgedAt: r.acknowledgedAt?.toISOString() ?? null,
    acknowledgedBy: r.acknowledgedByLabel,
    note: r.note,
    remindedAt: r.remindedAt?.toISOString() ?? null,
  };
}
