-- DropForeignKey
ALTER TABLE "Model1" DROP CONSTRAINT "Model1_r2_model0_0_fkey";

-- AlterTable
ALTER TABLE "modèle_4" ALTER COLUMN "f0 with space" DROP NOT NULL;

-- CreateTable
CREATE TABLE "Added1" (
    "ka" INTEGER NOT NULL,
    "kb" TEXT NOT NULL,

    CONSTRAINT "Added1_pkey" PRIMARY KEY ("ka","kb")
);

-- CreateIndex
CREATE UNIQUE INDEX "Added1_kb_ka_key" ON "Added1"("kb", "ka");

-- AddForeignKey
ALTER TABLE "Model1" ADD CONSTRAINT "Model1_r2_model0_0_fkey" FOREIGN KEY ("r2_model0_0") REFERENCES "modèle_0"("id") ON DELETE CASCADE ON UPDATE CASCADE;
