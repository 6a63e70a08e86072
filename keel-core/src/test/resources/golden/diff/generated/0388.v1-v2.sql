-- AlterTable
ALTER TABLE "Model3" DROP COLUMN "select_f1",
DROP COLUMN "f2",
ADD COLUMN     "f2" TIME(3)[];

-- CreateTable
CREATE TABLE "modèle_50" (
    "id" VARCHAR(30) NOT NULL,
    "f0 with space" "Enum0"[],
    "f1" "Enum0" DEFAULT 'V0',

    CONSTRAINT "modèle_50_pkey" PRIMARY KEY ("id")
);
