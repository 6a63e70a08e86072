-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateTable
CREATE TABLE "Model 0 with space" (
    "ka" INTEGER NOT NULL,
    "kb" TEXT NOT NULL,
    "f0 with space" REAL,
    "f1" BIGINT DEFAULT 9007199254740993,
    "f2" VARCHAR(191) DEFAULT 'it''s',
    "f3" DOUBLE PRECISION,
    "f4_col" INTEGER,
    "r0_model0_0" INTEGER,
    "r0_model0_1" TEXT,

    CONSTRAINT "Model 0 with space_pkey" PRIMARY KEY ("ka","kb")
);

-- CreateTable
CREATE TABLE "model_1" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),

    CONSTRAINT "model_1_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "modèle_2" (
    "id" BIGSERIAL NOT NULL,
    "f0" DOUBLE PRECISION NOT NULL DEFAULT 1.5,
    "f1" REAL[],
    "f2" VARCHAR(191),
    "f3" UUID NOT NULL,
    "f4" REAL NOT NULL,

    CONSTRAINT "modèle_2_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model 3 with space" (
    "ka" INTEGER NOT NULL,
    "kb" TEXT NOT NULL,
    "f0" TIME(3),
    "f1" UUID NOT NULL,
    "r1_model3_0" INTEGER,
    "r1_model3_1" TEXT,
    "r2_model1_0" UUID,

    CONSTRAINT "Model 3 with space_pkey" PRIMARY KEY ("ka","kb")
);

-- CreateTable
CREATE TABLE "a_table_name_long_enough_to_push_index_names_past_63_4" (
    "ka" INTEGER NOT NULL,
    "kb" TEXT NOT NULL,
    "f0" JSONB NOT NULL,
    "f1" JSON NOT NULL,
    "f2" BYTEA NOT NULL,
    "f3" VARBIT(16),

    CONSTRAINT "a_table_name_long_enough_to_push_index_names_past_63_4_pkey" PRIMARY KEY ("ka","kb")
);

-- CreateIndex
CREATE INDEX "modèle_2_f0_f4_idx" ON "modèle_2"("f0", "f4");

-- CreateIndex
CREATE INDEX "Model 3 with space_f1_idx" ON "Model 3 with space" USING HASH ("f1");

-- AddForeignKey
ALTER TABLE "Model 0 with space" ADD CONSTRAINT "Model 0 with space_r0_model0_0_r0_model0_1_fkey" FOREIGN KEY ("r0_model0_0", "r0_model0_1") REFERENCES "Model 0 with space"("ka", "kb") ON DELETE NO ACTION ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "Model 3 with space" ADD CONSTRAINT "Model 3 with space_r1_model3_0_r1_model3_1_fkey" FOREIGN KEY ("r1_model3_0", "r1_model3_1") REFERENCES "Model 3 with space"("ka", "kb") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Model 3 with space" ADD CONSTRAINT "Model 3 with space_r2_model1_0_fkey" FOREIGN KEY ("r2_model1_0") REFERENCES "model_1"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
