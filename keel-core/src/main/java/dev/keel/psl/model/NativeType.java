package dev.keel.psl.model;

import java.util.List;

/** A {@code @db.Name(args)} native type: {@code name} is Prisma's (VarChar, Timestamp...), args as written. */
public record NativeType(String name, List<String> args) {
    public NativeType {
        args = List.copyOf(args);
    }
}
