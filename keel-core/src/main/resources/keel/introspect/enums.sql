-- Enum types and their values in sort order (an enum without values gives one row with a NULL value).
-- Parameter 1: text[] of schema names.
SELECT n.nspname AS schema_name, t.typname AS type_name, e.enumlabel AS value
FROM pg_catalog.pg_type t
JOIN pg_catalog.pg_namespace n ON n.oid = t.typnamespace
LEFT JOIN pg_catalog.pg_enum e ON e.enumtypid = t.oid
WHERE n.nspname = ANY (?)
  AND t.typtype = 'e'
  AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend dep
                  WHERE dep.classid = 'pg_catalog.pg_type'::regclass AND dep.objid = t.oid AND dep.deptype = 'e')
ORDER BY n.nspname, t.typname, e.enumsortorder
