-- AlterTable
ALTER TABLE "order_1" DROP COLUMN "f3_col";

-- CreateTable
CREATE TABLE "added1_renamed" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "f0" VARBIT(16)[],
    "f1" UUID[],
    "f2" DATE[],
    "f3" BYTEA NOT NULL,
    "select_f4" DATE,
    "f5 with space" SMALLINT,

    CONSTRAINT "added1_renamed_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "added1_renamed_f3_key" ON "added1_renamed"("f3");
