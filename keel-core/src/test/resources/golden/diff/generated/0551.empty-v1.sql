-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateTable
CREATE TABLE "Model0" (
    "id" VARCHAR(30) NOT NULL,
    "f0 with space" XML NOT NULL,
    "select_f1" INET NOT NULL,
    "select_f2" JSONB NOT NULL,
    "f3" BIGINT NOT NULL,
    "f4" BYTEA NOT NULL,

    CONSTRAINT "Model0_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model1" (
    "id" VARCHAR(30) NOT NULL,
    "f0" JSON[],
    "f1 with space" INTEGER NOT NULL DEFAULT 42,
    "f2 with space" MONEY,
    "f3" MONEY NOT NULL,
    "f4" TIMESTAMPTZ(6) NOT NULL,
    "r0_model1_0" VARCHAR(30),

    CONSTRAINT "Model1_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Model0_select_f1_key" ON "Model0"("select_f1");

-- AddForeignKey
ALTER TABLE "Model1" ADD CONSTRAINT "Model1_r0_model1_0_fkey" FOREIGN KEY ("r0_model1_0") REFERENCES "Model1"("id") ON DELETE SET NULL ON UPDATE SET NULL;
