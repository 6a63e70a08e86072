-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "Enum0" AS ENUM ('value 0', 'V1', 'V2', 'V3');

-- CreateTable
CREATE TABLE "Model 0 with space" (
    "id" VARCHAR(30) NOT NULL,
    "f0" DOUBLE PRECISION[],
    "f1" JSON NOT NULL,
    "r0_model0_0" VARCHAR(30),
    "r1_model0_0" VARCHAR(30),

    CONSTRAINT "Model 0 with space_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model1" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "f0" DOUBLE PRECISION NOT NULL,
    "select_f1" INET,

    CONSTRAINT "Model1_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "order_2" (
    "id" INTEGER NOT NULL,
    "f0" BOOLEAN NOT NULL,

    CONSTRAINT "order_2_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "order_3" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "f0" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "f1" CHAR(10),
    "f2" "Enum0" DEFAULT 'value 0',
    "f3" INTEGER[],
    "f4" UUID NOT NULL,
    "r2_model2_0" INTEGER,
    "r3_model3_0" UUID,

    CONSTRAINT "order_3_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model4" (
    "id" VARCHAR(30) NOT NULL,
    "f0" JSON,
    "f1" XML,
    "r4_model0_0" VARCHAR(30) NOT NULL,

    CONSTRAINT "Model4_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model5" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "f0" DOUBLE PRECISION,
    "f1_col" TEXT,
    "r5_model2_0" INTEGER NOT NULL,

    CONSTRAINT "Model5_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "_M6" (
    "A" VARCHAR(30) NOT NULL,
    "B" UUID NOT NULL,

    CONSTRAINT "_M6_AB_pkey" PRIMARY KEY ("A","B")
);

-- CreateIndex
CREATE INDEX "_M6_B_index" ON "_M6"("B");

-- AddForeignKey
ALTER TABLE "Model 0 with space" ADD CONSTRAINT "Model 0 with space_r0_model0_0_fkey" FOREIGN KEY ("r0_model0_0") REFERENCES "Model 0 with space"("id") ON DELETE RESTRICT ON UPDATE SET NULL;

-- AddForeignKey
ALTER TABLE "Model 0 with space" ADD CONSTRAINT "Model 0 with space_r1_model0_0_fkey" FOREIGN KEY ("r1_model0_0") REFERENCES "Model 0 with space"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "order_3" ADD CONSTRAINT "order_3_r2_model2_0_fkey" FOREIGN KEY ("r2_model2_0") REFERENCES "order_2"("id") ON DELETE NO ACTION ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "order_3" ADD CONSTRAINT "order_3_r3_model3_0_fkey" FOREIGN KEY ("r3_model3_0") REFERENCES "order_3"("id") ON DELETE SET NULL ON UPDATE SET NULL;

-- AddForeignKey
ALTER TABLE "Model4" ADD CONSTRAINT "Model4_r4_model0_0_fkey" FOREIGN KEY ("r4_model0_0") REFERENCES "Model 0 with space"("id") ON DELETE RESTRICT ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "Model5" ADD CONSTRAINT "Model5_r5_model2_0_fkey" FOREIGN KEY ("r5_model2_0") REFERENCES "order_2"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_M6" ADD CONSTRAINT "_M6_A_fkey" FOREIGN KEY ("A") REFERENCES "Model 0 with space"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_M6" ADD CONSTRAINT "_M6_B_fkey" FOREIGN KEY ("B") REFERENCES "Model1"("id") ON DELETE CASCADE ON UPDATE CASCADE;
