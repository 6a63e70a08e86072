-- DropForeignKey
ALTER TABLE "model_1" DROP CONSTRAINT "model_1_r1_model1_0_fkey";

-- DropTable
DROP TABLE "model_1";

-- CreateTable
CREATE TABLE "Model1" (
    "id" SERIAL NOT NULL,
    "f0" OID NOT NULL,
    "f1 with space" "enum_0_type"[],
    "f2" TIMESTAMPTZ(6) DEFAULT CURRENT_TIMESTAMP,
    "f3" TIMESTAMPTZ(6) NOT NULL,
    "f4_col" INTEGER NOT NULL,
    "f5" INTEGER[] DEFAULT ARRAY[1, 2]::INTEGER[],
    "r1_model1_0" INTEGER,

    CONSTRAINT "Model1_pkey" PRIMARY KEY ("id")
);

-- AddForeignKey
ALTER TABLE "Model1" ADD CONSTRAINT "Model1_r1_model1_0_fkey" FOREIGN KEY ("r1_model1_0") REFERENCES "Model1"("id") ON DELETE SET NULL ON UPDATE CASCADE;
