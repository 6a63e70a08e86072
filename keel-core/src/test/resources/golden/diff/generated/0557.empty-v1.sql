-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateTable
CREATE TABLE "Model0" (
    "id" SERIAL NOT NULL,
    "select_f0" TIMESTAMP(3) NOT NULL,
    "f1 with space" VARCHAR(191) NOT NULL,
    "f2" XML NOT NULL,
    "select_f3" REAL NOT NULL,
    "f4" BYTEA NOT NULL,
    "f5 with space" DOUBLE PRECISION NOT NULL,
    "r0_model0_0" INTEGER,

    CONSTRAINT "Model0_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model 1 with space" (
    "id" VARCHAR(30) NOT NULL,
    "f0" TEXT[],
    "f1" INTEGER,
    "f2" TIMESTAMP(0) NOT NULL,
    "f3" CHAR(10) NOT NULL,

    CONSTRAINT "Model 1 with space_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "a_table_name_long_enough_to_push_index_names_past_63_2" (
    "ka" INTEGER NOT NULL,
    "kb" TEXT NOT NULL,
    "f0" TIMETZ(2)[],
    "f1" VARCHAR(191) NOT NULL DEFAULT 'it''s',

    CONSTRAINT "a_table_name_long_enough_to_push_index_names_past_63_2_pkey" PRIMARY KEY ("ka","kb")
);

-- CreateTable
CREATE TABLE "order_3" (
    "id" VARCHAR(30) NOT NULL,
    "f0" TIMETZ(2) NOT NULL,
    "f1" TIMESTAMP(3) NOT NULL,
    "r1_model3_0" VARCHAR(30),

    CONSTRAINT "order_3_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Model 1 with space_f3_key" ON "Model 1 with space"("f3");

-- CreateIndex
CREATE INDEX "idx_model2_f1" ON "a_table_name_long_enough_to_push_index_names_past_63_2"("f1" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "order_3_f0_key" ON "order_3"("f0");

-- CreateIndex
CREATE UNIQUE INDEX "order_3_f0_f1_key" ON "order_3"("f0", "f1");

-- AddForeignKey
ALTER TABLE "Model0" ADD CONSTRAINT "Model0_r0_model0_0_fkey" FOREIGN KEY ("r0_model0_0") REFERENCES "Model0"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "order_3" ADD CONSTRAINT "order_3_r1_model3_0_fkey" FOREIGN KEY ("r1_model3_0") REFERENCES "order_3"("id") ON DELETE NO ACTION ON UPDATE CASCADE;
