-- CreateEnum
CREATE TYPE "StatusPageVisibility" AS ENUM ('public', 'internal');

-- CreateEnum
CREATE TYPE "ComponentImpact" AS ENUM ('operational', 'degraded_performance', 'partial_outage', 'major_outage');

-- AlterEnum
-- This migration adds more than one value to an enum.
-- With PostgreSQL versions 11 and earlier, this is not possible
-- in a single migration. This can be worked around by creating
-- multiple migrations, each migration adding only one value to
-- the enum.


ALTER TYPE "NotificationEvent" ADD VALUE 'status_page_confirmation';
ALTER TYPE "NotificationEvent" ADD VALUE 'status_page_update';

-- AlterTable
ALTER TABLE "ChangeEvent" ADD COLUMN     "showOnStatusPage" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "statusPageEndsAt" TIMESTAMP(3),
ADD COLUMN     "statusPageImpact" "ComponentImpact" NOT NULL DEFAULT 'degraded_performance',
ADD COLUMN     "statusPageNoteEn" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "statusPageNoteZh" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "statusPageTitleEn" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "statusPageTitleZh" TEXT NOT NULL DEFAULT '';

-- CreateTable
CREATE TABLE "StatusPage" (
    "id" UUID NOT NULL,
    "slug" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "titleZh" TEXT NOT NULL DEFAULT '',
    "description" TEXT NOT NULL DEFAULT '',
    "descriptionZh" TEXT NOT NULL DEFAULT '',
    "logoUrl" TEXT NOT NULL DEFAULT '',
    "defaultLocale" TEXT NOT NULL DEFAULT 'en',
    "visibility" "StatusPageVisibility" NOT NULL DEFAULT 'public',
    "allowAnonymous" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "StatusPage_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "StatusPageComponent" (
    "id" UUID NOT NULL,
    "pageId" UUID NOT NULL,
    "serviceId" UUID NOT NULL,
    "position" INTEGER NOT NULL DEFAULT 0,
    "group" TEXT NOT NULL DEFAULT '',
    "groupZh" TEXT NOT NULL DEFAULT '',
    "name" TEXT NOT NULL DEFAULT '',
    "nameZh" TEXT NOT NULL DEFAULT '',

    CONSTRAINT "StatusPageComponent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "IncidentImpact" (
    "id" UUID NOT NULL,
    "incidentId" UUID NOT NULL,
    "serviceId" UUID NOT NULL,
    "impact" "ComponentImpact" NOT NULL,
    "startedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "endedAt" TIMESTAMP(3),

    CONSTRAINT "IncidentImpact_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "StatusPageUpdate" (
    "id" UUID NOT NULL,
    "pageId" UUID NOT NULL,
    "incidentId" UUID NOT NULL,
    "entryId" UUID,
    "status" TEXT NOT NULL,
    "titleEn" TEXT NOT NULL DEFAULT '',
    "titleZh" TEXT NOT NULL DEFAULT '',
    "bodyEn" TEXT NOT NULL DEFAULT '',
    "bodyZh" TEXT NOT NULL DEFAULT '',
    "workaroundEn" TEXT NOT NULL DEFAULT '',
    "workaroundZh" TEXT NOT NULL DEFAULT '',
    "linkPostmortem" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "StatusPageUpdate_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "StatusPageSubscriber" (
    "id" UUID NOT NULL,
    "pageId" UUID NOT NULL,
    "serviceId" UUID,
    "channel" TEXT NOT NULL,
    "target" TEXT NOT NULL,
    "locale" TEXT NOT NULL DEFAULT 'en',
    "confirmTokenHash" TEXT,
    "unsubscribeToken" TEXT NOT NULL,
    "confirmedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "StatusPageSubscriber_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "StatusPage_slug_key" ON "StatusPage"("slug");

-- CreateIndex
CREATE INDEX "StatusPageComponent_serviceId_idx" ON "StatusPageComponent"("serviceId");

-- CreateIndex
CREATE UNIQUE INDEX "StatusPageComponent_pageId_serviceId_key" ON "StatusPageComponent"("pageId", "serviceId");

-- CreateIndex
CREATE INDEX "IncidentImpact_incidentId_endedAt_idx" ON "IncidentImpact"("incidentId", "endedAt");

-- CreateIndex
CREATE INDEX "IncidentImpact_serviceId_startedAt_idx" ON "IncidentImpact"("serviceId", "startedAt");

-- CreateIndex
CREATE INDEX "StatusPageUpdate_pageId_createdAt_idx" ON "StatusPageUpdate"("pageId", "createdAt");

-- CreateIndex
CREATE INDEX "StatusPageUpdate_incidentId_createdAt_idx" ON "StatusPageUpdate"("incidentId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "StatusPageSubscriber_confirmTokenHash_key" ON "StatusPageSubscriber"("confirmTokenHash");

-- CreateIndex
CREATE UNIQUE INDEX "StatusPageSubscriber_unsubscribeToken_key" ON "StatusPageSubscriber"("unsubscribeToken");

-- CreateIndex
CREATE INDEX "StatusPageSubscriber_pageId_confirmedAt_idx" ON "StatusPageSubscriber"("pageId", "confirmedAt");

-- AddForeignKey
ALTER TABLE "StatusPageComponent" ADD CONSTRAINT "StatusPageComponent_pageId_fkey" FOREIGN KEY ("pageId") REFERENCES "StatusPage"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StatusPageComponent" ADD CONSTRAINT "StatusPageComponent_serviceId_fkey" FOREIGN KEY ("serviceId") REFERENCES "Service"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IncidentImpact" ADD CONSTRAINT "IncidentImpact_incidentId_fkey" FOREIGN KEY ("incidentId") REFERENCES "Incident"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IncidentImpact" ADD CONSTRAINT "IncidentImpact_serviceId_fkey" FOREIGN KEY ("serviceId") REFERENCES "Service"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StatusPageUpdate" ADD CONSTRAINT "StatusPageUpdate_pageId_fkey" FOREIGN KEY ("pageId") REFERENCES "StatusPage"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StatusPageUpdate" ADD CONSTRAINT "StatusPageUpdate_incidentId_fkey" FOREIGN KEY ("incidentId") REFERENCES "Incident"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StatusPageSubscriber" ADD CONSTRAINT "StatusPageSubscriber_pageId_fkey" FOREIGN KEY ("pageId") REFERENCES "StatusPage"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StatusPageSubscriber" ADD CONSTRAINT "StatusPageSubscriber_serviceId_fkey" FOREIGN KEY ("serviceId") REFERENCES "Service"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Status pages are cached in each app instance's memory (lib/status-pages/page-cache.ts).
-- Any committed write to a table a page is built from tells every instance to drop its cache:
-- one NOTIFY per statement on the realtime channel, under the pseudo incident id
-- "status-pages" that the in-process listener fans out to the cache. PostgreSQL folds
-- identical NOTIFYs of one transaction into one, and sends nothing on rollback.
CREATE FUNCTION firebreak_status_pages_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('firebreak_events', '{"incidentId":"status-pages","kind":"incident.updated"}');
  RETURN NULL;
END;
$$;

CREATE TRIGGER status_pages_changed AFTER INSERT OR UPDATE OR DELETE ON "StatusPage" FOR EACH STATEMENT EXECUTE FUNCTION firebreak_status_pages_changed();
CREATE TRIGGER status_pages_changed AFTER INSERT OR UPDATE OR DELETE ON "StatusPageComponent" FOR EACH STATEMENT EXECUTE FUNCTION firebreak_status_pages_changed();
CREATE TRIGGER status_pages_changed AFTER INSERT OR UPDATE OR DELETE ON "StatusPageUpdate" FOR EACH STATEMENT EXECUTE FUNCTION firebreak_status_pages_changed();
CREATE TRIGGER status_pages_changed AFTER INSERT OR UPDATE OR DELETE ON "IncidentImpact" FOR EACH STATEMENT EXECUTE FUNCTION firebreak_status_pages_changed();
-- Incident and Service: only the columns a page reads, so that busy incident writes (timeline,
-- search document, version bumps) do not empty the cache each time.
CREATE TRIGGER status_pages_changed AFTER UPDATE OF status, drill, "resolvedAt", "declaredAt" OR DELETE ON "Incident" FOR EACH STATEMENT EXECUTE FUNCTION firebreak_status_pages_changed();
CREATE TRIGGER status_pages_changed AFTER INSERT OR DELETE ON "IncidentService" FOR EACH STATEMENT EXECUTE FUNCTION firebreak_status_pages_changed();
CREATE TRIGGER status_pages_changed AFTER INSERT OR UPDATE OR DELETE ON "ChangeEvent" FOR EACH STATEMENT EXECUTE FUNCTION firebreak_status_pages_changed();
CREATE TRIGGER status_pages_changed AFTER UPDATE OF name, slug OR DELETE ON "Service" FOR EACH STATEMENT EXECUTE FUNCTION firebreak_status_pages_changed();
CREATE TRIGGER status_pages_changed AFTER UPDATE OF status OR DELETE ON "Postmortem" FOR EACH STATEMENT EXECUTE FUNCTION firebreak_status_pages_changed();
