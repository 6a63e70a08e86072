-- CreateTable
CREATE TABLE "Added1" (
    "id" INTEGER NOT NULL,
    "f0" JSONB[],
    "f1" "Enum0"[],

    CONSTRAINT "Added1_pkey" PRIMARY KEY ("id")
);
