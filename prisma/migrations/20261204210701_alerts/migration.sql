-- CreateEnum
CREATE TYPE "AlertSourceType" AS ENUM ('alertmanager', 'grafana', 'events', 'checks');

-- CreateEnum
CREATE TYPE "AlertStatus" AS ENUM ('firing', 'acknowledged', 'resolved');

-- CreateEnum
CREATE TYPE "AlertRuleAction" AS ENUM ('declare', 'attach', 'record', 'suppress', 'page');

-- CreateEnum
CREATE TYPE "AlertResolveAction" AS ENUM ('note', 'monitoring', 'resolve');

-- CreateEnum
CREATE TYPE "AlertResolveOn" AS ENUM ('first', 'last', 'all');

-- AlterEnum
ALTER TYPE "NotificationEvent" ADD VALUE 'alert_recorded';

-- CreateTable
CREATE TABLE "AlertSource" (
    "id" UUID NOT NULL,
    "type" "AlertSourceType" NOT NULL,
    "name" TEXT NOT NULL,
    "defaultServiceId" UUID,
    "enabled" BOOLEAN NOT NULL DEFAULT true,
    "keyHash" TEXT NOT NULL,
    "keyPrefix" TEXT NOT NULL,
    "rejectedCount" INTEGER NOT NULL DEFAULT 0,
    "keyRotatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "AlertSource_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AlertRejection" (
    "id" UUID NOT NULL,
    "sourceId" UUID NOT NULL,
    "status" INTEGER NOT NULL,
    "reason" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AlertRejection_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Alert" (
    "id" UUID NOT NULL,
    "sourceId" UUID NOT NULL,
    "dedupKey" TEXT NOT NULL,
    "status" "AlertStatus" NOT NULL,
    "severity" TEXT NOT NULL,
    "summary" TEXT NOT NULL,
    "labels" JSONB NOT NULL,
    "annotations" JSONB NOT NULL,
    "payload" JSONB NOT NULL,
    "startsAt" TIMESTAMP(3) NOT NULL,
    "endsAt" TIMESTAMP(3),
    "lastSeenAt" TIMESTAMP(3) NOT NULL,
    "lastTransitionAt" TIMESTAMP(3) NOT NULL,
    "lastTransitionTx" BIGINT NOT NULL DEFAULT 0,
    "occurrences" INTEGER NOT NULL DEFAULT 1,
    "serviceId" UUID,
    "incidentId" UUID,
    "ruleId" UUID,
    "groupKey" TEXT,
    "outcome" TEXT,
    "flapping" BOOLEAN NOT NULL DEFAULT false,
    "duringChangeId" UUID,
    "correlatedChangeId" UUID,
    "correlation" JSONB,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Alert_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AlertEvent" (
    "id" BIGSERIAL NOT NULL,
    "alertId" UUID NOT NULL,
    "status" "AlertStatus" NOT NULL,
    "occurredAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "processedAt" TIMESTAMP(3),
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "outcome" TEXT,
    "note" TEXT,

    CONSTRAINT "AlertEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AlertRule" (
    "id" UUID NOT NULL,
    "sourceId" UUID,
    "position" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "enabled" BOOLEAN NOT NULL DEFAULT true,
    "matchers" JSONB NOT NULL,
    "requireService" BOOLEAN NOT NULL DEFAULT false,
    "serviceId" UUID,
    "severityMap" JSONB NOT NULL,
    "action" "AlertRuleAction" NOT NULL,
    "titleTemplate" TEXT NOT NULL,
    "groupBy" JSONB NOT NULL,
    "groupWindowMinutes" INTEGER NOT NULL DEFAULT 60,
    "resolveAction" "AlertResolveAction" NOT NULL DEFAULT 'note',
    "resolveOn" "AlertResolveOn" NOT NULL DEFAULT 'all',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "AlertRule_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AlertChangeExpectation" (
    "changeId" UUID NOT NULL,
    "graceMinutes" INTEGER NOT NULL DEFAULT 30,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AlertChangeExpectation_pkey" PRIMARY KEY ("changeId")
);

-- CreateIndex
CREATE UNIQUE INDEX "AlertSource_keyHash_key" ON "AlertSource"("keyHash");

-- CreateIndex
CREATE INDEX "AlertRejection_sourceId_createdAt_idx" ON "AlertRejection"("sourceId", "createdAt");

-- CreateIndex
CREATE INDEX "Alert_status_lastSeenAt_idx" ON "Alert"("status", "lastSeenAt");

-- CreateIndex
CREATE INDEX "Alert_sourceId_lastSeenAt_idx" ON "Alert"("sourceId", "lastSeenAt");

-- CreateIndex
CREATE INDEX "Alert_serviceId_status_idx" ON "Alert"("serviceId", "status");

-- CreateIndex
CREATE INDEX "Alert_incidentId_idx" ON "Alert"("incidentId");

-- CreateIndex
CREATE INDEX "Alert_groupKey_status_idx" ON "Alert"("groupKey", "status");

-- CreateIndex
CREATE INDEX "Alert_createdAt_id_idx" ON "Alert"("createdAt", "id");

-- CreateIndex
CREATE UNIQUE INDEX "Alert_sourceId_dedupKey_key" ON "Alert"("sourceId", "dedupKey");

-- CreateIndex
CREATE INDEX "AlertEvent_processedAt_id_idx" ON "AlertEvent"("processedAt", "id");

-- CreateIndex
CREATE INDEX "AlertEvent_alertId_id_idx" ON "AlertEvent"("alertId", "id");

-- CreateIndex
CREATE INDEX "AlertRule_sourceId_position_idx" ON "AlertRule"("sourceId", "position");

-- AddForeignKey
ALTER TABLE "AlertSource" ADD CONSTRAINT "AlertSource_defaultServiceId_fkey" FOREIGN KEY ("defaultServiceId") REFERENCES "Service"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AlertRejection" ADD CONSTRAINT "AlertRejection_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "AlertSource"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Alert" ADD CONSTRAINT "Alert_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "AlertSource"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Alert" ADD CONSTRAINT "Alert_serviceId_fkey" FOREIGN KEY ("serviceId") REFERENCES "Service"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Alert" ADD CONSTRAINT "Alert_incidentId_fkey" FOREIGN KEY ("incidentId") REFERENCES "Incident"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Alert" ADD CONSTRAINT "Alert_ruleId_fkey" FOREIGN KEY ("ruleId") REFERENCES "AlertRule"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Alert" ADD CONSTRAINT "Alert_duringChangeId_fkey" FOREIGN KEY ("duringChangeId") REFERENCES "ChangeEvent"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Alert" ADD CONSTRAINT "Alert_correlatedChangeId_fkey" FOREIGN KEY ("correlatedChangeId") REFERENCES "ChangeEvent"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AlertEvent" ADD CONSTRAINT "AlertEvent_alertId_fkey" FOREIGN KEY ("alertId") REFERENCES "Alert"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AlertRule" ADD CONSTRAINT "AlertRule_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "AlertSource"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AlertRule" ADD CONSTRAINT "AlertRule_serviceId_fkey" FOREIGN KEY ("serviceId") REFERENCES "Service"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AlertChangeExpectation" ADD CONSTRAINT "AlertChangeExpectation_changeId_fkey" FOREIGN KEY ("changeId") REFERENCES "ChangeEvent"("id") ON DELETE CASCADE ON UPDATE CASCADE;
