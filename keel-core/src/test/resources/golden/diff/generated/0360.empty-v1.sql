-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateTable
CREATE TABLE "order" (
    "id" BIGSERIAL NOT NULL,
    "f0" BIT(8)[],
    "f1" JSONB,
    "f2" TEXT,
    "f3" INTEGER DEFAULT 0,
    "select_f4" INTEGER NOT NULL,
    "f5" CHAR(10)[],
    "r0_model0_0" BIGINT,
    "r1_model0_0" BIGINT,

    CONSTRAINT "order_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "order_1" (
    "id" BIGSERIAL NOT NULL,
    "f0" BIT(8)[],
    "f1" BOOLEAN NOT NULL,
    "f2" XML NOT NULL,
    "f3_col" SMALLINT NOT NULL DEFAULT -5,
    "r2_model0_0" BIGINT,

    CONSTRAINT "order_1_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "order_select_f4_key" ON "order"("select_f4");

-- AddForeignKey
ALTER TABLE "order" ADD CONSTRAINT "order_r0_model0_0_fkey" FOREIGN KEY ("r0_model0_0") REFERENCES "order"("id") ON DELETE RESTRICT ON UPDATE RESTRICT;

-- AddForeignKey
ALTER TABLE "order" ADD CONSTRAINT "order_r1_model0_0_fkey" FOREIGN KEY ("r1_model0_0") REFERENCES "order"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "order_1" ADD CONSTRAINT "order_1_r2_model0_0_fkey" FOREIGN KEY ("r2_model0_0") REFERENCES "order"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
