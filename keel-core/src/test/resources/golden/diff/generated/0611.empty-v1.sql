-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateTable
CREATE TABLE "Model 0 with space" (
    "id" TEXT NOT NULL,
    "f0" CHAR(10)[],
    "f1" TIMETZ(2)[],
    "r0_model0_0" TEXT,

    CONSTRAINT "Model 0 with space_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "a_table_name_long_enough_to_push_index_names_past_63_1" (
    "id" TEXT NOT NULL,
    "f0" DATE NOT NULL,
    "f1" DOUBLE PRECISION NOT NULL,
    "f2" TIME(3)[],

    CONSTRAINT "a_table_name_long_enough_to_push_index_names_past_63_1_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "_Model0ToModel1" (
    "A" TEXT NOT NULL,
    "B" TEXT NOT NULL,

    CONSTRAINT "_Model0ToModel1_AB_pkey" PRIMARY KEY ("A","B")
);

-- CreateIndex
CREATE INDEX "_Model0ToModel1_B_index" ON "_Model0ToModel1"("B");

-- AddForeignKey
ALTER TABLE "Model 0 with space" ADD CONSTRAINT "Model 0 with space_r0_model0_0_fkey" FOREIGN KEY ("r0_model0_0") REFERENCES "Model 0 with space"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_Model0ToModel1" ADD CONSTRAINT "_Model0ToModel1_A_fkey" FOREIGN KEY ("A") REFERENCES "Model 0 with space"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_Model0ToModel1" ADD CONSTRAINT "_Model0ToModel1_B_fkey" FOREIGN KEY ("B") REFERENCES "a_table_name_long_enough_to_push_index_names_past_63_1"("id") ON DELETE CASCADE ON UPDATE CASCADE;
