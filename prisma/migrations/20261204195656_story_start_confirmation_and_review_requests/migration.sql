-- AlterEnum
ALTER TYPE "NotificationEvent" ADD VALUE 'postmortem_review_requested';

-- AlterTable
ALTER TABLE "ChangeEvent" ADD COLUMN     "startedEarly" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "startedUnacknowledgedTeams" TEXT[] DEFAULT ARRAY[]::TEXT[];
