-- AlterEnum
BEGIN;
CREATE TYPE "mood_type_new" AS ENUM ('happy', 'm e h');
ALTER TABLE "Defaults" ALTER COLUMN "e" DROP DEFAULT;
ALTER TABLE "Defaults" ALTER COLUMN "el" DROP DEFAULT;
ALTER TABLE "Defaults" ALTER COLUMN "e" TYPE "mood_type_new" USING ("e"::text::"mood_type_new");
ALTER TABLE "Defaults" ALTER COLUMN "el" TYPE "mood_type_new"[] USING ("el"::text::"mood_type_new"[]);
ALTER TYPE "mood_type" RENAME TO "mood_type_old";
ALTER TYPE "mood_type_new" RENAME TO "mood_type";
DROP TYPE "mood_type_old";
ALTER TABLE "Defaults" ALTER COLUMN "e" SET DEFAULT 'happy';
ALTER TABLE "Defaults" ALTER COLUMN "el" SET DEFAULT ARRAY['happy', 'm e h']::"mood_type"[];
COMMIT;

-- AlterTable
ALTER TABLE "Defaults" ALTER COLUMN "d" SET DEFAULT 2.500,
ALTER COLUMN "f" SET DEFAULT 3,
ALTER COLUMN "e" SET DEFAULT 'happy';
