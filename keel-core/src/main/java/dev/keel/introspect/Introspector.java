package dev.keel.introspect;

import dev.keel.api.ErrorCode;
import dev.keel.api.KeelException;
import dev.keel.schema.Normalize;
import dev.keel.schema.Schema;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

/**
 * Reads a live database into the {@link Schema} model with a fixed number of catalog queries ({@link #QUERY_COUNT}),
 * whatever the number of tables. The result is normalised ({@link Normalize#schema}).
 *
 * <p>Needs PostgreSQL 12 or later (generated columns); tested on 15 and 17. Left out: Prisma's {@code _prisma_migrations} table, Keel's {@code _keel_*} tables, partitions (their parent
 * is read), objects that belong to an extension, exclusion constraints, and plpgsql.
 */
public final class Introspector {
    /** Statements one {@link #introspect} call sends. */
    public static final int QUERY_COUNT = CatalogQuery.values().length;

    private Introspector() {
    }

    /**
     * Reads the given schemas. When the connection is in auto-commit mode the queries run in one read-only
     * REPEATABLE READ transaction, so they see one snapshot; otherwise they run in the caller's transaction.
     */
    public static Schema introspect(Connection connection, List<String> schemas) {
        try {
            boolean ownTransaction = connection.getAutoCommit();
            int isolation = connection.getTransactionIsolation();
            if (ownTransaction) {
                connection.setAutoCommit(false);
                connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            }
            try {
                Schema s = read(connection, schemas);
                if (ownTransaction) {
                    connection.commit();
                }
                return s;
            } catch (SQLException | RuntimeException e) {
                if (ownTransaction) {
                    connection.rollback();
                }
                throw e;
            } finally {
                if (ownTransaction) {
                    connection.setAutoCommit(true);
                    connection.setTransactionIsolation(isolation);
                }
            }
        } catch (SQLException e) {
            throw new KeelException(ErrorCode.DATABASE_ERROR, "Could not read the database schema: "
                    + e.getMessage(), e);
        }
    }

    private static Schema read(Connection c, List<String> schemas) throws SQLException {
        Array schemaArray = c.createArrayOf("text", schemas.toArray(new String[0]));
        int major = c.getMetaData().getDatabaseMajorVersion();
        if (major < 12) {
            throw new KeelException(ErrorCode.DATABASE_ERROR, "Keel needs PostgreSQL 12 or later to read a schema; "
                    + "the server is version " + c.getMetaData().getDatabaseProductVersion() + ".");
        }
        CatalogReader r = new CatalogReader();
        query(c, major, CatalogQuery.NAMESPACES, schemaArray, r::namespace);
        query(c, major, CatalogQuery.TABLES, schemaArray, r::table);
        query(c, major, CatalogQuery.COLUMNS, schemaArray, r::column);
        query(c, major, CatalogQuery.CONSTRAINTS, schemaArray, r::constraint);
        query(c, major, CatalogQuery.INDEXES, schemaArray, r::indexElement);
        query(c, major, CatalogQuery.ENUMS, schemaArray, r::enumValue);
        query(c, major, CatalogQuery.SEQUENCES, schemaArray, r::sequence);
        query(c, major, CatalogQuery.VIEWS, schemaArray, r::view);
        query(c, major, CatalogQuery.EXTENSIONS, schemaArray, r::extension);
        return Normalize.schema(r.build());
    }

    private interface RowHandler {
        void row(ResultSet rs) throws SQLException;
    }

    private static void query(Connection c, int major, CatalogQuery q, Array schemas, RowHandler handler)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(q.sql(major))) {
            if (q.takesSchemas()) {
                ps.setArray(1, schemas);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    handler.row(rs);
                }
            }
        }
    }
}
