-- CreateIndex
CREATE INDEX "TimelineEntry_incidentId_changedAt_id_idx" ON "TimelineEntry"("incidentId", "changedAt", "id");
