-- AlterTable
ALTER TABLE "ActionItem" ADD COLUMN     "overdueRemindedAt" TIMESTAMP(3),
ADD COLUMN     "overdueRemindedFor" DATE;

-- CreateTable
CREATE TABLE "IncidentFactorKnownIssue" (
    "factorId" UUID NOT NULL,
    "knownIssueId" UUID NOT NULL,
    "linkedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "linkedBy" TEXT NOT NULL,

    CONSTRAINT "IncidentFactorKnownIssue_pkey" PRIMARY KEY ("factorId","knownIssueId")
);

-- CreateIndex
CREATE INDEX "IncidentFactorKnownIssue_knownIssueId_idx" ON "IncidentFactorKnownIssue"("knownIssueId");

-- AddForeignKey
ALTER TABLE "IncidentFactorKnownIssue" ADD CONSTRAINT "IncidentFactorKnownIssue_factorId_fkey" FOREIGN KEY ("factorId") REFERENCES "IncidentFactor"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IncidentFactorKnownIssue" ADD CONSTRAINT "IncidentFactorKnownIssue_knownIssueId_fkey" FOREIGN KEY ("knownIssueId") REFERENCES "KnownIssue"("id") ON DELETE CASCADE ON UPDATE CASCADE;
