-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateTable
CREATE TABLE "a_table_name_long_enough_to_push_index_names_past_63_0" (
    "id" VARCHAR(30) NOT NULL,
    "f0" VARCHAR(191) NOT NULL,
    "f1" DOUBLE PRECISION,
    "f2" SMALLINT NOT NULL,
    "f3_col" VARBIT(16) NOT NULL,
    "f4" JSONB,
    "f5 with space" INTEGER DEFAULT 42,
    "r0_model0_0" VARCHAR(30),

    CONSTRAINT "a_table_name_long_enough_to_push_index_names_past_63_0_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model1" (
    "id" VARCHAR(30) NOT NULL,
    "f0" TIMETZ(2) NOT NULL,
    "f1" CHAR(10),
    "select_f2" SMALLINT NOT NULL,
    "r1_model0_0" VARCHAR(30),
    "r2_model0_0" VARCHAR(30) NOT NULL,

    CONSTRAINT "Model1_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model2" (
    "id" VARCHAR(30) NOT NULL,
    "f0 with space" JSONB,
    "select_f1" TIMETZ(2) NOT NULL,
    "f2 with space" REAL NOT NULL DEFAULT 0.25,
    "f3 with space" BOOLEAN NOT NULL DEFAULT false,
    "f4_col" TIMESTAMP(0),
    "select_f5" TIME(3),

    CONSTRAINT "Model2_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "model_3" (
    "ka" INTEGER NOT NULL,
    "kb" TEXT NOT NULL,
    "r3_model3_0" INTEGER,
    "r3_model3_1" TEXT,

    CONSTRAINT "model_3_pkey" PRIMARY KEY ("ka","kb")
);

-- CreateTable
CREATE TABLE "_Model0ToModel1" (
    "A" VARCHAR(30) NOT NULL,
    "B" VARCHAR(30) NOT NULL,

    CONSTRAINT "_Model0ToModel1_AB_pkey" PRIMARY KEY ("A","B")
);

-- CreateIndex
CREATE UNIQUE INDEX "Model1_select_f2_key" ON "Model1"("select_f2");

-- CreateIndex
CREATE UNIQUE INDEX "Model2_f2 with space_f3 with space_key" ON "Model2"("f2 with space", "f3 with space");

-- CreateIndex
CREATE INDEX "_Model0ToModel1_B_index" ON "_Model0ToModel1"("B");

-- AddForeignKey
ALTER TABLE "a_table_name_long_enough_to_push_index_names_past_63_0" ADD CONSTRAINT "a_table_name_long_enough_to_push_index_names_past_63_0_r0__fkey" FOREIGN KEY ("r0_model0_0") REFERENCES "a_table_name_long_enough_to_push_index_names_past_63_0"("id") ON DELETE SET NULL ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "Model1" ADD CONSTRAINT "Model1_r1_model0_0_fkey" FOREIGN KEY ("r1_model0_0") REFERENCES "a_table_name_long_enough_to_push_index_names_past_63_0"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Model1" ADD CONSTRAINT "Model1_r2_model0_0_fkey" FOREIGN KEY ("r2_model0_0") REFERENCES "a_table_name_long_enough_to_push_index_names_past_63_0"("id") ON DELETE CASCADE ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "model_3" ADD CONSTRAINT "model_3_r3_model3_0_r3_model3_1_fkey" FOREIGN KEY ("r3_model3_0", "r3_model3_1") REFERENCES "model_3"("ka", "kb") ON DELETE NO ACTION ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_Model0ToModel1" ADD CONSTRAINT "_Model0ToModel1_A_fkey" FOREIGN KEY ("A") REFERENCES "a_table_name_long_enough_to_push_index_names_past_63_0"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_Model0ToModel1" ADD CONSTRAINT "_Model0ToModel1_B_fkey" FOREIGN KEY ("B") REFERENCES "Model1"("id") ON DELETE CASCADE ON UPDATE CASCADE;
