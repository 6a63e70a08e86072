-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateTable
CREATE TABLE "Model 0 with space" (
    "id" VARCHAR(30) NOT NULL,
    "f0_col" BIT(8) NOT NULL,
    "f1" INTEGER,
    "f2_col" UUID NOT NULL,
    "f3" INTEGER NOT NULL,
    "f4 with space" TEXT[],
    "r0_model0_0" VARCHAR(30),
    "r1_model0_0" VARCHAR(30),

    CONSTRAINT "Model 0 with space_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model 1 with space" (
    "id" SERIAL NOT NULL,
    "f0" TIME(3),
    "f1" DOUBLE PRECISION NOT NULL DEFAULT 1.5,
    "r2_model0_0" VARCHAR(30) NOT NULL,

    CONSTRAINT "Model 1 with space_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "order_2" (
    "id" BIGSERIAL NOT NULL,
    "f0" DOUBLE PRECISION,
    "r3_model1_0" INTEGER NOT NULL,

    CONSTRAINT "order_2_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Model 0 with space_f3_idx" ON "Model 0 with space"("f3");

-- CreateIndex
CREATE UNIQUE INDEX "Model 1 with space_r2_model0_0_key" ON "Model 1 with space"("r2_model0_0");

-- AddForeignKey
ALTER TABLE "Model 0 with space" ADD CONSTRAINT "Model 0 with space_r0_model0_0_fkey" FOREIGN KEY ("r0_model0_0") REFERENCES "Model 0 with space"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Model 0 with space" ADD CONSTRAINT "Model 0 with space_r1_model0_0_fkey" FOREIGN KEY ("r1_model0_0") REFERENCES "Model 0 with space"("id") ON DELETE SET NULL ON UPDATE SET NULL;

-- AddForeignKey
ALTER TABLE "Model 1 with space" ADD CONSTRAINT "Model 1 with space_r2_model0_0_fkey" FOREIGN KEY ("r2_model0_0") REFERENCES "Model 0 with space"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "order_2" ADD CONSTRAINT "order_2_r3_model1_0_fkey" FOREIGN KEY ("r3_model1_0") REFERENCES "Model 1 with space"("id") ON DELETE CASCADE ON UPDATE RESTRICT;
