package dev.keel.safety.expand;

import java.util.List;

/**
 * One release of an expand/contract plan: what the team ships in it ({@code code}, for PLAN.md) and the
 * migrations that go with it (none when the release is a code change only).
 */
public record Release(int number, String title, String code, List<PlanMigration> migrations) {
    public Release {
        migrations = List.copyOf(migrations);
    }
}
