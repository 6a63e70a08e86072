-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateTable
CREATE TABLE "Model0" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "f0" DOUBLE PRECISION NOT NULL DEFAULT 1.5,
    "f1 with space" VARBIT(16),
    "f2" INTEGER DEFAULT 0,
    "f3 with space" BIT(8),
    "r0_model0_0" UUID,
    "r1_model0_0" UUID,

    CONSTRAINT "Model0_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model 1 with space" (
    "id" INTEGER NOT NULL,
    "f0" VARBIT(16),
    "r2_model1_0" INTEGER,

    CONSTRAINT "Model 1 with space_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model2" (
    "id" TEXT NOT NULL,
    "f0" SMALLINT NOT NULL,

    CONSTRAINT "Model2_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "model_3" (
    "id" TEXT NOT NULL,
    "select_f0" TIMETZ(2) NOT NULL,
    "f1" REAL NOT NULL,
    "select_f2" JSONB,
    "f3" DECIMAL(10,2)[],
    "r3_model0_0" UUID NOT NULL,
    "r4_model1_0" INTEGER,

    CONSTRAINT "model_3_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model4" (
    "id" TEXT NOT NULL,
    "f0" UUID[],
    "select_f1" MONEY[],
    "f2 with space" REAL,
    "f3" TEXT DEFAULT '',

    CONSTRAINT "Model4_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "_M5" (
    "A" UUID NOT NULL,
    "B" INTEGER NOT NULL,

    CONSTRAINT "_M5_AB_pkey" PRIMARY KEY ("A","B")
);

-- CreateIndex
CREATE INDEX "idx_model0_f0" ON "Model0"("f0" DESC);

-- CreateIndex
CREATE INDEX "_M5_B_index" ON "_M5"("B");

-- AddForeignKey
ALTER TABLE "Model0" ADD CONSTRAINT "Model0_r0_model0_0_fkey" FOREIGN KEY ("r0_model0_0") REFERENCES "Model0"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Model0" ADD CONSTRAINT "Model0_r1_model0_0_fkey" FOREIGN KEY ("r1_model0_0") REFERENCES "Model0"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Model 1 with space" ADD CONSTRAINT "Model 1 with space_r2_model1_0_fkey" FOREIGN KEY ("r2_model1_0") REFERENCES "Model 1 with space"("id") ON DELETE CASCADE ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "model_3" ADD CONSTRAINT "model_3_r3_model0_0_fkey" FOREIGN KEY ("r3_model0_0") REFERENCES "Model0"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "model_3" ADD CONSTRAINT "model_3_r4_model1_0_fkey" FOREIGN KEY ("r4_model1_0") REFERENCES "Model 1 with space"("id") ON DELETE CASCADE ON UPDATE RESTRICT;

-- AddForeignKey
ALTER TABLE "_M5" ADD CONSTRAINT "_M5_A_fkey" FOREIGN KEY ("A") REFERENCES "Model0"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_M5" ADD CONSTRAINT "_M5_B_fkey" FOREIGN KEY ("B") REFERENCES "Model 1 with space"("id") ON DELETE CASCADE ON UPDATE CASCADE;
