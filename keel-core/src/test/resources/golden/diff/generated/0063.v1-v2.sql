-- DropTable
DROP TABLE "modèle_0";

-- CreateTable
CREATE TABLE "Model0" (
    "ka" INTEGER NOT NULL,
    "kb" TEXT NOT NULL,
    "f0" VARCHAR(191) NOT NULL,
    "select_f1" TIMESTAMP(3),
    "f2_col" TIME(3),
    "f3 with space" OID,
    "f4 with space" XML NOT NULL,
    "f5 with space" "enum_0_type" NOT NULL,

    CONSTRAINT "Model0_pkey" PRIMARY KEY ("ka","kb")
);
