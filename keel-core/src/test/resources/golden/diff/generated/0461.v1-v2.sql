-- DropIndex
DROP INDEX "Model2_f0_idx";
