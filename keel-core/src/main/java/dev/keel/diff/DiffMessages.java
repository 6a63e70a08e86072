package dev.keel.diff;

import java.util.List;

/** Prisma's destructive-change and unexecutable-step texts, word for word (the variants without row counts). */
public final class DiffMessages {
    private DiffMessages() {
    }

    public static String tableDrop(String table) {
        return "You are about to drop the `" + table + "` table. If the table is not empty, all the data it contains "
                + "will be lost.";
    }

    public static String columnDrop(String column, String table) {
        return "You are about to drop the column `" + column + "` on the `" + table
                + "` table. All the data in the column will be lost.";
    }

    public static String riskyCast(String column, String table, String from, String to) {
        return "You are about to alter the column `" + column + "` on the `" + table
                + "` table. The data in that column could be lost. The data in that column will be cast from `"
                + from + "` to `" + to + "`.";
    }

    public static String notCastable(String column, String table, String from, String to) {
        return "You are about to alter the column `" + column + "` on the `" + table
                + "` table. The data in that column will be cast from `" + from + "` to `" + to
                + "`. This cast may fail. Please make sure the data in the column can be cast.";
    }

    public static String dropAndRecreate(String column, String table) {
        return "The `" + column + "` column on the `" + table
                + "` table would be dropped and recreated. This will lead to data loss if there is data in the column.";
    }

    public static String primaryKeyChange(String table) {
        return "The primary key for the `" + table
                + "` table will be changed. If it partially fails, the table could be left without primary key "
                + "constraint.";
    }

    public static String uniqueAddition(String table, List<String> columns) {
        return "A unique constraint covering the columns `[" + String.join(",", columns) + "]` on the table `"
                + table + "` will be added. If there are existing duplicate values, this will fail.";
    }

    public static String enumValueRemoval(String enumName, List<String> values) {
        return "The values [" + String.join(",", values) + "] on the enum `" + enumName
                + "` will be removed. If these variants are still used in the database, this will fail.";
    }

    public static String addedRequiredColumn(String column, String table) {
        return "Added the required column `" + column + "` to the `" + table
                + "` table without a default value. This is not possible if the table is not empty.";
    }

    public static String madeRequired(String column, String table) {
        return "Made the column `" + column + "` on table `" + table
                + "` required. This step will fail if there are existing NULL values in that column.";
    }

    public static String scalarToList(String column, String table) {
        return "Changed the column `" + column + "` on the `" + table
                + "` table from a scalar field to a list field. If there are non-null values in that column, this "
                + "step will fail.";
    }

    public static String dropAndRecreateRequired(String column, String table) {
        return "Changed the type of `" + column + "` on the `" + table
                + "` table. No cast exists, the column would be dropped and recreated, which cannot be done if there "
                + "is data, since the column is required.";
    }
}
