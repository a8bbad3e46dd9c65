import 'server-only';
// The one UPDATE that stores search documents (weighted tsvector + trigram text) for incidents
// and postmortems, one row or a batch at a time, and their words in the typo vocabulary. Known issues write theirs with their content
// (index-known-issue.ts), since that table also keeps the typo vocabulary.
import type { DbTx } from '../db/client.ts';
import { Prisma } from '../db/generated/client.ts';
import type { SearchDocument } from './documents.ts';
import { pinyinVocabularyOf } from './pinyin.ts';
import { recordPinyin, recordSearchTerms, vocabularyOf } from './typo.ts';

const tables = { incident: Prisma.raw('"Incident"'), postmortem: Prisma.raw('"Postmortem"') } as const;

export async function writeSearchDocuments(tx: DbTx, table: keyof typeof tables, docs: { id: string; doc: SearchDocument }[]): Promise<void> {
  if (docs.length === 0) return;
  await tx.$executeRaw`
    UPDATE ${tables[table]} x
       SET "searchVector" = setweight(to_tsvector('simple', d.a), 'A')
                         || setweight(to_tsvector('simple', d.b), 'B')
                         || setweight(to_tsvector('simple', d.c), 'C'),
           "searchText" = d.t
      FROM unnest(${docs.map((d) => d.id)}::uuid[], ${docs.map((d) => d.doc.a)}::text[], ${docs.map((d) => d.doc.b)}::text[],
                  ${docs.map((d) => d.doc.c)}::text[], ${docs.map((d) => d.doc.trigram)}::text[]) AS d(id, a, b, c, t)
     WHERE x.id = d.id`;
  // Their words join the typo vocabulary, so a misspelt query finds incidents too.
  await recordSearchTerms(tx, vocabularyOf(...docs.flatMap((d) => [d.doc.a, d.doc.b, d.doc.c])));
  // Each document's pinyin bounded on its own (./pinyin.ts), duplicates left to ON CONFLICT.
  const pinyin = docs.map((d) => pinyinVocabularyOf(d.doc.a, d.doc.b, d.doc.c));
  await recordPinyin(tx, { keys: pinyin.flatMap((p) => p.keys), words: pinyin.flatMap((p) => p.words) });
}
