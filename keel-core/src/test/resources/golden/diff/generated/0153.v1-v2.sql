-- CreateEnum
CREATE TYPE "Enum10" AS ENUM ('V0', 'V1');

-- CreateIndex
CREATE UNIQUE INDEX "Model 1 with space_f2_key" ON "Model 1 with space"("f2");
