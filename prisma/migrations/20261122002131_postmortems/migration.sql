-- CreateEnum
CREATE TYPE "FactorKind" AS ENUM ('trigger', 'root_cause', 'contributing', 'mitigating');

-- CreateEnum
CREATE TYPE "FactorCategory" AS ENUM ('configuration_change', 'credential_expiry', 'capacity', 'deployment', 'dependency_failure', 'network', 'dns', 'database', 'monitoring_gap', 'process_gap', 'other');

-- CreateEnum
CREATE TYPE "PostmortemStatus" AS ENUM ('draft', 'in_review', 'published');

-- CreateEnum
CREATE TYPE "ReviewDecision" AS ENUM ('pending', 'approved', 'changes_requested');

-- CreateEnum
CREATE TYPE "ActionItemKind" AS ENUM ('prevent', 'detect', 'mitigate', 'process');

-- CreateEnum
CREATE TYPE "ActionItemPriority" AS ENUM ('P1', 'P2', 'P3', 'P4');

-- CreateEnum
CREATE TYPE "ActionItemStatus" AS ENUM ('open', 'in_progress', 'done', 'wont_do');

-- CreateTable
CREATE TABLE "IncidentFactor" (
    "id" UUID NOT NULL,
    "incidentId" UUID NOT NULL,
    "kind" "FactorKind" NOT NULL,
    "category" "FactorCategory" NOT NULL,
    "description" TEXT NOT NULL,
    "fiveWhys" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "position" INTEGER NOT NULL DEFAULT 0,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "IncidentFactor_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "IncidentDetection" (
    "incidentId" UUID NOT NULL,
    "method" TEXT NOT NULL DEFAULT '',
    "detectedBy" TEXT NOT NULL DEFAULT '',
    "whyNotEarlier" TEXT NOT NULL DEFAULT '',
    "version" INTEGER NOT NULL DEFAULT 1,
    "updatedById" UUID,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "IncidentDetection_pkey" PRIMARY KEY ("incidentId")
);

-- CreateTable
CREATE TABLE "Postmortem" (
    "id" UUID NOT NULL,
    "incidentId" UUID NOT NULL,
    "status" "PostmortemStatus" NOT NULL DEFAULT 'draft',
    "authorUserId" UUID,
    "version" INTEGER NOT NULL DEFAULT 1,
    "submittedAt" TIMESTAMP(3),
    "publishedAt" TIMESTAMP(3),
    "publishedById" UUID,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Postmortem_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PostmortemSection" (
    "id" UUID NOT NULL,
    "postmortemId" UUID NOT NULL,
    "key" TEXT NOT NULL,
    "body" TEXT NOT NULL DEFAULT '',
    "version" INTEGER NOT NULL DEFAULT 1,
    "updatedById" UUID,
    "updatedBy" TEXT NOT NULL DEFAULT '',
    "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PostmortemSection_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PostmortemReviewer" (
    "postmortemId" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "decision" "ReviewDecision" NOT NULL DEFAULT 'pending',
    "comment" TEXT NOT NULL DEFAULT '',
    "decidedAt" TIMESTAMP(3),

    CONSTRAINT "PostmortemReviewer_pkey" PRIMARY KEY ("postmortemId","userId")
);

-- CreateTable
CREATE TABLE "ActionItem" (
    "id" UUID NOT NULL,
    "incidentId" UUID NOT NULL,
    "kind" "ActionItemKind" NOT NULL,
    "title" TEXT NOT NULL,
    "ownerUserId" UUID,
    "dueDate" DATE,
    "priority" "ActionItemPriority" NOT NULL DEFAULT 'P3',
    "status" "ActionItemStatus" NOT NULL DEFAULT 'open',
    "externalUrl" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "completedAt" TIMESTAMP(3),

    CONSTRAINT "ActionItem_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "IncidentFactor_incidentId_position_idx" ON "IncidentFactor"("incidentId", "position");

-- CreateIndex
CREATE INDEX "IncidentFactor_category_kind_idx" ON "IncidentFactor"("category", "kind");

-- CreateIndex
CREATE UNIQUE INDEX "Postmortem_incidentId_key" ON "Postmortem"("incidentId");

-- CreateIndex
CREATE INDEX "Postmortem_status_publishedAt_idx" ON "Postmortem"("status", "publishedAt");

-- CreateIndex
CREATE UNIQUE INDEX "PostmortemSection_postmortemId_key_key" ON "PostmortemSection"("postmortemId", "key");

-- CreateIndex
CREATE INDEX "PostmortemReviewer_userId_idx" ON "PostmortemReviewer"("userId");

-- CreateIndex
CREATE INDEX "ActionItem_incidentId_idx" ON "ActionItem"("incidentId");

-- CreateIndex
CREATE INDEX "ActionItem_ownerUserId_status_idx" ON "ActionItem"("ownerUserId", "status");

-- CreateIndex
CREATE INDEX "ActionItem_status_dueDate_idx" ON "ActionItem"("status", "dueDate");

-- AddForeignKey
ALTER TABLE "IncidentFactor" ADD CONSTRAINT "IncidentFactor_incidentId_fkey" FOREIGN KEY ("incidentId") REFERENCES "Incident"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IncidentDetection" ADD CONSTRAINT "IncidentDetection_incidentId_fkey" FOREIGN KEY ("incidentId") REFERENCES "Incident"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Postmortem" ADD CONSTRAINT "Postmortem_incidentId_fkey" FOREIGN KEY ("incidentId") REFERENCES "Incident"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Postmortem" ADD CONSTRAINT "Postmortem_authorUserId_fkey" FOREIGN KEY ("authorUserId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PostmortemSection" ADD CONSTRAINT "PostmortemSection_postmortemId_fkey" FOREIGN KEY ("postmortemId") REFERENCES "Postmortem"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PostmortemReviewer" ADD CONSTRAINT "PostmortemReviewer_postmortemId_fkey" FOREIGN KEY ("postmortemId") REFERENCES "Postmortem"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PostmortemReviewer" ADD CONSTRAINT "PostmortemReviewer_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActionItem" ADD CONSTRAINT "ActionItem_incidentId_fkey" FOREIGN KEY ("incidentId") REFERENCES "Incident"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActionItem" ADD CONSTRAINT "ActionItem_ownerUserId_fkey" FOREIGN KEY ("ownerUserId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
