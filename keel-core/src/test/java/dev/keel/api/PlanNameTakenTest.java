package dev.keel.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.keel.testing.PgExtension;
import dev.keel.testing.TestDb;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code keel plan} refuses a plan whose name another plan already holds. Names are shortened and lower-cased:
 * renaming field {@code status} of a model mapped to table {@code User} and renaming value {@code status} of an
 * enum mapped to type {@code user} are both {@code rename_user_status}. The other plan may be in the migrations
 * folder, or only in the database's {@code "_keel"."plans"} (written on another branch and deployed from there).
 */
@ExtendWith(PgExtension.class)
class PlanNameTakenTest {
    private static final String SCHEMA = """
            datasource db {
              provider = "postgresql"
            }

            model Account {
              id     Int    @id
              status String
              role   Role

              @@map("User")
            }

            enum Role {
              status
              other

              @@map("user")
            }
            """;

    private static final String INIT = """
            CREATE TYPE "user" AS ENUM ('status', 'other');
            CREATE TABLE "User" ("id" INTEGER NOT NULL, "status" TEXT NOT NULL, "role" "user" NOT NULL,
                CONSTRAINT "User_pkey" PRIMARY KEY ("id"));
            INSERT INTO "User" SELECT g, 'on', 'status' FROM generate_series(1, 50) g;
            """;

    @Test
    void aNameTakenInTheMigrationsFolderIsRefusedNamingTheOtherPlan(@TempDir Path root, TestDb db) throws Exception {
        project(root);
        Keel keel = keel(root, db);
        PlanResult column = keel.plans().renameColumn("Account.status", "state");
        assertThat(column.name()).isEqualTo("rename_user_status");

        KeelException e = catchThrowableOfType(() -> keel.plans().renameEnumValue("Role.status", "active"),
                KeelException.class);
        assertThat(e.code()).isEqualTo(ErrorCode.USAGE);
        assertThat(e.getMessage()).startsWith("A plan named rename_user_status is already in ")
                .contains(" (" + column.written().get(0).getFileName() + ": rename column public.User.status to "
                        + "state); this plan (rename value status of enum public.user to active) cannot take its name.");
    }

    @Test
    void aNameTakenInTheDatabaseByAPlanInFlightIsRefused(@TempDir Path root, TestDb db) throws Exception {
        // Branch one plans the column rename and deploys its release 1.
        Path one = project(root.resolve("one"));
        assertThat(keel(one, db).plans().renameColumn("Account.status", "state").name())
                .isEqualTo("rename_user_status");
        DeployResult deployed = keel(one, db).deploy();
        assertThat(deployed.failure()).isEmpty();
        assertThat(deployed.applied()).hasSizeGreaterThan(1);
        assertThat(db.column("SELECT \"summary\" FROM \"_keel\".\"plans\""))
                .containsExactly("rename column public.User.status to state");

        // Branch two, whose folder has no plan, plans the enum value against the same database.
        Path two = project(root.resolve("two"));
        KeelException e = catchThrowableOfType(() -> keel(two, db).plans().renameEnumValue("Role.status", "active"),
                KeelException.class);
        assertThat(e.code()).isEqualTo(ErrorCode.USAGE);
        assertThat(e.getMessage()).startsWith("The plan name rename_user_status is taken in \"_keel\".\"plans\" of ")
                .contains(" by another plan, still in flight (rename column public.User.status to state, release 1); "
                        + "this plan (rename value status of enum public.user to active) cannot take its name.");
        try (Stream<Path> s = Files.list(two.resolve("prisma/migrations"))) {
            assertThat(s.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("20240101000000_init",
                    "migration_lock.toml");
        }

        // Once that plan is finished, the name is free.
        db.execute("UPDATE \"_keel\".\"plans\" SET \"finished_at\" = now()");
        assertThat(keel(two, db).plans().renameEnumValue("Role.status", "active").name())
                .isEqualTo("rename_user_status");
    }

    private static Path project(Path root) throws Exception {
        Path schema = root.resolve("prisma/schema.prisma");
        Files.createDirectories(schema.getParent());
        Files.writeString(schema, SCHEMA);
        Path dir = root.resolve("prisma/migrations");
        Files.createDirectories(dir.resolve("20240101000000_init"));
        Files.writeString(dir.resolve("migration_lock.toml"), "provider = \"postgresql\"\n");
        Files.writeString(dir.resolve("20240101000000_init/migration.sql"), INIT);
        return root;
    }

    private static Keel keel(Path root, TestDb db) {
        return Keel.configure().workingDir(root).databaseUrl(db.url().toString()).environment(Map.of()).build();
    }
}
