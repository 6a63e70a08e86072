-- CreateTable
CREATE TABLE "Added1" (
    "id" TEXT NOT NULL,
    "f0" BIGINT DEFAULT 9007199254740993,
    "f1" TIMESTAMPTZ(6),
    "f2" "Enum0",

    CONSTRAINT "Added1_pkey" PRIMARY KEY ("id")
);
