package dev.keel.psl.ast;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Typed views of a block's members. Validation asks for them once per pass per block, so they are plain loops: a
 * stream pipeline per call was a measurable share of validating a large schema.
 */
final class Members {
    private Members() {
    }

    static <T> List<T> of(List<?> members, Class<T> type) {
        List<T> out = new ArrayList<>(members.size());
        for (Object m : members) {
            if (type.isInstance(m)) {
                out.add(type.cast(m));
            }
        }
        return Collections.unmodifiableList(out);
    }

    static List<Attribute> blockAttributes(List<Member> members) {
        List<Attribute> out = new ArrayList<>(2);
        for (Member m : members) {
            if (m instanceof Member.BlockAttributeMember b) {
                out.add(b.attribute());
            }
        }
        return Collections.unmodifiableList(out);
    }
}
