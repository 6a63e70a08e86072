-- CreateTable
CREATE TABLE "Added1" (
    "id" TEXT NOT NULL,
    "f0 with space" TIMESTAMP(0)[],
    "f1_col" TIMESTAMP(0),
    "f2_col" UUID,
    "f3" TEXT NOT NULL,
    "f4" UUID,
    "f5_col" DOUBLE PRECISION DEFAULT 1.5,
    "g1" REAL,

    CONSTRAINT "Added1_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Added1_f3_key" ON "Added1"("f3");
