-- CreateTable
CREATE TABLE "Added1" (
    "id" VARCHAR(30) NOT NULL,
    "f0" XML[],
    "f1" TIMETZ(2),
    "f2" JSON NOT NULL,
    "f3" DOUBLE PRECISION,
    "f4 with space" VARBIT(16) NOT NULL,
    "f5" TEXT[],

    CONSTRAINT "Added1_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Added1_f4 with space_key" ON "Added1"("f4 with space");

-- CreateIndex
CREATE INDEX "Added1_f4 with space_idx" ON "Added1"("f4 with space");
