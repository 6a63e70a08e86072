-- DropForeignKey
ALTER TABLE "Model4" DROP CONSTRAINT "Model4_r4_model4_0_fkey";

-- DropForeignKey
ALTER TABLE "Model4" DROP CONSTRAINT "Model4_r5_model0_0_fkey";

-- AlterTable
ALTER TABLE "a_table_name_long_enough_to_push_index_names_past_63_3" DROP COLUMN "f0",
ADD COLUMN     "f0_renamed" CHAR(10) NOT NULL;

-- DropTable
DROP TABLE "Model4";

-- CreateTable
CREATE TABLE "model4_renamed" (
    "id" SERIAL NOT NULL,
    "f0" UUID,
    "f1" DECIMAL(65,30) NOT NULL,
    "f2" INTEGER[],
    "r4_model4_0" INTEGER,
    "r5_model0_0" TEXT,

    CONSTRAINT "model4_renamed_pkey" PRIMARY KEY ("id")
);

-- AddForeignKey
ALTER TABLE "model4_renamed" ADD CONSTRAINT "model4_renamed_r4_model4_0_fkey" FOREIGN KEY ("r4_model4_0") REFERENCES "model4_renamed"("id") ON DELETE RESTRICT ON UPDATE SET NULL;

-- AddForeignKey
ALTER TABLE "model4_renamed" ADD CONSTRAINT "model4_renamed_r5_model0_0_fkey" FOREIGN KEY ("r5_model0_0") REFERENCES "Model0"("id") ON DELETE NO ACTION ON UPDATE NO ACTION;
