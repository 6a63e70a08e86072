-- AlterTable
ALTER TABLE "modèle_0" DROP COLUMN "f1",
ADD COLUMN     "f1" TEXT NOT NULL;

-- CreateTable
CREATE TABLE "Added1" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "f0" BOOLEAN NOT NULL DEFAULT false,
    "f1 with space" BIGINT NOT NULL,
    "f2" "Enum0",
    "f3" "Enum0"[],
    "f4" REAL NOT NULL,
    "f5" INTEGER,

    CONSTRAINT "Added1_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Added1_f0_key" ON "Added1"("f0");
