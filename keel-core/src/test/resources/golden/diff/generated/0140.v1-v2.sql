-- DropForeignKey
ALTER TABLE "Model0" DROP CONSTRAINT "Model0_r0_model0_0_r0_model0_1_fkey";

-- DropTable
DROP TABLE "Model0";

-- CreateTable
CREATE TABLE "model0_renamed" (
    "ka" INTEGER NOT NULL,
    "kb" TEXT NOT NULL,
    "f0 with space" DATE,
    "f1" TEXT[],
    "r0_model0_0" INTEGER,
    "r0_model0_1" TEXT,
    "r100_model0_0" INTEGER,
    "r100_model0_1" TEXT,

    CONSTRAINT "model0_renamed_pkey" PRIMARY KEY ("ka","kb")
);

-- CreateIndex
CREATE UNIQUE INDEX "model0_renamed_kb_key" ON "model0_renamed"("kb");

-- AddForeignKey
ALTER TABLE "model0_renamed" ADD CONSTRAINT "model0_renamed_r0_model0_0_r0_model0_1_fkey" FOREIGN KEY ("r0_model0_0", "r0_model0_1") REFERENCES "model0_renamed"("ka", "kb") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "model0_renamed" ADD CONSTRAINT "model0_renamed_r100_model0_0_r100_model0_1_fkey" FOREIGN KEY ("r100_model0_0", "r100_model0_1") REFERENCES "model0_renamed"("ka", "kb") ON DELETE SET NULL ON UPDATE NO ACTION;
