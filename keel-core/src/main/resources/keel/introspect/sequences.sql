-- Sequences with their options and the column they are OWNED BY (SERIAL). Identity columns' internal sequences
-- (dependency type 'i') are left out: they belong to the column. Parameter 1: text[] of schema names.
SELECT n.nspname AS schema_name,
       c.relname AS sequence_name,
       pg_catalog.format_type(s.seqtypid, NULL) AS data_type,
       s.seqstart AS start_value,
       s.seqincrement AS increment_by,
       s.seqmin AS min_value,
       s.seqmax AS max_value,
       s.seqcache AS cache_size,
       s.seqcycle AS cycle,
       tn.nspname AS owner_schema,
       tc.relname AS owner_table,
       ta.attname AS owner_column
FROM pg_catalog.pg_sequence s
JOIN pg_catalog.pg_class c ON c.oid = s.seqrelid
JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
LEFT JOIN pg_catalog.pg_depend d ON d.classid = 'pg_catalog.pg_class'::regclass AND d.objid = c.oid
      AND d.refclassid = 'pg_catalog.pg_class'::regclass AND d.refobjsubid > 0 AND d.deptype IN ('a', 'i')
LEFT JOIN pg_catalog.pg_class tc ON tc.oid = d.refobjid
LEFT JOIN pg_catalog.pg_namespace tn ON tn.oid = tc.relnamespace
LEFT JOIN pg_catalog.pg_attribute ta ON ta.attrelid = d.refobjid AND ta.attnum = d.refobjsubid
WHERE n.nspname = ANY (?)
  AND (d.deptype IS NULL OR d.deptype = 'a')
  AND (tc.relname IS NULL OR (tc.relname <> '_prisma_migrations' AND tc.relname NOT LIKE '\_keel\_%'))
  AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend dep
                  WHERE dep.classid = 'pg_catalog.pg_class'::regclass AND dep.objid = c.oid AND dep.deptype = 'e')
ORDER BY n.nspname, c.relname
