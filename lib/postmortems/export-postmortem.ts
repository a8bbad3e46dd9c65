import 'server-only';
// The Markdown export of an incident's postmortem (every signed-in person may read it).
import type { Actor } from '../auth/actor.ts';
import type { DbTx } from '../db/client.ts';
import { listActionItems } from '../action-items/list-action-items.ts';
import { listFactors } from '../root-causes/list-factors.ts';
import { getPostmortem } from './get-postmortem.ts';
import { renderPostmortemMarkdown } from './render-markdown-export.ts';

export async function exportPostmortemMarkdown(db: DbTx, { actor, ref }: { actor: Actor; ref: string }): Promise<{ markdown: string; reference: string }> {
  const pm = await getPostmortem(db, { actor, ref });
  const [analysis, items] = await Promise.all([
    listFactors(db, { actor, ref: pm.incidentId }),
    listActionItems(db, { actor, query: { incident: pm.incidentId, limit: 200 } }),
  ]);
  return { markdown: renderPostmortemMarkdown(pm, analysis.items, items.items, analysis.detection), reference: pm.reference };
}
