-- pg_trgm is created by the known-issues migration; repeated here because this index needs it.
CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- CreateTable
CREATE TABLE "SearchTerm" (
    "term" TEXT NOT NULL,

    CONSTRAINT "SearchTerm_pkey" PRIMARY KEY ("term")
);

-- CreateIndex
CREATE INDEX "SearchTerm_term_idx" ON "SearchTerm" USING GIN ("term" gin_trgm_ops);

-- The words of the entries indexed before this migration (lib/search/typo.ts keeps it current).
INSERT INTO "SearchTerm" ("term")
SELECT word FROM ts_stat('SELECT "searchVector" FROM "KnownIssue" WHERE "searchVector" IS NOT NULL')
 WHERE word ~ '^[a-z0-9]{4,32}$' AND word ~ '[a-z]'
ON CONFLICT DO NOTHING;
