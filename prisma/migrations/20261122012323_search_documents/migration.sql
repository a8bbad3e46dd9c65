CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- AlterTable
ALTER TABLE "Incident" ADD COLUMN     "searchText" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "searchVector" tsvector;

-- AlterTable
ALTER TABLE "KnownIssue" ADD COLUMN     "reviewRemindedAt" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "Postmortem" ADD COLUMN     "searchText" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "searchVector" tsvector;

-- CreateIndex
CREATE INDEX "Incident_searchVector_idx" ON "Incident" USING GIN ("searchVector");

-- CreateIndex
CREATE INDEX "Incident_searchText_idx" ON "Incident" USING GIN ("searchText" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "Postmortem_searchVector_idx" ON "Postmortem" USING GIN ("searchVector");

-- CreateIndex
CREATE INDEX "Postmortem_searchText_idx" ON "Postmortem" USING GIN ("searchText" gin_trgm_ops);
