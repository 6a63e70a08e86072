-- DropForeignKey
ALTER TABLE "Model 0 with space" DROP CONSTRAINT "Model 0 with space_r0_model0_0_fkey";

-- DropTable
DROP TABLE "Model 0 with space";

-- CreateTable
CREATE TABLE "Model0" (
    "id" INTEGER NOT NULL,
    "r0_model0_0" INTEGER,

    CONSTRAINT "Model0_pkey" PRIMARY KEY ("id")
);

-- AddForeignKey
ALTER TABLE "Model0" ADD CONSTRAINT "Model0_r0_model0_0_fkey" FOREIGN KEY ("r0_model0_0") REFERENCES "Model0"("id") ON DELETE NO ACTION ON UPDATE NO ACTION;
