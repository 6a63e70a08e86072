-- CreateTable
CREATE TABLE "modèle_50" (
    "ka" INTEGER NOT NULL,
    "kb" TEXT NOT NULL,
    "f0" INTEGER NOT NULL,
    "f1_col" "Enum0"[],
    "f2" JSON,
    "f3" "Enum0"[],
    "f4" "Enum0" NOT NULL DEFAULT 'value 0',

    CONSTRAINT "modèle_50_pkey" PRIMARY KEY ("ka","kb")
);
