-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateTable
CREATE TABLE "Model0" (
    "id" BIGSERIAL NOT NULL,
    "select_f0" BOOLEAN NOT NULL DEFAULT false,
    "f1" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "select_f2" DATE,
    "f3" OID,
    "f4" BIGINT NOT NULL,
    "select_f5" BOOLEAN,

    CONSTRAINT "Model0_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model1" (
    "id" VARCHAR(30) NOT NULL,
    "select_f0" TIMESTAMP(0),
    "r0_model0_0" BIGINT NOT NULL,
    "r1_model0_0" BIGINT NOT NULL,

    CONSTRAINT "Model1_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "_M2" (
    "A" BIGINT NOT NULL,
    "B" VARCHAR(30) NOT NULL,

    CONSTRAINT "_M2_AB_pkey" PRIMARY KEY ("A","B")
);

-- CreateIndex
CREATE UNIQUE INDEX "Model0_f1_key" ON "Model0"("f1");

-- CreateIndex
CREATE UNIQUE INDEX "Model1_r1_model0_0_key" ON "Model1"("r1_model0_0");

-- CreateIndex
CREATE INDEX "_M2_B_index" ON "_M2"("B");

-- AddForeignKey
ALTER TABLE "Model1" ADD CONSTRAINT "Model1_r0_model0_0_fkey" FOREIGN KEY ("r0_model0_0") REFERENCES "Model0"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Model1" ADD CONSTRAINT "Model1_r1_model0_0_fkey" FOREIGN KEY ("r1_model0_0") REFERENCES "Model0"("id") ON DELETE RESTRICT ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "_M2" ADD CONSTRAINT "_M2_A_fkey" FOREIGN KEY ("A") REFERENCES "Model0"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_M2" ADD CONSTRAINT "_M2_B_fkey" FOREIGN KEY ("B") REFERENCES "Model1"("id") ON DELETE CASCADE ON UPDATE CASCADE;
