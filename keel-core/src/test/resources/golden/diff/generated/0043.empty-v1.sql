-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateTable
CREATE TABLE "Model0" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "f0" XML,
    "f1" VARCHAR(191) NOT NULL,
    "r0_model0_0" UUID,

    CONSTRAINT "Model0_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model 1 with space" (
    "id" INTEGER NOT NULL,
    "f0" DECIMAL(10,2) DEFAULT 0,
    "f1" JSON,
    "f2" INET NOT NULL,
    "f3" TIMESTAMPTZ(6) NOT NULL,
    "r1_model0_0" UUID NOT NULL,
    "r2_model0_0" UUID NOT NULL,

    CONSTRAINT "Model 1 with space_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model 2 with space" (
    "id" VARCHAR(30) NOT NULL,
    "f0_col" DATE[],
    "f1 with space" TIME(3),
    "f2" TIMESTAMP(0),
    "f3" UUID NOT NULL,
    "f4" TIMETZ(2),
    "r3_model2_0" VARCHAR(30),

    CONSTRAINT "Model 2 with space_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "a_table_name_long_enough_to_push_index_names_past_63_3" (
    "id" BIGSERIAL NOT NULL,
    "f0" VARCHAR(191),
    "f1" DOUBLE PRECISION NOT NULL,
    "f2" TIMESTAMP(3),
    "select_f3" BYTEA[],
    "f4_col" BYTEA NOT NULL,

    CONSTRAINT "a_table_name_long_enough_to_push_index_names_past_63_3_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model 4 with space" (
    "id" INTEGER NOT NULL,
    "f0" TIMESTAMP(3) NOT NULL,
    "select_f1" TIMESTAMPTZ(6),
    "f2" TIMETZ(2),
    "f3" TIME(3) NOT NULL,
    "f4" JSON,
    "f5" BIGINT[],

    CONSTRAINT "Model 4 with space_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model5" (
    "id" VARCHAR(30) NOT NULL,

    CONSTRAINT "Model5_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Model 1 with space_f3_idx" ON "Model 1 with space" USING HASH ("f3");

-- CreateIndex
CREATE INDEX "Model 2 with space_f3_idx" ON "Model 2 with space"("f3");

-- AddForeignKey
ALTER TABLE "Model0" ADD CONSTRAINT "Model0_r0_model0_0_fkey" FOREIGN KEY ("r0_model0_0") REFERENCES "Model0"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Model 1 with space" ADD CONSTRAINT "Model 1 with space_r1_model0_0_fkey" FOREIGN KEY ("r1_model0_0") REFERENCES "Model0"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Model 1 with space" ADD CONSTRAINT "Model 1 with space_r2_model0_0_fkey" FOREIGN KEY ("r2_model0_0") REFERENCES "Model0"("id") ON DELETE CASCADE ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "Model 2 with space" ADD CONSTRAINT "Model 2 with space_r3_model2_0_fkey" FOREIGN KEY ("r3_model2_0") REFERENCES "Model 2 with space"("id") ON DELETE SET NULL ON UPDATE RESTRICT;
