package dev.keel.safety.expand;

import dev.keel.api.ErrorCode;
import dev.keel.api.KeelException;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Where a plan lives in the migrations folder. Release 1's migrations are written as ordinary Prisma migration
 * folders; the first of them also holds {@code PLAN.md} and, in {@code release-N/NN<suffix>.sql}, the migrations
 * of later releases. Prisma and {@code migrate deploy} read only {@code migration.sql}, so those files wait there
 * until {@link #advance} copies the next release into new migration folders — deploying release 1 can never run
 * release 3 by accident.
 */
public final class PlanFiles {
    public static final String PLAN_FILE = "PLAN.md";
    private static final DateTimeFormatter PRISMA_TIMESTAMP = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");

    private PlanFiles() {
    }

    /** A plan found in the folder and the releases still waiting to be written. */
    public record Found(String name, Path home, List<Integer> writtenReleases, List<Integer> pendingReleases) {
    }

    /** Writes release 1 and the plan's files; returns the migration folders written, in order. */
    public static List<Path> write(Path migrationsDir, LocalDateTime now, ExpandContractPlan plan) {
        Optional<Found> taken = find(migrationsDir, plan.name());
        if (taken.isPresent()) {
            // Plan names are shortened and lower-cased, so this may well be another plan: say which one.
            throw new KeelException(ErrorCode.USAGE, "A plan named " + plan.name() + " is already in "
                    + migrationsDir + " (" + taken.get().home().getFileName() + goal(taken.get().home()).map(g ->
                    ": " + g).orElse("") + "); this plan (" + plan.summary() + ") cannot take its name.");
        }
        List<Path> out = writeRelease(migrationsDir, now, plan.name(), plan.release(1).migrations());
        Path home = out.get(0);
        write(home.resolve(PLAN_FILE), plan.planMarkdown());
        for (Release r : plan.releases()) {
            if (r.number() == 1 || r.migrations().isEmpty()) {
                continue;
            }
            for (int i = 0; i < r.migrations().size(); i++) {
                PlanMigration m = r.migrations().get(i);
                write(home.resolve("release-" + r.number()).resolve(String.format("%02d%s.sql", i + 1, m.suffix())),
                        m.sql());
            }
        }
        return out;
    }

    /** Copies the next waiting release of {@code planName} into migration folders; returns them. */
    public static List<Path> advance(Path migrationsDir, LocalDateTime now, String planName) {
        Found f = find(migrationsDir, planName).orElseThrow(() -> new KeelException(ErrorCode.USAGE,
                "No expand/contract plan named " + planName + " in " + migrationsDir + "."));
        if (f.pendingReleases().isEmpty()) {
            throw new KeelException(ErrorCode.USAGE, "Plan " + planName + " has no release left to write.");
        }
        int next = f.pendingReleases().get(0);
        Path dir = f.home().resolve("release-" + next);
        List<PlanMigration> migrations = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path p : files.sorted().toList()) {
                String file = p.getFileName().toString();
                migrations.add(new PlanMigration(file.substring(2, file.length() - ".sql".length()),
                        Files.readString(p, StandardCharsets.UTF_8)));
            }
        } catch (IOException e) {
            throw new KeelException(ErrorCode.IO, "Could not read " + dir + ": " + e.getMessage(), e);
        }
        return writeRelease(migrationsDir, now, planName, migrations);
    }

    /** Every plan in the folder: migration folders holding a PLAN.md. */
    public static List<Found> list(Path migrationsDir) {
        if (!Files.isDirectory(migrationsDir)) {
            return List.of();
        }
        List<Found> out = new ArrayList<>();
        try (Stream<Path> dirs = Files.list(migrationsDir)) {
            List<Path> all = dirs.filter(Files::isDirectory).sorted(Comparator.comparing(Path::toString)).toList();
            for (Path home : all) {
                if (!Files.isRegularFile(home.resolve(PLAN_FILE))) {
                    continue;
                }
                String folder = home.getFileName().toString();
                int us = folder.indexOf('_');
                String name = folder.substring(us + 1, folder.length() - "_r1_expand".length());
                List<Integer> written = new ArrayList<>();
                List<Integer> pending = new ArrayList<>();
                written.add(1);
                try (Stream<Path> rs = Files.list(home)) {
                    for (Path r : rs.filter(p -> p.getFileName().toString().startsWith("release-")).sorted().toList()) {
                        int n = Integer.parseInt(r.getFileName().toString().substring("release-".length()));
                        String marker = "_" + name + "_r" + n + "_";
                        boolean done = all.stream().anyMatch(d -> d.getFileName().toString().contains(marker));
                        (done ? written : pending).add(n);
                    }
                }
                out.add(new Found(name, home, written, pending));
            }
        } catch (IOException | RuntimeException e) {
            throw new KeelException(ErrorCode.IO, "Could not read the plans in " + migrationsDir + ": "
                    + e.getMessage(), e);
        }
        return out;
    }

    /** What the plan at {@code home} does: the goal its PLAN.md states ({@link PlanMarkdown}). */
    static Optional<String> goal(Path home) {
        try (Stream<String> lines = Files.lines(home.resolve(PLAN_FILE), StandardCharsets.UTF_8)) {
            return lines.filter(l -> l.startsWith(PlanMarkdown.GOAL)).findFirst().map(l -> {
                int end = l.indexOf(PlanMarkdown.GOAL_END);
                return l.substring(PlanMarkdown.GOAL.length(), end < 0 ? l.length() : end);
            });
        } catch (IOException | java.io.UncheckedIOException e) {
            return Optional.empty();
        }
    }

    public static Optional<Found> find(Path migrationsDir, String planName) {
        return list(migrationsDir).stream().filter(f -> f.name().equals(planName)).findFirst();
    }

    private static List<Path> writeRelease(Path migrationsDir, LocalDateTime now, String plan,
                                           List<PlanMigration> migrations) {
        List<Path> out = new ArrayList<>();
        // Release 1 takes one second per migration, partly in the future: a release written soon after must still
        // sort after every folder already there, or deploy would run it before the migrations it depends on.
        LocalDateTime start = latest(migrationsDir).map(t -> t.plusSeconds(1)).filter(t -> t.isAfter(now))
                .orElse(now);
        for (int i = 0; i < migrations.size(); i++) {
            Path folder = migrationsDir.resolve(PRISMA_TIMESTAMP.format(start.plusSeconds(i)) + "_" + plan
                    + migrations.get(i).suffix());
            write(folder.resolve("migration.sql"), migrations.get(i).sql());
            out.add(folder);
        }
        return out;
    }

    /** The newest timestamp of a migration folder ({@code yyyyMMddHHmmss_…}), if any. */
    private static Optional<LocalDateTime> latest(Path migrationsDir) {
        if (!Files.isDirectory(migrationsDir)) {
            return Optional.empty();
        }
        try (Stream<Path> dirs = Files.list(migrationsDir)) {
            return dirs.filter(Files::isDirectory).map(p -> p.getFileName().toString())
                    .filter(n -> n.length() > 15 && n.charAt(14) == '_' && n.substring(0, 14).chars()
                            .allMatch(Character::isDigit))
                    .map(n -> n.substring(0, 14)).max(Comparator.naturalOrder())
                    .flatMap(t -> {
                        try {
                            return Optional.of(LocalDateTime.parse(t, PRISMA_TIMESTAMP));
                        } catch (java.time.format.DateTimeParseException e) {
                            return Optional.empty();
                        }
                    });
        } catch (IOException e) {
            throw new KeelException(ErrorCode.IO, "Could not list " + migrationsDir + ": " + e.getMessage(), e);
        }
    }

    private static void write(Path file, String text) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new KeelException(ErrorCode.IO, "Could not write " + file + ": " + e.getMessage(), e);
        }
    }
}
