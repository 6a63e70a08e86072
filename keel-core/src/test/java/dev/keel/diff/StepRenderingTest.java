package dev.keel.diff;

import dev.keel.render.StepRenderer;
import dev.keel.schema.EnumType;
import dev.keel.schema.Extension;
import dev.keel.schema.Index;
import dev.keel.schema.IndexKind;
import dev.keel.schema.QualifiedName;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Steps the goldens rarely or never produce, in the statement shapes of Prisma's PostgreSQL renderer
 * ({@code render_create_extension}, {@code render_alter_extension}, {@code render_rename_index}...), and a check
 * that every step kind has a place in Prisma's order.
 */
class StepRenderingTest {
    static String sql(Step s, boolean qualified) {
        return new StepRenderer(qualified).render(s).stream().map(st -> st.sql()).collect(Collectors.joining(";\n"));
    }

    @Test
    void extensions() {
        assertThat(sql(new Step.CreateExtension(new Extension("citext", "", "")), false))
                .isEqualTo("CREATE EXTENSION IF NOT EXISTS \"citext\"");
        assertThat(sql(new Step.CreateExtension(new Extension("postgis", "gis", "3.4.0")), false))
                .isEqualTo("CREATE EXTENSION IF NOT EXISTS \"postgis\" WITH SCHEMA \"gis\" VERSION \"3.4.0\"");
        assertThat(sql(new Step.AlterExtension(new Extension("x", "a", "1"), new Extension("x", "b", "2"), true, true),
                false)).isEqualTo("ALTER EXTENSION \"x\" UPDATE TO \"2\";\nALTER EXTENSION \"x\" SET SCHEMA \"b\"");
        assertThat(sql(new Step.DropExtension(new Extension("x", "a", "1")), false))
                .isEqualTo("DROP EXTENSION \"x\"");
    }

    @Test
    void renameIndexKeepsTheNewNameUnqualified() {
        Index a = Index.of("a", IndexKind.INDEX, "c");
        assertThat(sql(new Step.RenameIndex(QualifiedName.of("auth", "t"), a, a.withName("b")), true))
                .isEqualTo("ALTER INDEX \"auth\".\"a\" RENAME TO \"b\"");
        assertThat(sql(new Step.DropIndex(QualifiedName.of("auth", "t"), a), true))
                .isEqualTo("DROP INDEX \"auth\".\"a\"");
    }

    @Test
    void enumsWithQuotesInValues() {
        EnumType e = new EnumType(QualifiedName.of("public", "E"), List.of("it's", "b"));
        assertThat(sql(new Step.CreateEnum(e), false)).isEqualTo("CREATE TYPE \"E\" AS ENUM ('it''s', 'b')");
        assertThat(sql(new Step.DropEnum(e), true)).isEqualTo("DROP TYPE \"public\".\"E\"");
        Step.AlterEnum add = new Step.AlterEnum(e, e, List.of("x", "y"), List.of(), List.of(), List.of());
        assertThat(sql(add, false)).isEqualTo("-- This migration adds more than one value to an enum.\n"
                + "-- With PostgreSQL versions 11 and earlier, this is not possible\n"
                + "-- in a single migration. This can be worked around by creating\n"
                + "-- multiple migrations, each migration adding only one value to\n"
                + "-- the enum.\n\n\nALTER TYPE \"E\" ADD VALUE 'x';\nALTER TYPE \"E\" ADD VALUE 'y'");
    }

    @Test
    void everyStepKindIsOrdered() {
        Set<String> kinds = Arrays.stream(Step.class.getPermittedSubclasses()).map(Class::getSimpleName)
                .collect(Collectors.toSet());
        assertThat(kinds).hasSize(16);
        for (Class<?> k : Step.class.getPermittedSubclasses()) {
            assertThat(StepOrder.kindOf(k)).as(k.getSimpleName()).isNotNull();
        }
    }
}
