-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateTable
CREATE TABLE "model_0" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "f0" DECIMAL(10,2),
    "f1" MONEY NOT NULL,

    CONSTRAINT "model_0_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "a_table_name_long_enough_to_push_index_names_past_63_1" (
    "ka" INTEGER NOT NULL,
    "kb" TEXT NOT NULL,
    "f0" REAL NOT NULL,
    "f1" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "a_table_name_long_enough_to_push_index_names_past_63_1_pkey" PRIMARY KEY ("ka","kb")
);

-- CreateTable
CREATE TABLE "order_2" (
    "id" SERIAL NOT NULL,
    "f0" DATE NOT NULL,
    "f1" TIME(3) NOT NULL,
    "f2 with space" DECIMAL(65,30) DEFAULT 12.5,
    "f3" TIMETZ(2)[],
    "r0_model2_0" INTEGER,
    "r1_model0_0" UUID,

    CONSTRAINT "order_2_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "order_3" (
    "id" SERIAL NOT NULL,
    "f0" INET NOT NULL,
    "select_f1" DATE NOT NULL,
    "f2" UUID,
    "f3" UUID,
    "r2_model2_0" INTEGER NOT NULL,
    "r3_model0_0" UUID,

    CONSTRAINT "order_3_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "modèle_4" (
    "id" BIGSERIAL NOT NULL,
    "f0" VARCHAR(191),
    "select_f1" TEXT NOT NULL,
    "f2" TIMETZ(2) NOT NULL,
    "r4_model0_0" UUID NOT NULL,

    CONSTRAINT "modèle_4_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "model_0_f1_key" ON "model_0"("f1");

-- CreateIndex
CREATE INDEX "model_0_f1_idx" ON "model_0" USING HASH ("f1");

-- CreateIndex
CREATE UNIQUE INDEX "order_2_r1_model0_0_key" ON "order_2"("r1_model0_0");

-- CreateIndex
CREATE UNIQUE INDEX "order_2_f1_key" ON "order_2"("f1");

-- CreateIndex
CREATE UNIQUE INDEX "order_3_r2_model2_0_key" ON "order_3"("r2_model2_0");

-- CreateIndex
CREATE UNIQUE INDEX "modèle_4_r4_model0_0_key" ON "modèle_4"("r4_model0_0");

-- AddForeignKey
ALTER TABLE "order_2" ADD CONSTRAINT "order_2_r0_model2_0_fkey" FOREIGN KEY ("r0_model2_0") REFERENCES "order_2"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "order_2" ADD CONSTRAINT "order_2_r1_model0_0_fkey" FOREIGN KEY ("r1_model0_0") REFERENCES "model_0"("id") ON DELETE NO ACTION ON UPDATE SET NULL;

-- AddForeignKey
ALTER TABLE "order_3" ADD CONSTRAINT "order_3_r2_model2_0_fkey" FOREIGN KEY ("r2_model2_0") REFERENCES "order_2"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "order_3" ADD CONSTRAINT "order_3_r3_model0_0_fkey" FOREIGN KEY ("r3_model0_0") REFERENCES "model_0"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "modèle_4" ADD CONSTRAINT "modèle_4_r4_model0_0_fkey" FOREIGN KEY ("r4_model0_0") REFERENCES "model_0"("id") ON DELETE CASCADE ON UPDATE CASCADE;
