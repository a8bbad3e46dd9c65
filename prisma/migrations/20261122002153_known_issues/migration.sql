-- pg_trgm ships with PostgreSQL (contrib); the trigram index below needs it.
CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- CreateEnum
CREATE TYPE "KnownIssueStatus" AS ENUM ('active', 'fixed', 'obsolete');

-- CreateTable
CREATE TABLE "KnownIssue" (
    "id" UUID NOT NULL,
    "title" TEXT NOT NULL,
    "symptoms" TEXT NOT NULL DEFAULT '',
    "errorSignatures" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "cause" TEXT NOT NULL DEFAULT '',
    "workaround" TEXT NOT NULL DEFAULT '',
    "resolution" TEXT NOT NULL DEFAULT '',
    "status" "KnownIssueStatus" NOT NULL DEFAULT 'active',
    "tags" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "authorId" UUID,
    "ownerTeamId" UUID,
    "lastReviewedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "searchVector" tsvector,
    "searchText" TEXT NOT NULL DEFAULT '',

    CONSTRAINT "KnownIssue_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "KnownIssueService" (
    "knownIssueId" UUID NOT NULL,
    "serviceId" UUID NOT NULL,

    CONSTRAINT "KnownIssueService_pkey" PRIMARY KEY ("knownIssueId","serviceId")
);

-- CreateTable
CREATE TABLE "KnownIssueIncident" (
    "knownIssueId" UUID NOT NULL,
    "incidentId" UUID NOT NULL,
    "linkedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "linkedBy" TEXT NOT NULL,

    CONSTRAINT "KnownIssueIncident_pkey" PRIMARY KEY ("knownIssueId","incidentId")
);

-- CreateTable
CREATE TABLE "KnownIssueRevision" (
    "id" UUID NOT NULL,
    "knownIssueId" UUID NOT NULL,
    "version" INTEGER NOT NULL,
    "snapshot" JSONB NOT NULL,
    "editedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "editedById" UUID,
    "editedBy" TEXT NOT NULL,

    CONSTRAINT "KnownIssueRevision_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "KnownIssue_updatedAt_id_idx" ON "KnownIssue"("updatedAt", "id");

-- CreateIndex
CREATE INDEX "KnownIssue_status_updatedAt_idx" ON "KnownIssue"("status", "updatedAt");

-- CreateIndex
CREATE INDEX "KnownIssue_tags_idx" ON "KnownIssue" USING GIN ("tags");

-- CreateIndex
CREATE INDEX "KnownIssue_searchVector_idx" ON "KnownIssue" USING GIN ("searchVector");

-- CreateIndex
CREATE INDEX "KnownIssue_searchText_idx" ON "KnownIssue" USING GIN ("searchText" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "KnownIssueService_serviceId_idx" ON "KnownIssueService"("serviceId");

-- CreateIndex
CREATE INDEX "KnownIssueIncident_incidentId_idx" ON "KnownIssueIncident"("incidentId");

-- CreateIndex
CREATE UNIQUE INDEX "KnownIssueRevision_knownIssueId_version_key" ON "KnownIssueRevision"("knownIssueId", "version");

-- AddForeignKey
ALTER TABLE "KnownIssue" ADD CONSTRAINT "KnownIssue_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "KnownIssue" ADD CONSTRAINT "KnownIssue_ownerTeamId_fkey" FOREIGN KEY ("ownerTeamId") REFERENCES "Team"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "KnownIssueService" ADD CONSTRAINT "KnownIssueService_knownIssueId_fkey" FOREIGN KEY ("knownIssueId") REFERENCES "KnownIssue"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "KnownIssueService" ADD CONSTRAINT "KnownIssueService_serviceId_fkey" FOREIGN KEY ("serviceId") REFERENCES "Service"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "KnownIssueIncident" ADD CONSTRAINT "KnownIssueIncident_knownIssueId_fkey" FOREIGN KEY ("knownIssueId") REFERENCES "KnownIssue"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "KnownIssueIncident" ADD CONSTRAINT "KnownIssueIncident_incidentId_fkey" FOREIGN KEY ("incidentId") REFERENCES "Incident"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "KnownIssueRevision" ADD CONSTRAINT "KnownIssueRevision_knownIssueId_fkey" FOREIGN KEY ("knownIssueId") REFERENCES "KnownIssue"("id") ON DELETE CASCADE ON UPDATE CASCADE;
