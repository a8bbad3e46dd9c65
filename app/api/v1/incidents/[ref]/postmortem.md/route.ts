// The whole postmortem as Markdown, for archiving or pasting elsewhere.
import { apiRoute } from '@/lib/api/route';
import { exportPostmortemMarkdown } from '@/lib/postmortems/export-postmortem';
import { postmortemParams } from '@/lib/postmortems/schemas';

export const GET = apiRoute({ role: 'viewer', params: postmortemParams, route: '/api/v1/incidents/[ref]/postmortem.md' }, async ({ db, actor, params }) => {
  const { markdown, reference } = await exportPostmortemMarkdown(db, { actor, ref: params.ref });
  return new Response(markdown, {
    headers: { 'content-type': 'text/markdown; charset=utf-8', 'content-disposition': `inline; filename="${reference}-postmortem.md"` },
  });
});
