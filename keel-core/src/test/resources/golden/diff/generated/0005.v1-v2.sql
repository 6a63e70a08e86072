-- DropIndex
DROP INDEX "Model0_f2_idx";
