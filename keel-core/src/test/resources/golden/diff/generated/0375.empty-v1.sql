-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateTable
CREATE TABLE "Model0" (
    "id" TEXT NOT NULL,
    "f0" DATE,
    "f1_col" INET,
    "f2 with space" DOUBLE PRECISION[],
    "f3" INET,
    "f4" CHAR(10)[],
    "f5" BIGINT NOT NULL DEFAULT 9007199254740993,
    "r0_model0_0" TEXT,
    "r1_model0_0" TEXT,

    CONSTRAINT "Model0_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model1" (
    "id" INTEGER NOT NULL,
    "select_f0" DECIMAL(65,30),
    "f1" SMALLINT,
    "f2" CHAR(10) NOT NULL,
    "f3" DOUBLE PRECISION,
    "f4" DOUBLE PRECISION DEFAULT 1.5,
    "r2_model0_0" TEXT NOT NULL,
    "r3_model0_0" TEXT NOT NULL,

    CONSTRAINT "Model1_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model2" (
    "id" BIGSERIAL NOT NULL,
    "f0 with space" DECIMAL(65,30)[],
    "f1_col" DOUBLE PRECISION NOT NULL,
    "f2 with space" INTEGER NOT NULL,
    "f3 with space" DECIMAL(65,30),
    "f4" TIMESTAMP(0) NOT NULL,
    "f5" REAL[],

    CONSTRAINT "Model2_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "a_table_name_long_enough_to_push_index_names_past_63_3" (
    "id" TEXT NOT NULL,
    "f0" CHAR(10) NOT NULL,
    "f1_col" UUID NOT NULL,
    "f2" TEXT[],

    CONSTRAINT "a_table_name_long_enough_to_push_index_names_past_63_3_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model4" (
    "id" SERIAL NOT NULL,
    "f0" UUID,
    "f1" DECIMAL(65,30) NOT NULL,
    "f2" INTEGER[],
    "r4_model4_0" INTEGER,
    "r5_model0_0" TEXT,

    CONSTRAINT "Model4_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model 5 with space" (
    "id" VARCHAR(30) NOT NULL,
    "f0" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "f1" JSONB NOT NULL,
    "f2" VARCHAR(191),
    "f3" TIME(3),

    CONSTRAINT "Model 5 with space_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Model1_f2_key" ON "Model1"("f2");

-- CreateIndex
CREATE UNIQUE INDEX "Model1_r2_model0_0_key" ON "Model1"("r2_model0_0");

-- CreateIndex
CREATE INDEX "Model1_f2_idx" ON "Model1" USING HASH ("f2");

-- CreateIndex
CREATE INDEX "Model2_f1_col_idx" ON "Model2" USING HASH ("f1_col");

-- CreateIndex
CREATE INDEX "a_table_name_long_enough_to_push_index_names_past_63_3_f1_c_idx" ON "a_table_name_long_enough_to_push_index_names_past_63_3"("f1_col");

-- CreateIndex
CREATE INDEX "Model 5 with space_f0_idx" ON "Model 5 with space" USING HASH ("f0");

-- AddForeignKey
ALTER TABLE "Model0" ADD CONSTRAINT "Model0_r0_model0_0_fkey" FOREIGN KEY ("r0_model0_0") REFERENCES "Model0"("id") ON DELETE CASCADE ON UPDATE SET NULL;

-- AddForeignKey
ALTER TABLE "Model0" ADD CONSTRAINT "Model0_r1_model0_0_fkey" FOREIGN KEY ("r1_model0_0") REFERENCES "Model0"("id") ON DELETE RESTRICT ON UPDATE SET NULL;

-- AddForeignKey
ALTER TABLE "Model1" ADD CONSTRAINT "Model1_r2_model0_0_fkey" FOREIGN KEY ("r2_model0_0") REFERENCES "Model0"("id") ON DELETE NO ACTION ON UPDATE RESTRICT;

-- AddForeignKey
ALTER TABLE "Model1" ADD CONSTRAINT "Model1_r3_model0_0_fkey" FOREIGN KEY ("r3_model0_0") REFERENCES "Model0"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Model4" ADD CONSTRAINT "Model4_r4_model4_0_fkey" FOREIGN KEY ("r4_model4_0") REFERENCES "Model4"("id") ON DELETE RESTRICT ON UPDATE SET NULL;

-- AddForeignKey
ALTER TABLE "Model4" ADD CONSTRAINT "Model4_r5_model0_0_fkey" FOREIGN KEY ("r5_model0_0") REFERENCES "Model0"("id") ON DELETE NO ACTION ON UPDATE NO ACTION;
