-- CreateTable
CREATE TABLE "SearchPinyin" (
    "key" TEXT NOT NULL,
    "word" TEXT NOT NULL,

    CONSTRAINT "SearchPinyin_pkey" PRIMARY KEY ("key","word")
);
