-- CreateTable
CREATE TABLE "PostmortemComment" (
    "id" UUID NOT NULL,
    "postmortemId" UUID NOT NULL,
    "sectionKey" TEXT NOT NULL,
    "authorUserId" UUID,
    "authorLabel" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "resolvedAt" TIMESTAMP(3),
    "resolvedBy" TEXT,

    CONSTRAINT "PostmortemComment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PostmortemMeeting" (
    "postmortemId" UUID NOT NULL,
    "heldAt" TIMESTAMP(3) NOT NULL,
    "attendees" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "notes" TEXT NOT NULL DEFAULT '',
    "version" INTEGER NOT NULL DEFAULT 1,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "PostmortemMeeting_pkey" PRIMARY KEY ("postmortemId")
);

-- CreateIndex
CREATE INDEX "PostmortemComment_postmortemId_sectionKey_createdAt_idx" ON "PostmortemComment"("postmortemId", "sectionKey", "createdAt");

-- AddForeignKey
ALTER TABLE "PostmortemComment" ADD CONSTRAINT "PostmortemComment_postmortemId_fkey" FOREIGN KEY ("postmortemId") REFERENCES "Postmortem"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PostmortemMeeting" ADD CONSTRAINT "PostmortemMeeting_postmortemId_fkey" FOREIGN KEY ("postmortemId") REFERENCES "Postmortem"("id") ON DELETE CASCADE ON UPDATE CASCADE;
