-- CreateTable
CREATE TABLE "order" (
    "id" INTEGER NOT NULL,
    "f0" INET NOT NULL,
    "f1" JSONB DEFAULT '{}',
    "f2" REAL NOT NULL DEFAULT 0.25,
    "f3" VARBIT(16) NOT NULL,
    "r0_model0_0" INTEGER,
    "r1_model0_0" INTEGER,

    CONSTRAINT "order_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "model_1" (
    "id" VARCHAR(30) NOT NULL,
    "f0" OID NOT NULL,
    "f1" TEXT NOT NULL,
    "f2_col" INET,

    CONSTRAINT "model_1_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model 2 with space" (
    "id" TEXT NOT NULL,
    "f0" OID,
    "f1" TIME(3)[],
    "f2" BIGINT NOT NULL DEFAULT 9007199254740993,
    "f3" UUID NOT NULL,
    "f4" VARCHAR(191),

    CONSTRAINT "Model 2 with space_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "_Model0ToModel1" (
    "A" INTEGER NOT NULL,
    "B" VARCHAR(30) NOT NULL,

    CONSTRAINT "_Model0ToModel1_AB_pkey" PRIMARY KEY ("A","B")
);

-- CreateIndex
CREATE UNIQUE INDEX "model_1_f1_f0_key" ON "model_1"("f1", "f0");

-- CreateIndex
CREATE INDEX "_Model0ToModel1_B_index" ON "_Model0ToModel1"("B");

-- AddForeignKey
ALTER TABLE "order" ADD CONSTRAINT "order_r0_model0_0_fkey" FOREIGN KEY ("r0_model0_0") REFERENCES "order"("id") ON DELETE RESTRICT ON UPDATE SET NULL;

-- AddForeignKey
ALTER TABLE "order" ADD CONSTRAINT "order_r1_model0_0_fkey" FOREIGN KEY ("r1_model0_0") REFERENCES "order"("id") ON DELETE SET NULL ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "_Model0ToModel1" ADD CONSTRAINT "_Model0ToModel1_A_fkey" FOREIGN KEY ("A") REFERENCES "order"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_Model0ToModel1" ADD CONSTRAINT "_Model0ToModel1_B_fkey" FOREIGN KEY ("B") REFERENCES "model_1"("id") ON DELETE CASCADE ON UPDATE CASCADE;
