-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateTable
CREATE TABLE "a_table_name_long_enough_to_push_index_names_past_63_0" (
    "id" INTEGER NOT NULL,

    CONSTRAINT "a_table_name_long_enough_to_push_index_names_past_63_0_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model1" (
    "id" TEXT NOT NULL,
    "f0" TIMESTAMP(3),
    "r0_model1_0" TEXT,
    "r1_model1_0" TEXT,

    CONSTRAINT "Model1_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "model_2" (
    "id" VARCHAR(30) NOT NULL,
    "f0" INET NOT NULL,

    CONSTRAINT "model_2_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "modèle_3" (
    "ka" INTEGER NOT NULL,
    "kb" TEXT NOT NULL,
    "r2_model2_0" VARCHAR(30) NOT NULL,
    "r3_model2_0" VARCHAR(30),

    CONSTRAINT "modèle_3_pkey" PRIMARY KEY ("ka","kb")
);

-- CreateIndex
CREATE INDEX "modèle_3_ka_kb_idx" ON "modèle_3"("ka", "kb");

-- AddForeignKey
ALTER TABLE "Model1" ADD CONSTRAINT "Model1_r0_model1_0_fkey" FOREIGN KEY ("r0_model1_0") REFERENCES "Model1"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Model1" ADD CONSTRAINT "Model1_r1_model1_0_fkey" FOREIGN KEY ("r1_model1_0") REFERENCES "Model1"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "modèle_3" ADD CONSTRAINT "modèle_3_r2_model2_0_fkey" FOREIGN KEY ("r2_model2_0") REFERENCES "model_2"("id") ON DELETE CASCADE ON UPDATE RESTRICT;

-- AddForeignKey
ALTER TABLE "modèle_3" ADD CONSTRAINT "modèle_3_r3_model2_0_fkey" FOREIGN KEY ("r3_model2_0") REFERENCES "model_2"("id") ON DELETE NO ACTION ON UPDATE SET NULL;
