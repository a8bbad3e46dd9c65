import 'server-only';
// Writes a known issue's search document, inside the transaction of the write that changed
// it, so search never sees an entry without its document (or with a stale one). Weights:
// A = title + error signatures, B = symptoms, C = cause, workaround, fix and tags. The
// trigram text (title + signatures) gives typo-tolerant matching of the words people paste;
// the document's English words join the typo-correction vocabulary (./typo.ts).
import type { DbTx } from '../db/client.ts';
import { normalizeForIndex, normalizeForTrigram } from './normalize.ts';
import { pinyinVocabularyOf } from './pinyin.ts';
import { recordPinyin, recordSearchTerms, vocabularyOf } from './typo.ts';

export interface KnownIssueText {
  title: string;
  symptoms: string;
  errorSignatures: string[];
  cause: string;
  workaround: string;
  resolution: string;
  tags: string[];
}

/** The normalised text of each weight, the trigram text and the vocabulary: everything the index stores. */
export function knownIssueSearchDocument(row: KnownIssueText): { a: string; b: string; c: string; trigram: string; vocabulary: string[] } {
  const a = normalizeForIndex([row.title, ...row.errorSignatures].join('\n'));
  const b = normalizeForIndex(row.symptoms);
  const c = normalizeForIndex([row.cause, row.workaround, row.resolution, ...row.tags].join('\n'));
  const trigram = normalizeForTrigram([row.title, ...row.errorSignatures].join('\n'));
  return { a, b, c, trigram, vocabulary: vocabularyOf(a, b, c) };
}

export async function indexKnownIssue(tx: DbTx, id: string): Promise<void> {
  const row = await tx.knownIssue.findUnique({
    where: { id },
    select: { title: true, symptoms: true, errorSignatures: true, cause: true, workaround: true, resolution: true, tags: true },
  });
  if (!row) return;
  const { a, b, c, trigram, vocabulary } = knownIssueSearchDocument(row);
  await tx.$executeRaw`
    UPDATE "KnownIssue"
       SET "searchVector" = setweight(to_tsvector('simple', ${a}), 'A')
                         || setweight(to_tsvector('simple', ${b}), 'B')
                         || setweight(to_tsvector('simple', ${c}), 'C'),
           "searchText" = ${trigram}
     WHERE id = ${id}::uuid`;
  await recordSearchTerms(tx, vocabulary);
  await recordPinyin(tx, pinyinVocabularyOf(a, b, c));
}
