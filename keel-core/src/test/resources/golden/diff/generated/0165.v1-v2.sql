-- AlterTable
ALTER TABLE "Model 2 with space" ADD COLUMN     "r100_model1_0" VARCHAR(30) NOT NULL;

-- CreateTable
CREATE TABLE "Added1" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "select_f0" VARCHAR(191)[],
    "select_f1" INET NOT NULL,
    "select_f2" DOUBLE PRECISION NOT NULL,
    "f3" REAL,

    CONSTRAINT "Added1_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Added2" (
    "id" VARCHAR(30) NOT NULL,
    "f0" BYTEA NOT NULL,
    "f1" TIMESTAMP(3) NOT NULL,
    "select_f2" DECIMAL(10,2) DEFAULT 0,
    "f3" OID,
    "f4" DOUBLE PRECISION,
    "f5_col" TEXT[],

    CONSTRAINT "Added2_pkey" PRIMARY KEY ("id")
);

-- AddForeignKey
ALTER TABLE "Model 2 with space" ADD CONSTRAINT "Model 2 with space_r100_model1_0_fkey" FOREIGN KEY ("r100_model1_0") REFERENCES "Model1"("id") ON DELETE CASCADE ON UPDATE CASCADE;
