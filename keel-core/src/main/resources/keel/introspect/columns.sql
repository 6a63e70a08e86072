-- Every column of the tables in tables.sql, in ordinal order. The element type of an array is reported separately so
-- enums and extension types can be referenced by name; default_seq_* is the sequence a nextval() default depends on
-- (read from pg_depend, so it is exact whatever the search_path). Parameter 1: text[] of schema names.
SELECT n.nspname AS schema_name,
       c.relname AS table_name,
       a.attname AS column_name,
       pg_catalog.format_type(a.atttypid, a.atttypmod) AS formatted_type,
       (t.typelem <> 0 AND t.typlen = -1) AS is_array,
       et.typname AS element_type_name,
       etn.nspname AS element_type_schema,
       et.typtype AS element_type_kind,
       a.attnotnull AS not_null,
       pg_catalog.pg_get_expr(d.adbin, d.adrelid) AS default_expr,
       a.attidentity AS identity,
       a.attgenerated AS generated,
       CASE WHEN a.attcollation <> t.typcollation THEN co.collname END AS collation_name,
       seqn.nspname AS default_seq_schema,
       seq.relname AS default_seq_name
FROM pg_catalog.pg_attribute a
JOIN pg_catalog.pg_class c ON c.oid = a.attrelid
JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
JOIN pg_catalog.pg_type t ON t.oid = a.atttypid
JOIN pg_catalog.pg_type et ON et.oid = CASE WHEN t.typelem <> 0 AND t.typlen = -1 THEN t.typelem ELSE t.oid END
JOIN pg_catalog.pg_namespace etn ON etn.oid = et.typnamespace
LEFT JOIN pg_catalog.pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
LEFT JOIN pg_catalog.pg_collation co ON co.oid = a.attcollation
LEFT JOIN pg_catalog.pg_depend sd ON d.oid IS NOT NULL
      AND sd.classid = 'pg_catalog.pg_attrdef'::regclass AND sd.objid = d.oid
      AND sd.refclassid = 'pg_catalog.pg_class'::regclass AND sd.deptype = 'n'
      AND EXISTS (SELECT 1 FROM pg_catalog.pg_class s WHERE s.oid = sd.refobjid AND s.relkind = 'S')
LEFT JOIN pg_catalog.pg_class seq ON seq.oid = sd.refobjid
LEFT JOIN pg_catalog.pg_namespace seqn ON seqn.oid = seq.relnamespace
WHERE n.nspname = ANY (?)
  AND c.relkind IN ('r', 'p')
  AND NOT c.relispartition
  AND c.relname <> '_prisma_migrations'
  AND c.relname NOT LIKE '\_keel\_%'
  AND a.attnum > 0
  AND NOT a.attisdropped
ORDER BY n.nspname, c.relname, a.attnum
