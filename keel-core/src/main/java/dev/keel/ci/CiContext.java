package dev.keel.ci;

import dev.keel.history.MigrationsDir;
import dev.keel.psl.SchemaSource;
import dev.keel.schema.Schema;
import java.nio.file.Path;
import java.util.Optional;

/**
 * What the built-in steps of {@code keel ci} established, for the checks that follow.
 *
 * @param workingDir  the project root (paths in findings are shown relative to it)
 * @param schema      the schema files
 * @param migrations  the migrations folder as read
 * @param replayed    the model the folder produces on a fresh database (empty when the replay failed)
 * @param compiled    the model the schema asks for (empty when it does not validate)
 */
public record CiContext(Path workingDir, SchemaSource schema, MigrationsDir migrations, Optional<Schema> replayed,
                        Optional<Schema> compiled) {
}
