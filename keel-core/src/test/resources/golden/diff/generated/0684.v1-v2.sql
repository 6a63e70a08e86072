-- DropForeignKey
ALTER TABLE "model_0" DROP CONSTRAINT "model_0_r0_model0_0_r0_model0_1_fkey";

-- DropTable
DROP TABLE "model_0";

-- CreateTable
CREATE TABLE "Model0" (
    "ka" INTEGER NOT NULL,
    "kb" TEXT NOT NULL,
    "r0_model0_0" INTEGER,
    "r0_model0_1" TEXT,
    "g0" "Enum0" NOT NULL,
    "r100_model0_0" INTEGER,
    "r100_model0_1" TEXT,

    CONSTRAINT "Model0_pkey" PRIMARY KEY ("ka","kb")
);

-- CreateIndex
CREATE UNIQUE INDEX "Model0_kb_key" ON "Model0"("kb");

-- AddForeignKey
ALTER TABLE "Model0" ADD CONSTRAINT "Model0_r0_model0_0_r0_model0_1_fkey" FOREIGN KEY ("r0_model0_0", "r0_model0_1") REFERENCES "Model0"("ka", "kb") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Model0" ADD CONSTRAINT "Model0_r100_model0_0_r100_model0_1_fkey" FOREIGN KEY ("r100_model0_0", "r100_model0_1") REFERENCES "Model0"("ka", "kb") ON DELETE NO ACTION ON UPDATE NO ACTION;
