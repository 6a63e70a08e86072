-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateTable
CREATE TABLE "Model0" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "select_f0" BIT(8) NOT NULL,
    "select_f1" VARBIT(16),

    CONSTRAINT "Model0_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model1" (
    "id" TEXT NOT NULL,
    "f0" VARBIT(16),
    "f1" BOOLEAN[],
    "f2_col" UUID NOT NULL,
    "r0_model0_0" UUID NOT NULL,

    CONSTRAINT "Model1_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "order_2" (
    "id" BIGSERIAL NOT NULL,
    "f0" DECIMAL(65,30),
    "f1" TEXT NOT NULL,
    "r1_model1_0" TEXT NOT NULL,

    CONSTRAINT "order_2_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "_M2" (
    "A" UUID NOT NULL,
    "B" TEXT NOT NULL,

    CONSTRAINT "_M2_AB_pkey" PRIMARY KEY ("A","B")
);

-- CreateIndex
CREATE UNIQUE INDEX "Model0_select_f0_key" ON "Model0"("select_f0");

-- CreateIndex
CREATE INDEX "idx_model0_f0" ON "Model0"("select_f0" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "Model1_r0_model0_0_key" ON "Model1"("r0_model0_0");

-- CreateIndex
CREATE INDEX "order_2_f1_idx" ON "order_2" USING HASH ("f1");

-- CreateIndex
CREATE INDEX "_M2_B_index" ON "_M2"("B");

-- AddForeignKey
ALTER TABLE "Model1" ADD CONSTRAINT "Model1_r0_model0_0_fkey" FOREIGN KEY ("r0_model0_0") REFERENCES "Model0"("id") ON DELETE RESTRICT ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "order_2" ADD CONSTRAINT "order_2_r1_model1_0_fkey" FOREIGN KEY ("r1_model1_0") REFERENCES "Model1"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_M2" ADD CONSTRAINT "_M2_A_fkey" FOREIGN KEY ("A") REFERENCES "Model0"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_M2" ADD CONSTRAINT "_M2_B_fkey" FOREIGN KEY ("B") REFERENCES "Model1"("id") ON DELETE CASCADE ON UPDATE CASCADE;
