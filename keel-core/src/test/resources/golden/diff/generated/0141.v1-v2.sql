-- DropForeignKey
ALTER TABLE "Model0" DROP CONSTRAINT "Model0_r0_model0_0_fkey";

-- DropForeignKey
ALTER TABLE "Model 1 with space" DROP CONSTRAINT "Model 1 with space_r1_model0_0_fkey";

-- DropTable
DROP TABLE "Model0";

-- CreateTable
CREATE TABLE "model0_renamed" (
    "id" VARCHAR(30) NOT NULL,
    "f0" INTEGER NOT NULL DEFAULT 0,
    "f1" TIMETZ(2) NOT NULL,
    "f2" INET,
    "f3" "Enum0" NOT NULL,
    "f4" "Enum1" NOT NULL DEFAULT 'V0',
    "f5" CHAR(10) NOT NULL,
    "r0_model0_0" VARCHAR(30),

    CONSTRAINT "model0_renamed_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "model0_renamed_f0_key" ON "model0_renamed"("f0");

-- CreateIndex
CREATE INDEX "model0_renamed_f5_idx" ON "model0_renamed" USING HASH ("f5");

-- AddForeignKey
ALTER TABLE "model0_renamed" ADD CONSTRAINT "model0_renamed_r0_model0_0_fkey" FOREIGN KEY ("r0_model0_0") REFERENCES "model0_renamed"("id") ON DELETE NO ACTION ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Model 1 with space" ADD CONSTRAINT "Model 1 with space_r1_model0_0_fkey" FOREIGN KEY ("r1_model0_0") REFERENCES "model0_renamed"("id") ON DELETE RESTRICT ON UPDATE NO ACTION;
