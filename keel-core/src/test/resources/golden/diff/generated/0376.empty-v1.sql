-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateTable
CREATE TABLE "Model0" (
    "id" SERIAL NOT NULL,

    CONSTRAINT "Model0_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model 1 with space" (
    "id" VARCHAR(30) NOT NULL,
    "f0" JSON,
    "f1" TIMESTAMPTZ(6),
    "f2" VARCHAR(191)[],
    "f3_col" INET,
    "r0_model0_0" INTEGER,
    "r1_model1_0" VARCHAR(30),

    CONSTRAINT "Model 1 with space_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Model 1 with space_r0_model0_0_key" ON "Model 1 with space"("r0_model0_0");

-- AddForeignKey
ALTER TABLE "Model 1 with space" ADD CONSTRAINT "Model 1 with space_r0_model0_0_fkey" FOREIGN KEY ("r0_model0_0") REFERENCES "Model0"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Model 1 with space" ADD CONSTRAINT "Model 1 with space_r1_model1_0_fkey" FOREIGN KEY ("r1_model1_0") REFERENCES "Model 1 with space"("id") ON DELETE CASCADE ON UPDATE CASCADE;
