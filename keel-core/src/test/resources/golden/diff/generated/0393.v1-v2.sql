-- DropForeignKey
ALTER TABLE "Model0" DROP CONSTRAINT "Model0_r0_model0_0_r0_model0_1_fkey";

-- DropForeignKey
ALTER TABLE "Model 2 with space" DROP CONSTRAINT "Model 2 with space_r3_model0_0_r3_model0_1_fkey";

-- DropForeignKey
ALTER TABLE "order_3" DROP CONSTRAINT "order_3_r4_model0_0_r4_model0_1_fkey";

-- DropTable
DROP TABLE "Model0";

-- CreateTable
CREATE TABLE "model0_renamed" (
    "ka" INTEGER NOT NULL,
    "kb" TEXT NOT NULL,
    "f0" JSONB[],
    "f1" TEXT NOT NULL DEFAULT 'hello',
    "f2" CHAR(10),
    "f3_col" DATE[],
    "f4_col" CHAR(10) NOT NULL,
    "r0_model0_0" INTEGER,
    "r0_model0_1" TEXT,

    CONSTRAINT "model0_renamed_pkey" PRIMARY KEY ("ka","kb")
);

-- CreateIndex
CREATE UNIQUE INDEX "model0_renamed_f1_f4_col_key" ON "model0_renamed"("f1", "f4_col");

-- AddForeignKey
ALTER TABLE "model0_renamed" ADD CONSTRAINT "model0_renamed_r0_model0_0_r0_model0_1_fkey" FOREIGN KEY ("r0_model0_0", "r0_model0_1") REFERENCES "model0_renamed"("ka", "kb") ON DELETE RESTRICT ON UPDATE RESTRICT;

-- AddForeignKey
ALTER TABLE "Model 2 with space" ADD CONSTRAINT "Model 2 with space_r3_model0_0_r3_model0_1_fkey" FOREIGN KEY ("r3_model0_0", "r3_model0_1") REFERENCES "model0_renamed"("ka", "kb") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "order_3" ADD CONSTRAINT "order_3_r4_model0_0_r4_model0_1_fkey" FOREIGN KEY ("r4_model0_0", "r4_model0_1") REFERENCES "model0_renamed"("ka", "kb") ON DELETE RESTRICT ON UPDATE CASCADE;
