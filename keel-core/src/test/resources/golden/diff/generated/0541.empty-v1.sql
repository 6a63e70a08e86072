-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateTable
CREATE TABLE "a_table_name_long_enough_to_push_index_names_past_63_0" (
    "id" BIGSERIAL NOT NULL,
    "f0" INTEGER,
    "f1 with space" OID[],
    "f2" BIT(8),
    "f3" TIMETZ(2)[],
    "r0_model0_0" BIGINT,
    "r1_model0_0" BIGINT,

    CONSTRAINT "a_table_name_long_enough_to_push_index_names_past_63_0_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model1" (
    "id" VARCHAR(30) NOT NULL,
    "f0" BYTEA,
    "f1" OID,
    "f2" VARCHAR(191) NOT NULL,
    "f3" SMALLINT,
    "f4" TEXT NOT NULL,

    CONSTRAINT "Model1_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "order_2" (
    "id" TEXT NOT NULL,
    "f0" VARBIT(16),
    "f1" OID NOT NULL,
    "f2" INTEGER,
    "f3" VARCHAR(191) NOT NULL DEFAULT 'it''s',
    "f4" DECIMAL(65,30)[],

    CONSTRAINT "order_2_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model3" (
    "id" TEXT NOT NULL,
    "f0" BOOLEAN NOT NULL,
    "f1" BYTEA NOT NULL,
    "f2 with space" UUID[],
    "f3" INTEGER NOT NULL,
    "f4" DOUBLE PRECISION,
    "r2_model3_0" TEXT,

    CONSTRAINT "Model3_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model 4 with space" (
    "id" VARCHAR(30) NOT NULL,
    "f0" TEXT NOT NULL,
    "f1 with space" DATE NOT NULL,
    "r3_model0_0" BIGINT,
    "r4_model1_0" VARCHAR(30),

    CONSTRAINT "Model 4 with space_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model5" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "f0" INTEGER NOT NULL,
    "f1" TIMESTAMP(3) NOT NULL,
    "f2" BYTEA NOT NULL,
    "f3" CHAR(10),
    "f4" VARCHAR(191),
    "r5_model0_0" BIGINT,
    "r6_model2_0" TEXT NOT NULL,

    CONSTRAINT "Model5_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Model1_f2_idx" ON "Model1" USING HASH ("f2");

-- CreateIndex
CREATE INDEX "order_2_f1_idx" ON "order_2"("f1");

-- CreateIndex
CREATE INDEX "Model3_f1_f3_idx" ON "Model3"("f1", "f3");

-- CreateIndex
CREATE INDEX "Model 4 with space_f1 with space_idx" ON "Model 4 with space" USING HASH ("f1 with space");

-- CreateIndex
CREATE INDEX "Model5_f2_f0_idx" ON "Model5"("f2", "f0");

-- AddForeignKey
ALTER TABLE "a_table_name_long_enough_to_push_index_names_past_63_0" ADD CONSTRAINT "a_table_name_long_enough_to_push_index_names_past_63_0_r0__fkey" FOREIGN KEY ("r0_model0_0") REFERENCES "a_table_name_long_enough_to_push_index_names_past_63_0"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "a_table_name_long_enough_to_push_index_names_past_63_0" ADD CONSTRAINT "a_table_name_long_enough_to_push_index_names_past_63_0_r1__fkey" FOREIGN KEY ("r1_model0_0") REFERENCES "a_table_name_long_enough_to_push_index_names_past_63_0"("id") ON DELETE SET NULL ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "Model3" ADD CONSTRAINT "Model3_r2_model3_0_fkey" FOREIGN KEY ("r2_model3_0") REFERENCES "Model3"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Model 4 with space" ADD CONSTRAINT "Model 4 with space_r3_model0_0_fkey" FOREIGN KEY ("r3_model0_0") REFERENCES "a_table_name_long_enough_to_push_index_names_past_63_0"("id") ON DELETE RESTRICT ON UPDATE RESTRICT;

-- AddForeignKey
ALTER TABLE "Model 4 with space" ADD CONSTRAINT "Model 4 with space_r4_model1_0_fkey" FOREIGN KEY ("r4_model1_0") REFERENCES "Model1"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Model5" ADD CONSTRAINT "Model5_r5_model0_0_fkey" FOREIGN KEY ("r5_model0_0") REFERENCES "a_table_name_long_enough_to_push_index_names_past_63_0"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Model5" ADD CONSTRAINT "Model5_r6_model2_0_fkey" FOREIGN KEY ("r6_model2_0") REFERENCES "order_2"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
