-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateTable
CREATE TABLE "Model0" (
    "id" BIGSERIAL NOT NULL,
    "f0" BYTEA,
    "f1" BYTEA NOT NULL,
    "f2" SMALLINT,

    CONSTRAINT "Model0_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model 1 with space" (
    "id" INTEGER NOT NULL,
    "f0" DECIMAL(65,30)[],
    "f1 with space" INET NOT NULL,
    "f2" XML[],
    "f3 with space" TIMETZ(2),
    "f4" UUID[],
    "f5_col" BIGINT NOT NULL,

    CONSTRAINT "Model 1 with space_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "_M0" (
    "A" BIGINT NOT NULL,
    "B" INTEGER NOT NULL,

    CONSTRAINT "_M0_AB_pkey" PRIMARY KEY ("A","B")
);

-- CreateIndex
CREATE UNIQUE INDEX "Model 1 with space_f1 with space_key" ON "Model 1 with space"("f1 with space");

-- CreateIndex
CREATE INDEX "_M0_B_index" ON "_M0"("B");

-- AddForeignKey
ALTER TABLE "_M0" ADD CONSTRAINT "_M0_A_fkey" FOREIGN KEY ("A") REFERENCES "Model0"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_M0" ADD CONSTRAINT "_M0_B_fkey" FOREIGN KEY ("B") REFERENCES "Model 1 with space"("id") ON DELETE CASCADE ON UPDATE CASCADE;
