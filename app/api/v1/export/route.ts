import { apiRoute } from '@/lib/api/route';
import { exportFileName, exportWorkspaceStream } from '@/lib/export/export-stream';

export const GET = apiRoute({ role: 'admin', route: '/api/v1/export' }, async ({ db, actor }) => {
  const now = new Date();
  return new Response(exportWorkspaceStream(db, { actor, now }), {
    headers: {
      'content-type': 'application/json; charset=utf-8',
      'content-disposition': `attachment; filename="${exportFileName(now)}"`,
      'cache-control': 'no-store',
    },
  });
});
