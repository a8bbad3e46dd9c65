import 'server-only';
// Writes a known issue's search document, inside the transaction of the write that changed
// it, so search never sees an entry without its document (or with a stale one). Weights:
// A = title + error signatures, B = symptoms, C = cause, workaround, fix and tags. The
// trigram text (title + signatures) gives typo-tolerant matching of the words people paste.
import type { DbTx } from '../db/client.ts';
import { normalizeForIndex, normalizeForTrigram } from './normalize.ts';

export async function indexKnownIssue(tx: DbTx, id: string): Promise<void> {
  const row = await tx.knownIssue.findUnique({
    where: { id },
    select: { title: true, symptoms: true, errorSignatures: true, cause: true, workaround: true, resolution: true, tags: true },
  });
  if (!row) return;
  const a = normalizeForIndex([row.title, ...row.errorSignatures].join('\n'));
  const b = normalizeForIndex(row.symptoms);
  const c = normalizeForIndex([row.cause, row.workaround, row.resolution, ...row.tags].join('\n'));
  const trigram = normalizeForTrigram([row.title, ...row.errorSignatures].join('\n'));
  await tx.$executeRaw`
    UPDATE "KnownIssue"
       SET "searchVector" = setweight(to_tsvector('simple', ${a}), 'A')
                         || setweight(to_tsvector('simple', ${b}), 'B')
                         || setweight(to_tsvector('simple', ${c}), 'C'),
           "searchText" = ${trigram}
     WHERE id = ${id}::uuid`;
}
