-- CreateTable
CREATE TABLE "Model 50 with space" (
    "id" SERIAL NOT NULL,
    "f0 with space" DATE NOT NULL,
    "f1" TIMETZ(2),
    "f2" DECIMAL(65,30) NOT NULL DEFAULT 12.5,
    "f3_col" INTEGER,
    "select_f4" VARBIT(16)[],
    "f5" TIMESTAMP(3) DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Model 50 with space_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Model 50 with space_f2_f0 with space_idx" ON "Model 50 with space"("f2", "f0 with space");
