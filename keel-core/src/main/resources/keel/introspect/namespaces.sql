-- The requested schemas that exist. Parameter 1: text[] of schema names.
SELECT n.nspname AS name
FROM pg_catalog.pg_namespace n
WHERE n.nspname = ANY (?)
ORDER BY n.nspname
