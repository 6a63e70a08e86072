package dev.keel.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Golden cases: the expected statements are written by hand from PostgreSQL's lexical rules (and psql's). */
class SqlSplitterTest {
    private static List<String> split(String sql) {
        return SqlSplitter.split(sql).stream().map(SqlStatement::sql).toList();
    }

    @Test
    void plainStatementsAndWhitespace() {
        assertThat(split("CREATE TABLE a (id int);\n\nCREATE TABLE b (id int);\n"))
                .containsExactly("CREATE TABLE a (id int)", "CREATE TABLE b (id int)");
        assertThat(split("SELECT 1")).containsExactly("SELECT 1");
        assertThat(split("  ;;  ; ")).isEmpty();
    }

    @Test
    void commentOnlyFileHasNoStatements() {
        assertThat(split("-- This is an empty migration.")).isEmpty();
        assertThat(split("/* a; b */\n-- c;\n")).isEmpty();
    }

    @Test
    void semicolonsInsideStringsAndIdentifiersDoNotSplit() {
        assertThat(split("INSERT INTO \"a;b\" VALUES ('x;y', 'it''s; fine');SELECT 2;"))
                .containsExactly("INSERT INTO \"a;b\" VALUES ('x;y', 'it''s; fine')", "SELECT 2");
        assertThat(split("SELECT \"we\"\"ird;\" FROM t; SELECT 3"))
                .containsExactly("SELECT \"we\"\"ird;\" FROM t", "SELECT 3");
    }

    @Test
    void escapeStringsHonourBackslashes() {
        assertThat(split("SELECT E'it\\'s; still'; SELECT 2"))
                .containsExactly("SELECT E'it\\'s; still'", "SELECT 2");
        // Without the E prefix a backslash is an ordinary character (standard_conforming_strings = on).
        assertThat(split("SELECT 'a\\'; SELECT 2"))
                .containsExactly("SELECT 'a\\'", "SELECT 2");
        // An identifier ending in e before a quote is not an E'' prefix... but "somee'" is not valid SQL either;
        // what matters is that a name like "type" followed by a string literal keeps standard rules.
        assertThat(split("SELECT typE 'a\\'; SELECT 2")).hasSize(2);
    }

    @Test
    void dollarQuotesWithAndWithoutTags() {
        String fn = "CREATE FUNCTION f() RETURNS trigger AS $$\nBEGIN\n  NEW.x := 1; RETURN NEW;\nEND;\n$$ LANGUAGE plpgsql";
        assertThat(split(fn + ";\nSELECT 1;")).containsExactly(fn, "SELECT 1");
        String tagged = "DO $body$ BEGIN PERFORM '$$;'; EXECUTE $q$ SELECT 1; $q$; END $body$";
        assertThat(split(tagged + "; SELECT 2")).containsExactly(tagged, "SELECT 2");
        // $1 is a parameter, and a $ inside an identifier does not open a quote.
        assertThat(split("PREPARE p AS SELECT $1; SELECT a$b$c FROM t; SELECT 3"))
                .containsExactly("PREPARE p AS SELECT $1", "SELECT a$b$c FROM t", "SELECT 3");
    }

    @Test
    void commentsLineAndNestedBlock() {
        assertThat(split("SELECT 1 -- not the end; really\n; SELECT /* a; /* nested; */ b; */ 2;"))
                .containsExactly("SELECT 1 -- not the end; really", "SELECT /* a; /* nested; */ b; */ 2");
        // Leading comments belong to no statement; the statement starts at its first token.
        List<SqlStatement> st = SqlSplitter.split("-- header\n/* block */\nCREATE TABLE t (id int);");
        assertThat(st).hasSize(1);
        assertThat(st.get(0).sql()).isEqualTo("CREATE TABLE t (id int)");
        assertThat(st.get(0).line()).isEqualTo(3);
    }

    @Test
    void transactionBlocksAreSplitIntoTheirStatements() {
        assertThat(split("BEGIN;\nALTER TYPE \"E\" RENAME TO \"E_old\";\nCOMMIT;"))
                .containsExactly("BEGIN", "ALTER TYPE \"E\" RENAME TO \"E_old\"", "COMMIT");
    }

    @Test
    void sqlStandardFunctionBodyKeepsItsSemicolons() {
        String fn = "CREATE OR REPLACE FUNCTION f() RETURNS int LANGUAGE sql\nBEGIN ATOMIC\n  SELECT 1;\n"
                + "  SELECT CASE WHEN true THEN 2 END;\nEND";
        assertThat(split(fn + ";\nSELECT 3;")).containsExactly(fn, "SELECT 3");
        // Outside a routine definition BEGIN is transaction control and does not nest.
        assertThat(split("BEGIN; SELECT CASE WHEN true THEN 1 END; END;"))
                .containsExactly("BEGIN", "SELECT CASE WHEN true THEN 1 END", "END");
    }

    @Test
    void positionsAndLeadingWords() {
        List<SqlStatement> st = SqlSplitter.split("SELECT 1;\n\n  create unique index concurrently if not exists "
                + "\"Ix\" ON t (a);");
        assertThat(st.get(1).line()).isEqualTo(3);
        assertThat(st.get(1).offset()).isEqualTo(13);
        assertThat(st.get(1).words()).startsWith("CREATE", "UNIQUE", "INDEX", "CONCURRENTLY", "IF", "NOT", "EXISTS",
                "\"Ix\"", "ON", "T", "(");
        assertThat(Applier.concurrentIndexName(st.get(1))).contains("Ix");
        assertThat(Applier.concurrentIndexName(SqlSplitter.split("CREATE INDEX CONCURRENTLY My_Idx ON t(a)").get(0)))
                .contains("my_idx");
    }

    @Test
    void statementsThatCannotRunInATransactionBlock() {
        assertThat(reason("CREATE INDEX CONCURRENTLY i ON t (a)", 170000)).contains("CREATE INDEX CONCURRENTLY");
        assertThat(reason("create unique index concurrently i on t (a)", 170000)).isPresent();
        assertThat(reason("DROP INDEX CONCURRENTLY IF EXISTS i", 170000)).isPresent();
        assertThat(reason("REINDEX (VERBOSE) INDEX CONCURRENTLY i", 170000)).isPresent();
        assertThat(reason("VACUUM ANALYZE t", 170000)).isPresent();
        assertThat(reason("ALTER SYSTEM SET work_mem = '64MB'", 170000)).isPresent();
        assertThat(reason("CREATE DATABASE x", 170000)).isPresent();
        assertThat(reason("ALTER TYPE \"Mood\" ADD VALUE 'X'", 110000)).isPresent();
        assertThat(reason("ALTER TYPE \"Mood\" ADD VALUE 'X'", 120000)).isEmpty();
        assertThat(reason("CREATE INDEX i ON t (a)", 170000)).isEmpty();
        assertThat(reason("SELECT 'CREATE INDEX CONCURRENTLY'", 170000)).isEmpty();
        assertThat(reason("-- CREATE INDEX CONCURRENTLY\nCREATE INDEX i ON t (a)", 170000)).isEmpty();
    }

    private static java.util.Optional<String> reason(String sql, int version) {
        return TransactionRule.outsideTransactionReason(SqlSplitter.split(sql).get(0), version);
    }
}
