-- CreateTable
CREATE TABLE "NotificationRead" (
    "messageId" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "readAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "NotificationRead_pkey" PRIMARY KEY ("userId","messageId")
);

-- CreateTable
CREATE TABLE "ChangeAcknowledgement" (
    "changeId" UUID NOT NULL,
    "teamId" UUID NOT NULL,
    "requestedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "acknowledgedAt" TIMESTAMP(3),
    "acknowledgedById" UUID,
    "acknowledgedByLabel" TEXT,
    "note" TEXT NOT NULL DEFAULT '',
    "remindedAt" TIMESTAMP(3),

    CONSTRAINT "ChangeAcknowledgement_pkey" PRIMARY KEY ("changeId","teamId")
);

-- CreateTable
CREATE TABLE "IncidentFactorChange" (
    "factorId" UUID NOT NULL,
    "incidentId" UUID NOT NULL,
    "changeId" UUID NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "IncidentFactorChange_pkey" PRIMARY KEY ("factorId")
);

-- CreateIndex
CREATE INDEX "NotificationRead_messageId_idx" ON "NotificationRead"("messageId");

-- CreateIndex
CREATE INDEX "ChangeAcknowledgement_teamId_idx" ON "ChangeAcknowledgement"("teamId");

-- CreateIndex
CREATE INDEX "ChangeAcknowledgement_acknowledgedAt_remindedAt_idx" ON "ChangeAcknowledgement"("acknowledgedAt", "remindedAt");

-- CreateIndex
CREATE INDEX "IncidentFactorChange_changeId_idx" ON "IncidentFactorChange"("changeId");

-- CreateIndex
CREATE UNIQUE INDEX "IncidentFactorChange_incidentId_changeId_key" ON "IncidentFactorChange"("incidentId", "changeId");

-- AddForeignKey
ALTER TABLE "NotificationRead" ADD CONSTRAINT "NotificationRead_messageId_fkey" FOREIGN KEY ("messageId") REFERENCES "NotificationMessage"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NotificationRead" ADD CONSTRAINT "NotificationRead_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ChangeAcknowledgement" ADD CONSTRAINT "ChangeAcknowledgement_changeId_fkey" FOREIGN KEY ("changeId") REFERENCES "ChangeEvent"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ChangeAcknowledgement" ADD CONSTRAINT "ChangeAcknowledgement_teamId_fkey" FOREIGN KEY ("teamId") REFERENCES "Team"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IncidentFactorChange" ADD CONSTRAINT "IncidentFactorChange_factorId_fkey" FOREIGN KEY ("factorId") REFERENCES "IncidentFactor"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IncidentFactorChange" ADD CONSTRAINT "IncidentFactorChange_incidentId_fkey" FOREIGN KEY ("incidentId") REFERENCES "Incident"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IncidentFactorChange" ADD CONSTRAINT "IncidentFactorChange_changeId_fkey" FOREIGN KEY ("changeId") REFERENCES "ChangeEvent"("id") ON DELETE CASCADE ON UPDATE CASCADE;
