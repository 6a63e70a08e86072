package dev.keel.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;

class MigrationNameTest {
    /** Expected values are @sindresorhus/slugify's with separator '_' (Prisma's promptForMigrationName). */
    @Test
    void slugsAsPrisma() {
        assertThat(MigrationName.slugify("add-wallet-holds")).isEqualTo("add_wallet_holds");
        assertThat(MigrationName.slugify("init")).isEqualTo("init");
        assertThat(MigrationName.slugify("addUserEmail")).isEqualTo("add_user_email");
        assertThat(MigrationName.slugify("  Add  Posts!! ")).isEqualTo("add_posts");
        assertThat(MigrationName.slugify("Crème brûlée")).isEqualTo("creme_brulee");
        assertThat(MigrationName.slugify("users & posts")).isEqualTo("users_and_posts");
        assertThat(MigrationName.slugify("2025-09-25-wallet-add-holds")).isEqualTo("2025_09_25_wallet_add_holds");
        assertThat(MigrationName.slugify("x".repeat(300))).hasSize(200);
        assertThat(MigrationName.slugify("")).isEmpty();
    }

    @Test
    void folderIsUtcTimestampThenName() {
        ZonedDateTime t = ZonedDateTime.of(2025, 9, 25, 12, 15, 0, 0, ZoneId.of("Europe/Paris"));
        assertThat(MigrationName.folder(t, "add_holds")).isEqualTo("20250925101500_add_holds");
    }

    @Test
    void tooLongIsP3010() {
        assertThatThrownBy(() -> MigrationName.checkLength("é".repeat(101)))
                .hasMessage("The name of the migration is too long. It must not be longer than 200 characters (bytes).");
    }
}
