-- CreateEnum
CREATE TYPE "BackupKind" AS ENUM ('logical', 'base');

-- CreateEnum
CREATE TYPE "BackupStatus" AS ENUM ('succeeded', 'failed');

-- CreateTable
CREATE TABLE "Backup" (
    "id" UUID NOT NULL,
    "kind" "BackupKind" NOT NULL DEFAULT 'logical',
    "trigger" TEXT NOT NULL,
    "status" "BackupStatus" NOT NULL,
    "startedAt" TIMESTAMP(3) NOT NULL,
    "finishedAt" TIMESTAMP(3) NOT NULL,
    "durationMs" INTEGER NOT NULL,
    "sizeBytes" BIGINT,
    "path" TEXT,
    "rows" INTEGER,
    "error" TEXT,
    "verifiedAt" TIMESTAMP(3),
    "verifyOk" BOOLEAN,
    "verifyError" TEXT,
    "prunedAt" TIMESTAMP(3),

    CONSTRAINT "Backup_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Backup_kind_status_startedAt_idx" ON "Backup"("kind", "status", "startedAt");
