-- CreateEnum
CREATE TYPE "Severity" AS ENUM ('SEV1', 'SEV2', 'SEV3', 'SEV4');

-- CreateEnum
CREATE TYPE "IncidentStatus" AS ENUM ('investigating', 'identified', 'monitoring', 'resolved', 'closed');

-- CreateEnum
CREATE TYPE "IncidentRoleKind" AS ENUM ('commander', 'communications', 'scribe', 'responder', 'observer');

-- CreateEnum
CREATE TYPE "TimelineKind" AS ENUM ('note', 'action', 'status_change', 'field_change', 'stakeholder_update', 'alert', 'linked_change');

-- CreateTable
CREATE TABLE "Incident" (
    "id" UUID NOT NULL,
    "number" SERIAL NOT NULL,
    "title" TEXT NOT NULL,
    "summary" TEXT NOT NULL DEFAULT '',
    "severity" "Severity" NOT NULL,
    "status" "IncidentStatus" NOT NULL DEFAULT 'investigating',
    "impact" TEXT NOT NULL DEFAULT '',
    "customerFacing" BOOLEAN NOT NULL DEFAULT false,
    "drill" BOOLEAN NOT NULL DEFAULT false,
    "startedAt" TIMESTAMP(3),
    "detectedAt" TIMESTAMP(3),
    "declaredAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "acknowledgedAt" TIMESTAMP(3),
    "mitigatedAt" TIMESTAMP(3),
    "resolvedAt" TIMESTAMP(3),
    "closedAt" TIMESTAMP(3),
    "nextUpdateAt" TIMESTAMP(3),
    "declaredById" UUID,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Incident_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "IncidentService" (
    "incidentId" UUID NOT NULL,
    "serviceId" UUID NOT NULL,

    CONSTRAINT "IncidentService_pkey" PRIMARY KEY ("incidentId","serviceId")
);

-- CreateTable
CREATE TABLE "IncidentRoleAssignment" (
    "incidentId" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "role" "IncidentRoleKind" NOT NULL,
    "assignedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "IncidentRoleAssignment_pkey" PRIMARY KEY ("incidentId","userId","role")
);

-- CreateTable
CREATE TABLE "TimelineEntry" (
    "id" UUID NOT NULL,
    "incidentId" UUID NOT NULL,
    "kind" "TimelineKind" NOT NULL,
    "body" TEXT NOT NULL,
    "bodyHtml" TEXT NOT NULL DEFAULT '',
    "data" JSONB,
    "occurredAt" TIMESTAMP(3) NOT NULL,
    "recordedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "authorUserId" UUID,
    "authorLabel" TEXT NOT NULL,
    "highlighted" BOOLEAN NOT NULL DEFAULT false,
    "idempotencyKey" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "editedAt" TIMESTAMP(3),
    "deletedAt" TIMESTAMP(3),
    "deletedReason" TEXT,
    "deletedById" UUID,
    "changedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "TimelineEntry_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TimelineEntryRevision" (
    "id" UUID NOT NULL,
    "entryId" UUID NOT NULL,
    "body" TEXT NOT NULL,
    "highlighted" BOOLEAN NOT NULL,
    "occurredAt" TIMESTAMP(3) NOT NULL,
    "editedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "editedById" UUID,
    "editedBy" TEXT NOT NULL,

    CONSTRAINT "TimelineEntryRevision_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Incident_number_key" ON "Incident"("number");

-- CreateIndex
CREATE INDEX "Incident_status_declaredAt_idx" ON "Incident"("status", "declaredAt");

-- CreateIndex
CREATE INDEX "Incident_severity_declaredAt_idx" ON "Incident"("severity", "declaredAt");

-- CreateIndex
CREATE INDEX "Incident_declaredAt_idx" ON "Incident"("declaredAt");

-- CreateIndex
CREATE INDEX "Incident_drill_declaredAt_idx" ON "Incident"("drill", "declaredAt");

-- CreateIndex
CREATE INDEX "IncidentService_serviceId_idx" ON "IncidentService"("serviceId");

-- CreateIndex
CREATE INDEX "IncidentRoleAssignment_userId_idx" ON "IncidentRoleAssignment"("userId");

-- CreateIndex
CREATE INDEX "TimelineEntry_incidentId_occurredAt_recordedAt_id_idx" ON "TimelineEntry"("incidentId", "occurredAt", "recordedAt", "id");

-- CreateIndex
CREATE UNIQUE INDEX "TimelineEntry_incidentId_idempotencyKey_key" ON "TimelineEntry"("incidentId", "idempotencyKey");

-- CreateIndex
CREATE INDEX "TimelineEntryRevision_entryId_editedAt_idx" ON "TimelineEntryRevision"("entryId", "editedAt");

-- AddForeignKey
ALTER TABLE "Incident" ADD CONSTRAINT "Incident_declaredById_fkey" FOREIGN KEY ("declaredById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IncidentService" ADD CONSTRAINT "IncidentService_incidentId_fkey" FOREIGN KEY ("incidentId") REFERENCES "Incident"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IncidentService" ADD CONSTRAINT "IncidentService_serviceId_fkey" FOREIGN KEY ("serviceId") REFERENCES "Service"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IncidentRoleAssignment" ADD CONSTRAINT "IncidentRoleAssignment_incidentId_fkey" FOREIGN KEY ("incidentId") REFERENCES "Incident"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IncidentRoleAssignment" ADD CONSTRAINT "IncidentRoleAssignment_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TimelineEntry" ADD CONSTRAINT "TimelineEntry_incidentId_fkey" FOREIGN KEY ("incidentId") REFERENCES "Incident"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TimelineEntry" ADD CONSTRAINT "TimelineEntry_authorUserId_fkey" FOREIGN KEY ("authorUserId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TimelineEntryRevision" ADD CONSTRAINT "TimelineEntryRevision_entryId_fkey" FOREIGN KEY ("entryId") REFERENCES "TimelineEntry"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Written by hand (schema.prisma cannot describe it): every UPDATE of a timeline entry moves
-- its "changedAt" to the database clock, whatever code path makes the change, so a live page
-- catching up with "changed after (changedAt, id)" sees edits, highlights and deletions too.
-- In UTC, like every timestamp Prisma writes, whatever the server's TimeZone setting.
CREATE FUNCTION "timeline_entry_touch_changed_at"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW."changedAt" := now() AT TIME ZONE 'UTC';
  RETURN NEW;
END;
$$;

CREATE TRIGGER "TimelineEntry_touch_changedAt" BEFORE UPDATE ON "TimelineEntry"
  FOR EACH ROW EXECUTE FUNCTION "timeline_entry_touch_changed_at"();
