package dev.keel.diff;

import dev.keel.render.ScriptRenderer;
import dev.keel.render.Statement;
import dev.keel.render.TxMode;
import dev.keel.safety.probe.LockMode;
import dev.keel.safety.probe.LockProbe;
import dev.keel.safety.probe.RelationLock;
import dev.keel.safety.probe.StatementProbe;
import dev.keel.schema.Schema;
import dev.keel.testing.PgExtension;
import dev.keel.testing.TestDb;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.ExtendWith;

import java.sql.Connection;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The lock each rendered statement declares is the strongest table or index lock PostgreSQL really takes for it
 * ({@link LockProbe} reads {@code pg_locks}), over every statement of the {@link ApplyEquivalenceTest} cases.
 */
@ExtendWith(PgExtension.class)
class StatementLockTest {
    private static boolean tableOrIndex(RelationLock l) {
        return l.kind().equals("table") || l.kind().equals("index") || l.kind().equals("partitioned table");
    }

    @TestFactory
    Stream<DynamicTest> declaredLocksMatchPostgres(TestDb db) throws Exception {
        Connection c = db.connect();
        return ApplyEquivalenceTest.CASES.stream().map(k -> DynamicTest.dynamicTest(k.name(), () -> {
            Schema v1 = ApplyEquivalenceTest.state(c, k.v1());
            Schema v2 = ApplyEquivalenceTest.state(c, k.v2());
            Migration m = Differ.diff(v1, v2);
            ApplyEquivalenceTest.state(c, k.v1());
            LockProbe probe = new LockProbe(db::connect);
            for (Statement s : ScriptRenderer.statements(m)) {
                if (s.txMode() == TxMode.TRANSACTION_CONTROL) {
                    continue;
                }
                StatementProbe p = probe.probeOne(c, s.sql());
                assertThat(p.error()).as(s.sql()).isEmpty();
                Optional<LockMode> strongest = p.locks().stream().filter(StatementLockTest::tableOrIndex)
                        .map(RelationLock::mode).max(Comparator.naturalOrder());
                assertThat(s.lock()).as("%s%nprobed: %s", s.sql(), p.locks()).isEqualTo(strongest);
            }
            c.setAutoCommit(true);
        }));
    }
}
