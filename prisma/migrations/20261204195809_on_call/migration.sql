-- CreateEnum
CREATE TYPE "RotationUnit" AS ENUM ('hour', 'day', 'week');

-- CreateEnum
CREATE TYPE "EscalationStatus" AS ENUM ('active', 'acknowledged', 'resolved', 'exhausted');

-- CreateEnum
CREATE TYPE "PageStatus" AS ENUM ('sent', 'acknowledged', 'escalated', 'cancelled');

-- CreateEnum
CREATE TYPE "ContactMethodType" AS ENUM ('email', 'sms', 'chat', 'inbox');

-- AlterEnum
ALTER TYPE "ChannelType" ADD VALUE 'sms';

-- AlterEnum
-- This migration adds more than one value to an enum.
-- With PostgreSQL versions 11 and earlier, this is not possible
-- in a single migration. This can be worked around by creating
-- multiple migrations, each migration adding only one value to
-- the enum.


ALTER TYPE "NotificationEvent" ADD VALUE 'page';
ALTER TYPE "NotificationEvent" ADD VALUE 'oncall_handoff';

-- AlterTable
ALTER TABLE "Service" ADD COLUMN     "escalationPolicyId" UUID;

-- CreateTable
CREATE TABLE "OnCallSchedule" (
    "id" UUID NOT NULL,
    "teamId" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "timeZone" TEXT NOT NULL,
    "feedToken" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "OnCallSchedule_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "OnCallRotation" (
    "id" UUID NOT NULL,
    "scheduleId" UUID NOT NULL,
    "position" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "participantIds" UUID[],
    "lengthUnit" "RotationUnit" NOT NULL,
    "lengthCount" INTEGER NOT NULL,
    "handoffTime" TEXT NOT NULL,
    "startDate" TEXT NOT NULL,
    "restrictions" JSONB NOT NULL DEFAULT '[]',

    CONSTRAINT "OnCallRotation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "OnCallOverride" (
    "id" UUID NOT NULL,
    "scheduleId" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "startsAt" TIMESTAMP(3) NOT NULL,
    "endsAt" TIMESTAMP(3) NOT NULL,
    "createdById" UUID,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "OnCallOverride_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "OnCallHandoffNotice" (
    "scheduleId" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "shiftStart" TIMESTAMP(3) NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "OnCallHandoffNotice_pkey" PRIMARY KEY ("scheduleId","userId","shiftStart")
);

-- CreateTable
CREATE TABLE "EscalationPolicy" (
    "id" UUID NOT NULL,
    "teamId" UUID,
    "name" TEXT NOT NULL,
    "repeat" INTEGER NOT NULL DEFAULT 0,
    "severities" "Severity"[] DEFAULT ARRAY['SEV1', 'SEV2']::"Severity"[],
    "teamDefault" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "EscalationPolicy_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "EscalationLevel" (
    "id" UUID NOT NULL,
    "policyId" UUID NOT NULL,
    "position" INTEGER NOT NULL,
    "waitMinutes" INTEGER NOT NULL,
    "targets" JSONB NOT NULL,

    CONSTRAINT "EscalationLevel_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PageEscalation" (
    "id" UUID NOT NULL,
    "incidentId" UUID NOT NULL,
    "policyId" UUID,
    "status" "EscalationStatus" NOT NULL DEFAULT 'active',
    "round" INTEGER NOT NULL DEFAULT 0,
    "level" INTEGER NOT NULL DEFAULT 1,
    "nextAt" TIMESTAMP(3) NOT NULL,
    "urgency" TEXT NOT NULL DEFAULT 'high',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "PageEscalation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Page" (
    "id" UUID NOT NULL,
    "escalationId" UUID NOT NULL,
    "incidentId" UUID NOT NULL,
    "round" INTEGER NOT NULL,
    "level" INTEGER NOT NULL,
    "userId" UUID NOT NULL,
    "status" "PageStatus" NOT NULL DEFAULT 'sent',
    "sentAt" TIMESTAMP(3) NOT NULL,
    "acknowledgedAt" TIMESTAMP(3),
    "endedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Page_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PageLinkUse" (
    "nonce" TEXT NOT NULL,
    "pageId" UUID NOT NULL,
    "action" TEXT NOT NULL,
    "usedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PageLinkUse_pkey" PRIMARY KEY ("nonce")
);

-- CreateTable
CREATE TABLE "ContactMethod" (
    "id" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "type" "ContactMethodType" NOT NULL,
    "value" TEXT NOT NULL,
    "provider" TEXT,
    "config" JSONB,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ContactMethod_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "NotificationRule" (
    "id" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "urgency" TEXT NOT NULL,
    "contactMethodId" UUID NOT NULL,
    "delayMinutes" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "NotificationRule_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "OnCallFeedToken" (
    "userId" UUID NOT NULL,
    "token" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "OnCallFeedToken_pkey" PRIMARY KEY ("userId")
);

-- CreateIndex
CREATE UNIQUE INDEX "OnCallSchedule_feedToken_key" ON "OnCallSchedule"("feedToken");

-- CreateIndex
CREATE INDEX "OnCallSchedule_teamId_idx" ON "OnCallSchedule"("teamId");

-- CreateIndex
CREATE UNIQUE INDEX "OnCallRotation_scheduleId_position_key" ON "OnCallRotation"("scheduleId", "position");

-- CreateIndex
CREATE INDEX "OnCallOverride_scheduleId_startsAt_idx" ON "OnCallOverride"("scheduleId", "startsAt");

-- CreateIndex
CREATE INDEX "EscalationPolicy_teamId_idx" ON "EscalationPolicy"("teamId");

-- CreateIndex
CREATE UNIQUE INDEX "EscalationLevel_policyId_position_key" ON "EscalationLevel"("policyId", "position");

-- CreateIndex
CREATE INDEX "PageEscalation_status_nextAt_idx" ON "PageEscalation"("status", "nextAt");

-- CreateIndex
CREATE INDEX "PageEscalation_incidentId_idx" ON "PageEscalation"("incidentId");

-- CreateIndex
CREATE INDEX "Page_incidentId_sentAt_idx" ON "Page"("incidentId", "sentAt");

-- CreateIndex
CREATE INDEX "Page_userId_status_idx" ON "Page"("userId", "status");

-- CreateIndex
CREATE UNIQUE INDEX "Page_escalationId_round_level_userId_key" ON "Page"("escalationId", "round", "level", "userId");

-- CreateIndex
CREATE INDEX "ContactMethod_userId_idx" ON "ContactMethod"("userId");

-- CreateIndex
CREATE INDEX "NotificationRule_userId_urgency_idx" ON "NotificationRule"("userId", "urgency");

-- CreateIndex
CREATE UNIQUE INDEX "OnCallFeedToken_token_key" ON "OnCallFeedToken"("token");

-- AddForeignKey
ALTER TABLE "Service" ADD CONSTRAINT "Service_escalationPolicyId_fkey" FOREIGN KEY ("escalationPolicyId") REFERENCES "EscalationPolicy"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OnCallSchedule" ADD CONSTRAINT "OnCallSchedule_teamId_fkey" FOREIGN KEY ("teamId") REFERENCES "Team"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OnCallRotation" ADD CONSTRAINT "OnCallRotation_scheduleId_fkey" FOREIGN KEY ("scheduleId") REFERENCES "OnCallSchedule"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OnCallOverride" ADD CONSTRAINT "OnCallOverride_scheduleId_fkey" FOREIGN KEY ("scheduleId") REFERENCES "OnCallSchedule"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OnCallOverride" ADD CONSTRAINT "OnCallOverride_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OnCallHandoffNotice" ADD CONSTRAINT "OnCallHandoffNotice_scheduleId_fkey" FOREIGN KEY ("scheduleId") REFERENCES "OnCallSchedule"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EscalationPolicy" ADD CONSTRAINT "EscalationPolicy_teamId_fkey" FOREIGN KEY ("teamId") REFERENCES "Team"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EscalationLevel" ADD CONSTRAINT "EscalationLevel_policyId_fkey" FOREIGN KEY ("policyId") REFERENCES "EscalationPolicy"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PageEscalation" ADD CONSTRAINT "PageEscalation_incidentId_fkey" FOREIGN KEY ("incidentId") REFERENCES "Incident"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PageEscalation" ADD CONSTRAINT "PageEscalation_policyId_fkey" FOREIGN KEY ("policyId") REFERENCES "EscalationPolicy"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Page" ADD CONSTRAINT "Page_escalationId_fkey" FOREIGN KEY ("escalationId") REFERENCES "PageEscalation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Page" ADD CONSTRAINT "Page_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PageLinkUse" ADD CONSTRAINT "PageLinkUse_pageId_fkey" FOREIGN KEY ("pageId") REFERENCES "Page"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ContactMethod" ADD CONSTRAINT "ContactMethod_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NotificationRule" ADD CONSTRAINT "NotificationRule_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NotificationRule" ADD CONSTRAINT "NotificationRule_contactMethodId_fkey" FOREIGN KEY ("contactMethodId") REFERENCES "ContactMethod"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OnCallFeedToken" ADD CONSTRAINT "OnCallFeedToken_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;
