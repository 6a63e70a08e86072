-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateTable
CREATE TABLE "Model0" (
    "id" BIGSERIAL NOT NULL,

    CONSTRAINT "Model0_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "model_1" (
    "id" INTEGER NOT NULL,
    "f0" INET,
    "f1" TIME(3) NOT NULL,
    "f2_col" UUID,
    "select_f3" VARBIT(16)[],
    "f4 with space" INTEGER NOT NULL,
    "f5" JSON,

    CONSTRAINT "model_1_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "_M0" (
    "A" BIGINT NOT NULL,
    "B" INTEGER NOT NULL,

    CONSTRAINT "_M0_AB_pkey" PRIMARY KEY ("A","B")
);

-- CreateIndex
CREATE UNIQUE INDEX "model_1_f1_key" ON "model_1"("f1");

-- CreateIndex
CREATE INDEX "_M0_B_index" ON "_M0"("B");

-- AddForeignKey
ALTER TABLE "_M0" ADD CONSTRAINT "_M0_A_fkey" FOREIGN KEY ("A") REFERENCES "Model0"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_M0" ADD CONSTRAINT "_M0_B_fkey" FOREIGN KEY ("B") REFERENCES "model_1"("id") ON DELETE CASCADE ON UPDATE CASCADE;
