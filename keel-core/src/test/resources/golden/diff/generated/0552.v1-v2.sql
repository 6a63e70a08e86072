-- DropForeignKey
ALTER TABLE "Model0" DROP CONSTRAINT "Model0_r0_model0_0_fkey";

-- DropTable
DROP TABLE "Model0";

-- CreateTable
CREATE TABLE "model0_renamed" (
    "id" TEXT NOT NULL,
    "f0" DECIMAL(10,2)[],
    "f1" INET NOT NULL,
    "f2" INET[],
    "f3" INTEGER,
    "f4 with space" XML[],
    "f5" TIME(3)[],
    "r0_model0_0" TEXT,

    CONSTRAINT "model0_renamed_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "model0_renamed_f1_key" ON "model0_renamed"("f1");

-- AddForeignKey
ALTER TABLE "model0_renamed" ADD CONSTRAINT "model0_renamed_r0_model0_0_fkey" FOREIGN KEY ("r0_model0_0") REFERENCES "model0_renamed"("id") ON DELETE SET NULL ON UPDATE CASCADE;
