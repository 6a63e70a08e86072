-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateTable
CREATE TABLE "Model 0 with space" (
    "ka" INTEGER NOT NULL,
    "kb" TEXT NOT NULL,
    "f0 with space" TIMESTAMP(0),
    "f1" DATE NOT NULL,
    "f2_col" DOUBLE PRECISION[],
    "f3" BYTEA NOT NULL,
    "f4 with space" CHAR(10),
    "f5 with space" TIMESTAMPTZ(6),

    CONSTRAINT "Model 0 with space_pkey" PRIMARY KEY ("ka","kb")
);

-- CreateTable
CREATE TABLE "a_table_name_long_enough_to_push_index_names_past_63_1" (
    "ka" INTEGER NOT NULL,
    "kb" TEXT NOT NULL,
    "f0" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "f1 with space" TIMESTAMP(0),
    "r0_model1_0" INTEGER,
    "r0_model1_1" TEXT,

    CONSTRAINT "a_table_name_long_enough_to_push_index_names_past_63_1_pkey" PRIMARY KEY ("ka","kb")
);

-- CreateTable
CREATE TABLE "Model 2 with space" (
    "id" INTEGER NOT NULL,
    "f0" DATE[],
    "f1 with space" REAL NOT NULL,
    "f2" TEXT[],

    CONSTRAINT "Model 2 with space_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model3" (
    "id" TEXT NOT NULL,
    "f0" DOUBLE PRECISION,
    "f1" BIGINT NOT NULL DEFAULT 9007199254740993,
    "f2_col" MONEY NOT NULL,
    "f3" DECIMAL(65,30),
    "f4 with space" TIME(3),
    "r1_model1_0" INTEGER,
    "r1_model1_1" TEXT,

    CONSTRAINT "Model3_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "order_4" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "f0" JSONB,
    "f1" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "f2" SMALLINT DEFAULT -5,
    "f3" TIMETZ(2),
    "f4" REAL,
    "f5" TIMESTAMP(0),

    CONSTRAINT "order_4_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model 5 with space" (
    "ka" INTEGER NOT NULL,
    "kb" TEXT NOT NULL,
    "f0" TIMESTAMPTZ(6) NOT NULL,
    "r2_model4_0" UUID NOT NULL,

    CONSTRAINT "Model 5 with space_pkey" PRIMARY KEY ("ka","kb")
);

-- CreateIndex
CREATE UNIQUE INDEX "Model 2 with space_f1 with space_key" ON "Model 2 with space"("f1 with space");

-- CreateIndex
CREATE UNIQUE INDEX "Model3_f1_key" ON "Model3"("f1");

-- CreateIndex
CREATE UNIQUE INDEX "order_4_f1_key" ON "order_4"("f1");

-- CreateIndex
CREATE INDEX "idx_model5_ka" ON "Model 5 with space"("ka" DESC);

-- AddForeignKey
ALTER TABLE "a_table_name_long_enough_to_push_index_names_past_63_1" ADD CONSTRAINT "a_table_name_long_enough_to_push_index_names_past_63_1_r0__fkey" FOREIGN KEY ("r0_model1_0", "r0_model1_1") REFERENCES "a_table_name_long_enough_to_push_index_names_past_63_1"("ka", "kb") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Model3" ADD CONSTRAINT "Model3_r1_model1_0_r1_model1_1_fkey" FOREIGN KEY ("r1_model1_0", "r1_model1_1") REFERENCES "a_table_name_long_enough_to_push_index_names_past_63_1"("ka", "kb") ON DELETE NO ACTION ON UPDATE SET NULL;

-- AddForeignKey
ALTER TABLE "Model 5 with space" ADD CONSTRAINT "Model 5 with space_r2_model4_0_fkey" FOREIGN KEY ("r2_model4_0") REFERENCES "order_4"("id") ON DELETE NO ACTION ON UPDATE CASCADE;
