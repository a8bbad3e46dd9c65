-- CreateEnum
CREATE TYPE "DrillStatus" AS ENUM ('scheduled', 'running', 'finished', 'cancelled');

-- CreateTable
CREATE TABLE "IncidentFact" (
    "incidentId" UUID NOT NULL,
    "declaredAt" TIMESTAMP(3) NOT NULL,
    "severity" "Severity" NOT NULL,
    "drill" BOOLEAN NOT NULL,
    "timeToDetect" INTEGER,
    "timeToAcknowledge" INTEGER,
    "timeToMitigate" INTEGER,
    "timeToResolve" INTEGER,
    "serviceIds" UUID[],
    "factorKeys" TEXT[],
    "changeCaused" BOOLEAN NOT NULL,
    "changeKinds" TEXT[],
    "changeShortNotice" BOOLEAN NOT NULL,
    "changeUnacknowledged" BOOLEAN NOT NULL,
    "knownIssueIds" UUID[],

    CONSTRAINT "IncidentFact_pkey" PRIMARY KEY ("incidentId")
);

-- CreateTable
CREATE TABLE "DrillScenario" (
    "id" UUID NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "severity" "Severity" NOT NULL DEFAULT 'SEV2',
    "knownIssueId" UUID,
    "sourceIncidentId" UUID,
    "serviceIds" UUID[],
    "symptoms" TEXT[],
    "expectedActions" TEXT[],
    "createdByLabel" TEXT NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "DrillScenario_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Drill" (
    "id" UUID NOT NULL,
    "scenarioId" UUID NOT NULL,
    "scheduledAt" TIMESTAMP(3) NOT NULL,
    "status" "DrillStatus" NOT NULL DEFAULT 'scheduled',
    "incidentId" UUID,
    "startedAt" TIMESTAMP(3),
    "finishedAt" TIMESTAMP(3),
    "workaroundRevealedAt" TIMESTAMP(3),
    "missing" TEXT NOT NULL DEFAULT '',
    "createdByLabel" TEXT NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Drill_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DrillTeam" (
    "drillId" UUID NOT NULL,
    "teamId" UUID NOT NULL,
    "invitedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "DrillTeam_pkey" PRIMARY KEY ("drillId","teamId")
);

-- CreateTable
CREATE TABLE "DrillActionCheck" (
    "drillId" UUID NOT NULL,
    "actionIndex" INTEGER NOT NULL,
    "checkedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "checkedBy" TEXT NOT NULL,

    CONSTRAINT "DrillActionCheck_pkey" PRIMARY KEY ("drillId","actionIndex")
);

-- CreateIndex
CREATE INDEX "IncidentFact_declaredAt_idx" ON "IncidentFact"("declaredAt");

-- CreateIndex
CREATE INDEX "IncidentFact_drill_declaredAt_idx" ON "IncidentFact"("drill", "declaredAt");

-- CreateIndex
CREATE INDEX "IncidentFact_serviceIds_idx" ON "IncidentFact" USING GIN ("serviceIds");

-- CreateIndex
CREATE INDEX "DrillScenario_createdAt_idx" ON "DrillScenario"("createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "Drill_incidentId_key" ON "Drill"("incidentId");

-- CreateIndex
CREATE INDEX "Drill_scheduledAt_idx" ON "Drill"("scheduledAt");

-- CreateIndex
CREATE INDEX "Drill_status_scheduledAt_idx" ON "Drill"("status", "scheduledAt");

-- CreateIndex
CREATE INDEX "DrillTeam_teamId_idx" ON "DrillTeam"("teamId");

-- AddForeignKey
ALTER TABLE "IncidentFact" ADD CONSTRAINT "IncidentFact_incidentId_fkey" FOREIGN KEY ("incidentId") REFERENCES "Incident"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Drill" ADD CONSTRAINT "Drill_scenarioId_fkey" FOREIGN KEY ("scenarioId") REFERENCES "DrillScenario"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Drill" ADD CONSTRAINT "Drill_incidentId_fkey" FOREIGN KEY ("incidentId") REFERENCES "Incident"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DrillTeam" ADD CONSTRAINT "DrillTeam_drillId_fkey" FOREIGN KEY ("drillId") REFERENCES "Drill"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DrillTeam" ADD CONSTRAINT "DrillTeam_teamId_fkey" FOREIGN KEY ("teamId") REFERENCES "Team"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DrillActionCheck" ADD CONSTRAINT "DrillActionCheck_drillId_fkey" FOREIGN KEY ("drillId") REFERENCES "Drill"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- ---------------------------------------------------------------------------------------
-- Written by hand: the insights facts are derived by one view and kept current by
-- statement-level triggers on every table they are derived from, in the writing transaction.
-- (lib/insights/facts.ts explains why triggers rather than application code or a worker.)
-- ---------------------------------------------------------------------------------------

-- The one definition of an incident's facts (durations as lib/incidents/durations.ts:
-- origin = startedAt, else declaredAt; whole seconds; null while either end is missing).
CREATE VIEW "IncidentFactSource" AS
SELECT
  i.id AS "incidentId",
  i."declaredAt",
  i.severity,
  i.drill,
  round(extract(epoch FROM (i."detectedAt" - i."startedAt")))::int AS "timeToDetect",
  round(extract(epoch FROM (i."acknowledgedAt" - COALESCE(i."startedAt", i."declaredAt"))))::int AS "timeToAcknowledge",
  round(extract(epoch FROM (i."mitigatedAt" - COALESCE(i."startedAt", i."declaredAt"))))::int AS "timeToMitigate",
  round(extract(epoch FROM (i."resolvedAt" - COALESCE(i."startedAt", i."declaredAt"))))::int AS "timeToResolve",
  ARRAY(SELECT s."serviceId" FROM "IncidentService" s WHERE s."incidentId" = i.id ORDER BY 1) AS "serviceIds",
  ARRAY(SELECT DISTINCT f.kind::text || ':' || f.category::text FROM "IncidentFactor" f WHERE f."incidentId" = i.id ORDER BY 1) AS "factorKeys",
  EXISTS (
    SELECT 1 FROM "IncidentFactorChange" l JOIN "IncidentFactor" f ON f.id = l."factorId" AND f.kind = 'trigger'
    WHERE l."incidentId" = i.id
  ) AS "changeCaused",
  ARRAY(
    SELECT DISTINCT c.kind::text FROM "IncidentFactorChange" l
    JOIN "IncidentFactor" f ON f.id = l."factorId" AND f.kind = 'trigger'
    JOIN "ChangeEvent" c ON c.id = l."changeId"
    WHERE l."incidentId" = i.id ORDER BY 1
  ) AS "changeKinds",
  EXISTS (
    SELECT 1 FROM "IncidentFactorChange" l
    JOIN "IncidentFactor" f ON f.id = l."factorId" AND f.kind = 'trigger'
    JOIN "ChangeEvent" c ON c.id = l."changeId"
    WHERE l."incidentId" = i.id AND c."shortNotice"
  ) AS "changeShortNotice",
  EXISTS (
    SELECT 1 FROM "IncidentFactorChange" l
    JOIN "IncidentFactor" f ON f.id = l."factorId" AND f.kind = 'trigger'
    JOIN "ChangeEvent" c ON c.id = l."changeId"
    JOIN "ChangeAcknowledgement" a ON a."changeId" = c.id
    WHERE l."incidentId" = i.id AND (a."acknowledgedAt" IS NULL OR a."acknowledgedAt" > c."scheduledAt")
  ) AS "changeUnacknowledged",
  ARRAY(SELECT k."knownIssueId" FROM "KnownIssueIncident" k WHERE k."incidentId" = i.id ORDER BY 1) AS "knownIssueIds"
FROM "Incident" i;

-- Upserts the facts of the given incidents from the view (a deleted incident's row goes by
-- the foreign key's cascade). Rows whose facts did not change are not rewritten.
CREATE FUNCTION "insights_refresh_facts"(ids uuid[]) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  IF ids IS NULL OR cardinality(ids) = 0 THEN RETURN; END IF;
  INSERT INTO "IncidentFact" AS f (
    "incidentId", "declaredAt", severity, drill, "timeToDetect", "timeToAcknowledge", "timeToMitigate", "timeToResolve",
    "serviceIds", "factorKeys", "changeCaused", "changeKinds", "changeShortNotice", "changeUnacknowledged", "knownIssueIds")
  SELECT
    s."incidentId", s."declaredAt", s.severity, s.drill, s."timeToDetect", s."timeToAcknowledge", s."timeToMitigate", s."timeToResolve",
    s."serviceIds", s."factorKeys", s."changeCaused", s."changeKinds", s."changeShortNotice", s."changeUnacknowledged", s."knownIssueIds"
  FROM "IncidentFactSource" s WHERE s."incidentId" = ANY(ids)
  ON CONFLICT ("incidentId") DO UPDATE SET
    "declaredAt" = EXCLUDED."declaredAt", severity = EXCLUDED.severity, drill = EXCLUDED.drill,
    "timeToDetect" = EXCLUDED."timeToDetect", "timeToAcknowledge" = EXCLUDED."timeToAcknowledge",
    "timeToMitigate" = EXCLUDED."timeToMitigate", "timeToResolve" = EXCLUDED."timeToResolve",
    "serviceIds" = EXCLUDED."serviceIds", "factorKeys" = EXCLUDED."factorKeys", "changeCaused" = EXCLUDED."changeCaused",
    "changeKinds" = EXCLUDED."changeKinds", "changeShortNotice" = EXCLUDED."changeShortNotice",
    "changeUnacknowledged" = EXCLUDED."changeUnacknowledged", "knownIssueIds" = EXCLUDED."knownIssueIds"
  WHERE (f."declaredAt", f.severity, f.drill, f."timeToDetect", f."timeToAcknowledge", f."timeToMitigate", f."timeToResolve",
         f."serviceIds", f."factorKeys", f."changeCaused", f."changeKinds", f."changeShortNotice", f."changeUnacknowledged", f."knownIssueIds")
    IS DISTINCT FROM
        (EXCLUDED."declaredAt", EXCLUDED.severity, EXCLUDED.drill, EXCLUDED."timeToDetect", EXCLUDED."timeToAcknowledge", EXCLUDED."timeToMitigate", EXCLUDED."timeToResolve",
         EXCLUDED."serviceIds", EXCLUDED."factorKeys", EXCLUDED."changeCaused", EXCLUDED."changeKinds", EXCLUDED."changeShortNotice", EXCLUDED."changeUnacknowledged", EXCLUDED."knownIssueIds");
END
$$;

-- Incidents: only when a column the facts read changed (search-document and version bumps
-- are frequent and change nothing here).
CREATE FUNCTION "insights_facts_on_incident"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM "insights_refresh_facts"(ARRAY(SELECT id FROM new_rows));
  ELSE
    PERFORM "insights_refresh_facts"(ARRAY(
      SELECT n.id FROM new_rows n JOIN old_rows o ON o.id = n.id
      WHERE (n."declaredAt", n.severity, n.drill, n."startedAt", n."detectedAt", n."acknowledgedAt", n."mitigatedAt", n."resolvedAt")
        IS DISTINCT FROM (o."declaredAt", o.severity, o.drill, o."startedAt", o."detectedAt", o."acknowledgedAt", o."mitigatedAt", o."resolvedAt")));
  END IF;
  RETURN NULL;
END
$$;
CREATE TRIGGER "Incident_insights_insert" AFTER INSERT ON "Incident"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "insights_facts_on_incident"();
CREATE TRIGGER "Incident_insights_update" AFTER UPDATE ON "Incident"
  REFERENCING NEW TABLE AS new_rows OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "insights_facts_on_incident"();

-- Tables with an "incidentId" column: services, factors, trigger-change links, known-issue links.
CREATE FUNCTION "insights_facts_on_incident_child"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM "insights_refresh_facts"(ARRAY(SELECT DISTINCT "incidentId" FROM new_rows));
  ELSIF TG_OP = 'DELETE' THEN
    PERFORM "insights_refresh_facts"(ARRAY(SELECT DISTINCT "incidentId" FROM old_rows));
  ELSE
    PERFORM "insights_refresh_facts"(ARRAY(SELECT "incidentId" FROM new_rows UNION SELECT "incidentId" FROM old_rows));
  END IF;
  RETURN NULL;
END
$$;

-- Tables with a "changeId" column (changes, their acknowledgements): the incidents they triggered.
CREATE FUNCTION "insights_facts_on_change"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  col text := CASE WHEN TG_TABLE_NAME = 'ChangeEvent' THEN 'id' ELSE 'changeId' END;
  changes uuid[];
BEGIN
  IF TG_OP = 'INSERT' THEN
    EXECUTE format('SELECT array_agg(DISTINCT %I) FROM new_rows', col) INTO changes;
  ELSIF TG_OP = 'DELETE' THEN
    EXECUTE format('SELECT array_agg(DISTINCT %I) FROM old_rows', col) INTO changes;
  ELSE
    EXECUTE format('SELECT array_agg(c) FROM (SELECT %1$I AS c FROM new_rows UNION SELECT %1$I FROM old_rows) x', col) INTO changes;
  END IF;
  IF changes IS NOT NULL THEN
    PERFORM "insights_refresh_facts"(ARRAY(SELECT DISTINCT "incidentId" FROM "IncidentFactorChange" WHERE "changeId" = ANY(changes)));
  END IF;
  RETURN NULL;
END
$$;

DO $$
DECLARE
  t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['IncidentService', 'IncidentFactor', 'IncidentFactorChange', 'KnownIssueIncident'] LOOP
    EXECUTE format('CREATE TRIGGER %I AFTER INSERT ON %I REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "insights_facts_on_incident_child"()', t || '_insights_insert', t);
    EXECUTE format('CREATE TRIGGER %I AFTER UPDATE ON %I REFERENCING NEW TABLE AS new_rows OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "insights_facts_on_incident_child"()', t || '_insights_update', t);
    EXECUTE format('CREATE TRIGGER %I AFTER DELETE ON %I REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "insights_facts_on_incident_child"()', t || '_insights_delete', t);
  END LOOP;
  EXECUTE 'CREATE TRIGGER "ChangeEvent_insights_update" AFTER UPDATE ON "ChangeEvent" REFERENCING NEW TABLE AS new_rows OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "insights_facts_on_change"()';
  FOREACH t IN ARRAY ARRAY['ChangeAcknowledgement'] LOOP
    EXECUTE format('CREATE TRIGGER %I AFTER INSERT ON %I REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "insights_facts_on_change"()', t || '_insights_insert', t);
    EXECUTE format('CREATE TRIGGER %I AFTER UPDATE ON %I REFERENCING NEW TABLE AS new_rows OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "insights_facts_on_change"()', t || '_insights_update', t);
    EXECUTE format('CREATE TRIGGER %I AFTER DELETE ON %I REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "insights_facts_on_change"()', t || '_insights_delete', t);
  END LOOP;
END
$$;

-- The incidents that exist already.
SELECT "insights_refresh_facts"(ARRAY(SELECT id FROM "Incident"));
