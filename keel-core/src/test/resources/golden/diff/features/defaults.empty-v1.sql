-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "mood_type" AS ENUM ('happy', 'SAD', 'm e h');

-- CreateTable
CREATE TABLE "Defaults" (
    "id" SMALLSERIAL NOT NULL,
    "t" TIMESTAMP(3) NOT NULL DEFAULT '2020-01-02 03:04:05.120 +00:00',
    "u" TIMESTAMPTZ(3) NOT NULL DEFAULT '2020-01-02 03:04:05 +02:00',
    "l" TIMESTAMP(3)[] DEFAULT ARRAY['2020-01-02 03:04:05 +00:00']::TIMESTAMP(3)[],
    "d" DECIMAL(65,30) NOT NULL DEFAULT 1.50,
    "dl" DECIMAL(65,30)[] DEFAULT ARRAY[1.10, 2]::DECIMAL(65,30)[],
    "f" DOUBLE PRECISION NOT NULL DEFAULT 2.50,
    "fl" DOUBLE PRECISION[] DEFAULT ARRAY[1.5, 2.0]::DOUBLE PRECISION[],
    "il" INTEGER[] DEFAULT ARRAY[1, 2, 3]::INTEGER[],
    "sl" TEXT[] DEFAULT ARRAY['a', 'it''s', 'c\d']::TEXT[],
    "bl" BOOLEAN[] DEFAULT ARRAY[true, false]::BOOLEAN[],
    "b" BYTEA NOT NULL DEFAULT '\x68656c6c6f',
    "j" JSONB NOT NULL DEFAULT '{"b": 1, "a" : [1,2], "aa": {"z": null}}',
    "jj" JSON NOT NULL DEFAULT '[]',
    "s" TEXT NOT NULL DEFAULT 'it''s \ a',
    "e" "mood_type" NOT NULL DEFAULT 'm e h',
    "el" "mood_type"[] DEFAULT ARRAY['happy', 'm e h']::"mood_type"[],
    "big" BIGINT NOT NULL DEFAULT -9223372036854775808,
    "g" tsvector,
    "w" interval( 3 ),
    "n" numeric( 7 , 3 ) NOT NULL DEFAULT 1.500,
    "x" TEXT NOT NULL DEFAULT 'x'::text,
    "v" VARCHAR NOT NULL,
    "c" CHAR NOT NULL,
    "now" TIMESTAMP(0) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated" DATE NOT NULL,

    CONSTRAINT "Defaults_pkey" PRIMARY KEY ("id")
);
