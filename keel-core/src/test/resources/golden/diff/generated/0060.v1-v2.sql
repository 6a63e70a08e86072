-- DropForeignKey
ALTER TABLE "Model0" DROP CONSTRAINT "Model0_r0_model0_0_fkey";

-- AlterTable
ALTER TABLE "Model1" DROP COLUMN "f2 with space",
ADD COLUMN     "f2" TIME(3)[];

-- DropTable
DROP TABLE "Model0";

-- CreateTable
CREATE TABLE "model0_renamed" (
    "id" SERIAL NOT NULL,
    "f0" REAL,
    "f1" INTEGER[],
    "f2_col" TIMETZ(2)[],
    "r0_model0_0" INTEGER,

    CONSTRAINT "model0_renamed_pkey" PRIMARY KEY ("id")
);

-- AddForeignKey
ALTER TABLE "model0_renamed" ADD CONSTRAINT "model0_renamed_r0_model0_0_fkey" FOREIGN KEY ("r0_model0_0") REFERENCES "model0_renamed"("id") ON DELETE CASCADE ON UPDATE NO ACTION;
