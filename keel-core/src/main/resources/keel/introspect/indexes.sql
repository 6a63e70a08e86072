-- One row per key or INCLUDE column of every index of the tables in tables.sql (primary keys and exclusion
-- constraints excluded). element_def is pg_get_indexdef's text for that position: the column name or the expression.
-- options: bit 1 = DESC, bit 2 = NULLS FIRST. Parameter 1: text[] of schema names.
SELECT n.nspname AS schema_name,
       c.relname AS table_name,
       ic.relname AS index_name,
       am.amname AS method,
       i.indisunique AS is_unique,
       i.indnullsnotdistinct AS nulls_not_distinct,
       i.indnkeyatts AS key_count,
       con.contype AS constraint_type,
       pg_catalog.pg_get_expr(i.indpred, i.indrelid, true) AS predicate,
       k.ord AS position,
       k.attnum AS attnum,
       pg_catalog.pg_get_indexdef(i.indexrelid, k.ord::int, true) AS element_def,
       att.attname AS column_name,
       k.options AS options,
       opc.opcname AS opclass_name,
       opc.opcdefault AS opclass_is_default
FROM pg_catalog.pg_index i
JOIN pg_catalog.pg_class ic ON ic.oid = i.indexrelid
JOIN pg_catalog.pg_class c ON c.oid = i.indrelid
JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
JOIN pg_catalog.pg_am am ON am.oid = ic.relam
LEFT JOIN pg_catalog.pg_constraint con ON con.conindid = i.indexrelid AND con.conrelid = i.indrelid
      AND con.contype IN ('p', 'u', 'x')
CROSS JOIN LATERAL unnest(i.indkey::int2[], i.indclass::oid[], i.indoption::int2[])
      WITH ORDINALITY AS k(attnum, opclass, options, ord)
LEFT JOIN pg_catalog.pg_attribute att ON att.attrelid = i.indrelid AND att.attnum = k.attnum AND k.attnum > 0
LEFT JOIN pg_catalog.pg_opclass opc ON opc.oid = k.opclass
WHERE n.nspname = ANY (?)
  AND c.relkind IN ('r', 'p')
  AND NOT c.relispartition
  AND c.relname <> '_prisma_migrations'
  AND c.relname NOT LIKE '\_keel\_%'
  AND NOT i.indisprimary
  AND (con.contype IS NULL OR con.contype = 'u')
ORDER BY n.nspname, c.relname, ic.relname, k.ord
