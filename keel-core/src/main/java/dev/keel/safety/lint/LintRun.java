package dev.keel.safety.lint;

import dev.keel.api.ErrorCode;
import dev.keel.api.KeelException;
import dev.keel.db.DatabaseUrl;
import dev.keel.db.EmbeddedPostgresServer;
import dev.keel.diff.Differ;
import dev.keel.history.HistoryRecord;
import dev.keel.history.HistoryTable;
import dev.keel.history.LocalMigration;
import dev.keel.history.MigrationsDir;
import dev.keel.introspect.Introspector;
import dev.keel.render.ScriptRenderer;
import dev.keel.schema.Schema;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * {@code keel lint PATH…}: decides what each file is judged against and runs the {@link Linter} on a shadow
 * database of the embedded PostgreSQL.
 * <ul>
 * <li>A migrations folder (or a {@code migration.sql} inside one): the folder's earlier migrations are replayed,
 *     then the selected ones are linted in order, each against the schema the ones before it left.</li>
 * <li>A folder of plain {@code .sql} files: linted in name order, each against what the ones before it left.</li>
 * <li>Any other SQL file: linted against an empty database.</li>
 * <li>With a database URL, the shadow starts from that database's schema instead (introspected and recreated,
 *     with its domains, functions and triggers ({@link LiveObjects}); the database itself is only read): its
 *     tables are live, with row estimates, and migrations it has already applied ({@code _prisma_migrations}) are
 *     skipped.</li>
 * </ul>
 */
public final class LintRun {
    private final Path workingDir;
    private final LintOptions options;
    private final EmbeddedPostgresServer server = EmbeddedPostgresServer.get();
    private final PrismaNames names;

    public LintRun(Path workingDir, LintOptions options) {
        this.workingDir = workingDir;
        this.options = options;
        this.names = PrismaNames.find(workingDir);
    }

    /** Live objects the shadow databases of this run could not have, each reported once. */
    private final Set<Finding> notices = new LinkedHashSet<>();

    /** The folder linted when no path is given. */
    public static final String DEFAULT_DIR = "prisma/migrations";

    public LintResult run(List<Path> paths) {
        List<Path> inputs = paths.isEmpty() ? List.of(Path.of(DEFAULT_DIR)) : paths;
        Optional<Live> live = options.databaseUrl().map(u -> Live.read(DatabaseUrl.parse(u)));
        List<FileReport> reports = new ArrayList<>();
        Map<Path, Set<String>> folders = new LinkedHashMap<>();
        List<Path> loose = new ArrayList<>();
        for (Path p : inputs) {
            Path abs = workingDir.resolve(p).normalize();
            if (Files.isDirectory(abs) && Files.isRegularFile(abs.resolve(MigrationsDir.SCRIPT_FILE))) {
                folders.computeIfAbsent(abs.getParent(), k -> new LinkedHashSet<>())
                        .add(abs.getFileName().toString());
            } else if (Files.isDirectory(abs)) {
                folders.computeIfAbsent(abs, k -> new LinkedHashSet<>()).add("*");
            } else if (abs.getFileName().toString().equals(MigrationsDir.SCRIPT_FILE) && abs.getParent() != null
                    && abs.getParent().getParent() != null) {
                folders.computeIfAbsent(abs.getParent().getParent(), k -> new LinkedHashSet<>())
                        .add(abs.getParent().getFileName().toString());
            } else {
                loose.add(abs);
            }
        }
        folders.forEach((dir, selected) -> reports.addAll(folder(dir, selected, live)));
        for (Path file : loose) {
            reports.add(looseFile(file, live));
        }
        return new LintResult(context(live), reports, List.copyOf(notices));
    }

    /**
     * Judges {@code sql} as the next migration of {@code migrationsDir} (named {@code name}) before it is written:
     * the folder is replayed (with a database URL: only what that database has not applied), then the script is
     * linted. For {@code migrate dev} and {@code keel ci}.
     */
    public LintResult runNext(Path migrationsDir, String name, String sql) {
        Optional<Live> live = options.databaseUrl().map(u -> Live.read(DatabaseUrl.parse(u)));
        Path dir = workingDir.resolve(migrationsDir).normalize();
        MigrationsDir md = MigrationsDir.read(dir);
        List<FileReport> out = new ArrayList<>();
        withShadow(live, (linter, rows) -> {
            for (LocalMigration m : md.migrations()) {
                if (live.isPresent() && live.get().applied().contains(m.name())) {
                    continue;
                }
                Optional<LintError> e = m.readable() ? linter.replay(display(m.scriptPath()), m.script().get())
                        : Optional.of(new LintError(display(m.scriptPath()), 0, m.readError().orElse("unreadable"),
                        ""));
                if (e.isPresent()) {
                    out.add(new FileReport(display(m.scriptPath()), List.of(), List.of(), List.of(), e));
                    return;
                }
            }
            out.add(linter.lint(name, sql, rows));
        });
        return new LintResult(context(live), out, List.copyOf(notices));
    }

    private static String context(Optional<Live> live) {
        return live.map(l -> "the schema of " + l.url() + " (PostgreSQL " + l.serverVersion() + "; existing tables "
                + "are live; row estimates from its statistics)").orElse("the migrations folder replayed on a shadow database");
    }

    private List<FileReport> folder(Path dir, Set<String> selected, Optional<Live> live) {
        MigrationsDir md = MigrationsDir.read(dir);
        List<FileReport> out = new ArrayList<>();
        if (md.migrations().isEmpty()) {
            List<Path> scripts = sqlFiles(dir);
            if (!scripts.isEmpty()) {
                return sequence(scripts, live);
            }
            out.add(unreadable(display(dir), Files.isDirectory(dir) ? "no migrations and no .sql files in this folder"
                    : "no such file or folder"));
            return out;
        }
        boolean all = selected.contains("*");
        int lastSelected = -1;
        for (int i = 0; i < md.migrations().size(); i++) {
            if (all || selected.contains(md.migrations().get(i).name())) {
                lastSelected = i;
            }
        }
        int last = lastSelected;
        withShadow(live, (linter, rows) -> {
            for (int i = 0; i <= last; i++) {
                LocalMigration m = md.migrations().get(i);
                String name = display(m.scriptPath());
                boolean chosen = all || selected.contains(m.name());
                if (live.isPresent() && live.get().applied().contains(m.name())) {
                    continue;
                }
                if (!m.readable()) {
                    out.add(unreadable(name, m.readError().orElse("unreadable")));
                    return;
                }
                if (chosen) {
                    FileReport r = linter.lint(name, m.script().orElseThrow(), rows);
                    out.add(r);
                    if (r.error().isPresent()) {
                        return;
                    }
                } else {
                    Optional<LintError> e = linter.replay(name, m.script().orElseThrow());
                    if (e.isPresent()) {
                        out.add(new FileReport(name, List.of(), List.of(), List.of(), e));
                        return;
                    }
                }
            }
        });
        return out;
    }

    /** The {@code .sql} files directly in {@code dir}, in name order (Flyway's V1__, V2__… sort so too). */
    private static List<Path> sqlFiles(Path dir) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (var list = Files.list(dir)) {
            return list.filter(p -> Files.isRegularFile(p) && p.getFileName().toString().endsWith(".sql"))
                    .sorted().toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    /** A folder of plain SQL files: each judged against what the ones before it left. */
    private List<FileReport> sequence(List<Path> scripts, Optional<Live> live) {
        List<FileReport> out = new ArrayList<>();
        withShadow(live, (linter, rows) -> {
            for (Path p : scripts) {
                String text;
                try {
                    text = Files.readString(p, StandardCharsets.UTF_8);
                } catch (IOException e) {
                    out.add(unreadable(display(p), "could not read: " + e.getMessage()));
                    return;
                }
                FileReport r = linter.lint(display(p), text, rows);
                out.add(r);
                if (r.error().isPresent()) {
                    return;
                }
            }
        });
        return out;
    }

    private FileReport looseFile(Path file, Optional<Live> live) {
        String name = display(file);
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return unreadable(name, Files.exists(file) ? "could not read: " + e.getMessage()
                    : "no such file or folder");
        }
        List<FileReport> out = new ArrayList<>();
        withShadow(live, (linter, rows) -> out.add(linter.lint(name, text, rows)));
        return out.get(0);
    }

    private interface ShadowWork {
        void run(Linter linter, Map<String, Long> rows);
    }

    /** A fresh shadow database (with the live schema when judging against one), dropped afterwards. */
    private void withShadow(Optional<Live> live, ShadowWork work) {
        DatabaseUrl shadow = server.createDatabase("keel_lint");
        try (Connection c = shadow.connect()) {
            if (live.isPresent()) {
                for (LiveObjects.Skipped skipped : live.get().recreateOn(c)) {
                    notices.add(notice(live.get().url(), skipped));
                }
            }
            // Judged for the server the files will be deployed to: the live database's version when there is one.
            OptionalInt version = live.map(l -> OptionalInt.of(l.serverVersionNum())).orElse(OptionalInt.empty());
            work.run(new Linter(c, shadow::connect, options, names, version),
                    live.map(Live::rows).orElse(Map.of()));
        } catch (SQLException e) {
            throw new KeelException(ErrorCode.EMBEDDED_POSTGRES, "Shadow database failed: " + e.getMessage(), e);
        } finally {
            server.dropDatabase(shadow.database());
        }
    }

    /**
     * A live object missing from the shadow: the judgement there is of a database without it, so a migration that
     * calls, drops or depends on it fails on the shadow although it may work on the live database.
     */
    private static Finding notice(DatabaseUrl live, LiveObjects.Skipped s) {
        String first = s.object().sql().strip().lines().findFirst().orElse("");
        return new Finding(Rule.LIVE_OBJECT_SKIPPED, live.toString(), 0, first, Optional.empty(),
                s.object().name() + " of the live database is not on the shadow database: PostgreSQL refused it there ("
                        + s.reason() + "); statements that use it are judged without it",
                "-- nothing to change in the migration; if it uses " + s.object().name() + ", judge it by hand");
    }

    private static FileReport unreadable(String name, String why) {
        return new FileReport(name, List.of(), List.of(), List.of(),
                Optional.of(new LintError(name, 0, why, "")));
    }

    private String display(Path p) {
        Path abs = p.toAbsolutePath().normalize();
        return abs.startsWith(workingDir) ? workingDir.relativize(abs).toString() : abs.toString();
    }

    /** What the live database contributes: its schema, its row estimates, the migrations it has applied. */
    private record Live(DatabaseUrl url, Schema schema, LiveObjects objects, Map<String, Long> rows,
                        Set<String> applied, int serverVersionNum, String serverVersion) {
        private static final String ROWS = """
                SELECT quote_ident(n.nspname) || '.' || quote_ident(c.relname), c.reltuples::bigint
                FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                WHERE c.relkind IN ('r', 'p') AND n.nspname = ?""";

        static Live read(DatabaseUrl url) {
            try (Connection c = url.connect()) {
                Schema schema = Introspector.introspect(c, List.of(url.schema()));
                LiveObjects objects = LiveObjects.read(c, url.schema());
                Map<String, Long> rows = new HashMap<>();
                try (var ps = c.prepareStatement(ROWS)) {
                    ps.setString(1, url.schema());
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            rows.put(rs.getString(1), rs.getLong(2));
                        }
                    }
                }
                Set<String> applied = new LinkedHashSet<>();
                HistoryTable history = new HistoryTable(c, url.schema());
                if (history.exists()) {
                    for (HistoryRecord r : history.list()) {
                        if (r.state() == HistoryRecord.State.APPLIED) {
                            applied.add(r.migrationName());
                        }
                    }
                }
                int versionNum;
                String version;
                try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(
                        "SELECT current_setting('server_version_num')::int, current_setting('server_version')")) {
                    rs.next();
                    versionNum = rs.getInt(1);
                    version = rs.getString(2);
                }
                return new Live(url, schema, objects, rows, applied, versionNum, version);
            } catch (SQLException e) {
                throw new KeelException(ErrorCode.DATABASE_ERROR, "Could not read " + url + ": " + e.getMessage(), e);
            }
        }

        /** Recreates the live schema on {@code shadow}; returns the objects PostgreSQL refused there. */
        List<LiveObjects.Skipped> recreateOn(Connection shadow) throws SQLException {
            try (Statement st = shadow.createStatement()) {
                if (!url.schema().equals("public")) {
                    st.execute("CREATE SCHEMA IF NOT EXISTS " + dev.keel.schema.Identifiers.quote(url.schema()));
                    st.execute("SET search_path TO " + dev.keel.schema.Identifiers.quote(url.schema()));
                }
                List<LiveObjects.LiveObject> retry = objects.createBeforeTables(shadow);
                for (dev.keel.render.Statement s : ScriptRenderer.statements(Differ.diff(Schema.empty(), schema))) {
                    st.execute(s.sql());
                }
                return objects.createAfterTables(shadow, retry);
            }
        }
    }
}
