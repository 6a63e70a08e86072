-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "Enum0" AS ENUM ('V0');

-- CreateTable
CREATE TABLE "order" (
    "ka" INTEGER NOT NULL,
    "kb" TEXT NOT NULL,
    "f0" "Enum0" DEFAULT 'V0',
    "f1" TIMESTAMP(3),
    "f2" "Enum0" NOT NULL,
    "f3_col" TEXT NOT NULL,
    "f4 with space" TIME(3),
    "r0_model0_0" INTEGER,
    "r0_model0_1" TEXT,
    "r1_model0_0" INTEGER,
    "r1_model0_1" TEXT,

    CONSTRAINT "order_pkey" PRIMARY KEY ("ka","kb")
);

-- AddForeignKey
ALTER TABLE "order" ADD CONSTRAINT "order_r0_model0_0_r0_model0_1_fkey" FOREIGN KEY ("r0_model0_0", "r0_model0_1") REFERENCES "order"("ka", "kb") ON DELETE CASCADE ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "order" ADD CONSTRAINT "order_r1_model0_0_r1_model0_1_fkey" FOREIGN KEY ("r1_model0_0", "r1_model0_1") REFERENCES "order"("ka", "kb") ON DELETE SET NULL ON UPDATE CASCADE;
