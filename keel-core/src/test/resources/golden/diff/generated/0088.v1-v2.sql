-- DropTable
DROP TABLE "Model0";

-- DropTable
DROP TABLE "Model1";

-- CreateTable
CREATE TABLE "model0_renamed" (
    "ka" INTEGER NOT NULL,
    "kb" TEXT NOT NULL,
    "f0" DECIMAL(10,2)[],
    "f1" BIT(8) NOT NULL,
    "f2" TIMESTAMPTZ(6) DEFAULT CURRENT_TIMESTAMP,
    "r100_model1_0" BIGINT,

    CONSTRAINT "model0_renamed_pkey" PRIMARY KEY ("ka","kb")
);

-- CreateTable
CREATE TABLE "model1_renamed" (
    "id" BIGSERIAL NOT NULL,

    CONSTRAINT "model1_renamed_pkey" PRIMARY KEY ("id")
);

-- AddForeignKey
ALTER TABLE "model0_renamed" ADD CONSTRAINT "model0_renamed_r100_model1_0_fkey" FOREIGN KEY ("r100_model1_0") REFERENCES "model1_renamed"("id") ON DELETE NO ACTION ON UPDATE RESTRICT;
