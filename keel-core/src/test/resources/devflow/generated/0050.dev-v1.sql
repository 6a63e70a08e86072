-- CreateEnum
CREATE TYPE "Enum0" AS ENUM ('V0', 'V1', 'V2');

-- CreateTable
CREATE TABLE "Model0" (
    "id" SERIAL NOT NULL,
    "f0" "Enum0" NOT NULL,

    CONSTRAINT "Model0_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "order_1" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "f0 with space" "Enum0" NOT NULL,
    "f1" JSON NOT NULL,
    "f2" BOOLEAN,
    "f3" DOUBLE PRECISION,
    "r0_model1_0" UUID,

    CONSTRAINT "order_1_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "modèle_2" (
    "id" VARCHAR(30) NOT NULL,
    "f0" "Enum0"[],
    "f1_col" TEXT NOT NULL,
    "f2" INTEGER NOT NULL,
    "f3" "Enum0",
    "r1_model2_0" VARCHAR(30),

    CONSTRAINT "modèle_2_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "order_3" (
    "id" INTEGER NOT NULL,
    "f0" TIMESTAMP(3),
    "f1" DOUBLE PRECISION NOT NULL,
    "f2" INTEGER,
    "f3" SMALLINT NOT NULL,
    "select_f4" "Enum0" NOT NULL,

    CONSTRAINT "order_3_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model4" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "f0" JSONB[],
    "f1" BIGINT,
    "f2" "Enum0"[],
    "r2_model3_0" INTEGER NOT NULL,

    CONSTRAINT "Model4_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "_M3" (
    "A" INTEGER NOT NULL,
    "B" UUID NOT NULL,

    CONSTRAINT "_M3_AB_pkey" PRIMARY KEY ("A","B")
);

-- CreateIndex
CREATE UNIQUE INDEX "order_3_select_f4_key" ON "order_3"("select_f4");

-- CreateIndex
CREATE INDEX "order_3_f3_idx" ON "order_3" USING HASH ("f3");

-- CreateIndex
CREATE INDEX "_M3_B_index" ON "_M3"("B");

-- AddForeignKey
ALTER TABLE "order_1" ADD CONSTRAINT "order_1_r0_model1_0_fkey" FOREIGN KEY ("r0_model1_0") REFERENCES "order_1"("id") ON DELETE NO ACTION ON UPDATE SET NULL;

-- AddForeignKey
ALTER TABLE "modèle_2" ADD CONSTRAINT "modèle_2_r1_model2_0_fkey" FOREIGN KEY ("r1_model2_0") REFERENCES "modèle_2"("id") ON DELETE CASCADE ON UPDATE SET NULL;

-- AddForeignKey
ALTER TABLE "Model4" ADD CONSTRAINT "Model4_r2_model3_0_fkey" FOREIGN KEY ("r2_model3_0") REFERENCES "order_3"("id") ON DELETE RESTRICT ON UPDATE RESTRICT;

-- AddForeignKey
ALTER TABLE "_M3" ADD CONSTRAINT "_M3_A_fkey" FOREIGN KEY ("A") REFERENCES "Model0"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_M3" ADD CONSTRAINT "_M3_B_fkey" FOREIGN KEY ("B") REFERENCES "order_1"("id") ON DELETE CASCADE ON UPDATE CASCADE;
