-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateTable
CREATE TABLE "order" (
    "id" VARCHAR(30) NOT NULL,
    "f0" MONEY[],
    "select_f1" DOUBLE PRECISION NOT NULL,
    "f2_col" INTEGER[],
    "r0_model0_0" VARCHAR(30),
    "r1_model0_0" VARCHAR(30),

    CONSTRAINT "order_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model1" (
    "id" BIGSERIAL NOT NULL,
    "select_f0" VARCHAR(191)[],
    "f1" MONEY NOT NULL,
    "f2 with space" VARBIT(16) NOT NULL,
    "f3" VARBIT(16) NOT NULL,
    "f4" TIMETZ(2) NOT NULL,
    "f5" BOOLEAN DEFAULT false,
    "r2_model1_0" BIGINT,
    "r3_model0_0" VARCHAR(30) NOT NULL,

    CONSTRAINT "Model1_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model 2 with space" (
    "id" VARCHAR(30) NOT NULL,
    "f0" DOUBLE PRECISION NOT NULL,
    "r4_model0_0" VARCHAR(30) NOT NULL,

    CONSTRAINT "Model 2 with space_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Model1_r3_model0_0_key" ON "Model1"("r3_model0_0");

-- CreateIndex
CREATE UNIQUE INDEX "Model 2 with space_r4_model0_0_key" ON "Model 2 with space"("r4_model0_0");

-- AddForeignKey
ALTER TABLE "order" ADD CONSTRAINT "order_r0_model0_0_fkey" FOREIGN KEY ("r0_model0_0") REFERENCES "order"("id") ON DELETE SET NULL ON UPDATE RESTRICT;

-- AddForeignKey
ALTER TABLE "order" ADD CONSTRAINT "order_r1_model0_0_fkey" FOREIGN KEY ("r1_model0_0") REFERENCES "order"("id") ON DELETE CASCADE ON UPDATE SET NULL;

-- AddForeignKey
ALTER TABLE "Model1" ADD CONSTRAINT "Model1_r2_model1_0_fkey" FOREIGN KEY ("r2_model1_0") REFERENCES "Model1"("id") ON DELETE RESTRICT ON UPDATE SET NULL;

-- AddForeignKey
ALTER TABLE "Model1" ADD CONSTRAINT "Model1_r3_model0_0_fkey" FOREIGN KEY ("r3_model0_0") REFERENCES "order"("id") ON DELETE NO ACTION ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Model 2 with space" ADD CONSTRAINT "Model 2 with space_r4_model0_0_fkey" FOREIGN KEY ("r4_model0_0") REFERENCES "order"("id") ON DELETE CASCADE ON UPDATE RESTRICT;
