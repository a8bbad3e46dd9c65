-- CreateTable
CREATE TABLE "NotificationRateUse" (
    "id" BIGSERIAL NOT NULL,
    "targetKey" TEXT NOT NULL,
    "usedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "NotificationRateUse_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "NotificationRateUse_targetKey_usedAt_idx" ON "NotificationRateUse"("targetKey", "usedAt");
