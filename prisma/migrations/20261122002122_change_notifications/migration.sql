-- CreateEnum
CREATE TYPE "ChangeKind" AS ENUM ('configuration', 'deployment', 'credential', 'infrastructure', 'database', 'network', 'other');

-- CreateEnum
CREATE TYPE "ChangeRisk" AS ENUM ('low', 'medium', 'high');

-- CreateEnum
CREATE TYPE "ChangeStatus" AS ENUM ('scheduled', 'in_progress', 'completed', 'rolled_back', 'cancelled');

-- CreateEnum
CREATE TYPE "NotificationEvent" AS ENUM ('change_announced', 'change_starting', 'change_completed', 'incident_declared', 'incident_updated', 'incident_resolved', 'postmortem_published');

-- CreateEnum
CREATE TYPE "ChannelType" AS ENUM ('email', 'webhook', 'slack', 'wecom', 'dingtalk', 'feishu', 'inbox');

-- CreateEnum
CREATE TYPE "NotificationStatus" AS ENUM ('pending', 'sent', 'failed', 'dead');

-- CreateTable
CREATE TABLE "ChangeEvent" (
    "id" UUID NOT NULL,
    "serviceId" UUID NOT NULL,
    "kind" "ChangeKind" NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "risk" "ChangeRisk" NOT NULL DEFAULT 'medium',
    "scheduledAt" TIMESTAMP(3) NOT NULL,
    "expectedImpact" TEXT NOT NULL DEFAULT '',
    "rollbackPlan" TEXT NOT NULL DEFAULT '',
    "externalRef" TEXT NOT NULL DEFAULT '',
    "externalId" TEXT,
    "status" "ChangeStatus" NOT NULL DEFAULT 'scheduled',
    "announcedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "noticePeriodHours" INTEGER NOT NULL,
    "shortNotice" BOOLEAN NOT NULL,
    "announcedById" UUID,
    "announcedByLabel" TEXT NOT NULL,
    "startedAt" TIMESTAMP(3),
    "finishedAt" TIMESTAMP(3),
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ChangeEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Subscription" (
    "id" UUID NOT NULL,
    "userId" UUID,
    "teamId" UUID,
    "serviceId" UUID NOT NULL,
    "includeDependencies" BOOLEAN NOT NULL DEFAULT false,
    "events" "NotificationEvent"[],
    "channelType" "ChannelType" NOT NULL,
    "channelConfig" JSONB NOT NULL,
    "createdById" UUID,
    "createdByLabel" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Subscription_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AutoSubscriptionOptOut" (
    "teamId" UUID NOT NULL,
    "serviceId" UUID NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AutoSubscriptionOptOut_pkey" PRIMARY KEY ("teamId","serviceId")
);

-- CreateTable
CREATE TABLE "NotificationMessage" (
    "id" UUID NOT NULL,
    "event" "NotificationEvent" NOT NULL,
    "subjectType" TEXT NOT NULL,
    "subjectId" TEXT NOT NULL,
    "recipientUserId" UUID,
    "recipientTeamId" UUID,
    "subscriptionId" UUID,
    "channelType" "ChannelType" NOT NULL,
    "reason" TEXT NOT NULL,
    "payload" JSONB NOT NULL,
    "status" "NotificationStatus" NOT NULL DEFAULT 'pending',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "nextAttemptAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastError" TEXT,
    "receiverAnswer" TEXT,
    "sentAt" TIMESTAMP(3),
    "readAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "NotificationMessage_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ChangeEvent_scheduledAt_id_idx" ON "ChangeEvent"("scheduledAt", "id");

-- CreateIndex
CREATE INDEX "ChangeEvent_serviceId_scheduledAt_idx" ON "ChangeEvent"("serviceId", "scheduledAt");

-- CreateIndex
CREATE INDEX "ChangeEvent_status_scheduledAt_idx" ON "ChangeEvent"("status", "scheduledAt");

-- CreateIndex
CREATE UNIQUE INDEX "ChangeEvent_serviceId_externalId_key" ON "ChangeEvent"("serviceId", "externalId");

-- CreateIndex
CREATE INDEX "Subscription_serviceId_idx" ON "Subscription"("serviceId");

-- CreateIndex
CREATE INDEX "Subscription_userId_idx" ON "Subscription"("userId");

-- CreateIndex
CREATE INDEX "Subscription_teamId_idx" ON "Subscription"("teamId");

-- CreateIndex
CREATE INDEX "AutoSubscriptionOptOut_serviceId_idx" ON "AutoSubscriptionOptOut"("serviceId");

-- CreateIndex
CREATE INDEX "NotificationMessage_status_nextAttemptAt_idx" ON "NotificationMessage"("status", "nextAttemptAt");

-- CreateIndex
CREATE INDEX "NotificationMessage_subjectType_subjectId_createdAt_idx" ON "NotificationMessage"("subjectType", "subjectId", "createdAt");

-- CreateIndex
CREATE INDEX "NotificationMessage_recipientUserId_channelType_createdAt_idx" ON "NotificationMessage"("recipientUserId", "channelType", "createdAt");

-- CreateIndex
CREATE INDEX "NotificationMessage_recipientTeamId_channelType_createdAt_idx" ON "NotificationMessage"("recipientTeamId", "channelType", "createdAt");

-- CreateIndex
CREATE INDEX "NotificationMessage_subscriptionId_idx" ON "NotificationMessage"("subscriptionId");

-- AddForeignKey
ALTER TABLE "ChangeEvent" ADD CONSTRAINT "ChangeEvent_serviceId_fkey" FOREIGN KEY ("serviceId") REFERENCES "Service"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ChangeEvent" ADD CONSTRAINT "ChangeEvent_announcedById_fkey" FOREIGN KEY ("announcedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Subscription" ADD CONSTRAINT "Subscription_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Subscription" ADD CONSTRAINT "Subscription_teamId_fkey" FOREIGN KEY ("teamId") REFERENCES "Team"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Subscription" ADD CONSTRAINT "Subscription_serviceId_fkey" FOREIGN KEY ("serviceId") REFERENCES "Service"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AutoSubscriptionOptOut" ADD CONSTRAINT "AutoSubscriptionOptOut_teamId_fkey" FOREIGN KEY ("teamId") REFERENCES "Team"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AutoSubscriptionOptOut" ADD CONSTRAINT "AutoSubscriptionOptOut_serviceId_fkey" FOREIGN KEY ("serviceId") REFERENCES "Service"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NotificationMessage" ADD CONSTRAINT "NotificationMessage_recipientUserId_fkey" FOREIGN KEY ("recipientUserId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NotificationMessage" ADD CONSTRAINT "NotificationMessage_recipientTeamId_fkey" FOREIGN KEY ("recipientTeamId") REFERENCES "Team"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NotificationMessage" ADD CONSTRAINT "NotificationMessage_subscriptionId_fkey" FOREIGN KEY ("subscriptionId") REFERENCES "Subscription"("id") ON DELETE SET NULL ON UPDATE CASCADE;
