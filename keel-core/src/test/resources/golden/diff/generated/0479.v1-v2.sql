-- DropForeignKey
ALTER TABLE "Model0" DROP CONSTRAINT "Model0_r0_model0_0_fkey";

-- DropForeignKey
ALTER TABLE "Model0" DROP CONSTRAINT "Model0_r1_model0_0_fkey";

-- DropForeignKey
ALTER TABLE "Model1" DROP CONSTRAINT "Model1_r2_model0_0_fkey";

-- DropForeignKey
ALTER TABLE "Model3" DROP CONSTRAINT "Model3_r5_model0_0_fkey";

-- DropForeignKey
ALTER TABLE "Model4" DROP CONSTRAINT "Model4_r6_model0_0_fkey";

-- DropForeignKey
ALTER TABLE "model_5" DROP CONSTRAINT "model_5_r8_model0_0_fkey";

-- DropTable
DROP TABLE "Model0";

-- CreateTable
CREATE TABLE "model0_renamed" (
    "id" TEXT NOT NULL,
    "f0" TEXT NOT NULL,
    "f1" XML NOT NULL,
    "f2_col" "Enum0" NOT NULL DEFAULT 'V0',
    "f3" DECIMAL(10,2)[],
    "f4" TIMESTAMPTZ(6)[],
    "r0_model0_0" TEXT,
    "r1_model0_0" TEXT,

    CONSTRAINT "model0_renamed_pkey" PRIMARY KEY ("id")
);

-- AddForeignKey
ALTER TABLE "model0_renamed" ADD CONSTRAINT "model0_renamed_r0_model0_0_fkey" FOREIGN KEY ("r0_model0_0") REFERENCES "model0_renamed"("id") ON DELETE NO ACTION ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "model0_renamed" ADD CONSTRAINT "model0_renamed_r1_model0_0_fkey" FOREIGN KEY ("r1_model0_0") REFERENCES "model0_renamed"("id") ON DELETE CASCADE ON UPDATE SET NULL;

-- AddForeignKey
ALTER TABLE "Model1" ADD CONSTRAINT "Model1_r2_model0_0_fkey" FOREIGN KEY ("r2_model0_0") REFERENCES "model0_renamed"("id") ON DELETE SET NULL ON UPDATE SET NULL;

-- AddForeignKey
ALTER TABLE "Model3" ADD CONSTRAINT "Model3_r5_model0_0_fkey" FOREIGN KEY ("r5_model0_0") REFERENCES "model0_renamed"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Model4" ADD CONSTRAINT "Model4_r6_model0_0_fkey" FOREIGN KEY ("r6_model0_0") REFERENCES "model0_renamed"("id") ON DELETE RESTRICT ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "model_5" ADD CONSTRAINT "model_5_r8_model0_0_fkey" FOREIGN KEY ("r8_model0_0") REFERENCES "model0_renamed"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
