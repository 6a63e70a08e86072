package dev.keel.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class NamingRuleTest {
    @Test
    void theGuidesConvention() {
        NamingRule r = NamingRule.DEFAULT;
        assertThat(r.accepts("2025-09-25-wallet-add-holds")).isTrue();
        assertThat(r.accepts("2025-09-25-wallet-holds")).isTrue();
        assertThat(r.accepts("2025-09-25-wallet")).isFalse(); // no change part
        assertThat(r.accepts("add-wallet-holds")).isFalse(); // the guide's own `prisma migrate dev` example
        assertThat(r.accepts("2025-09-25-Wallet-add-holds")).isFalse();
        assertThat(r.accepts("2025-09-25_wallet_add_holds")).isFalse();
        assertThat(r.accepts("2025-9-25-wallet-add-holds")).isFalse();
        assertThat(NamingRule.OFF.accepts("anything at all")).isTrue();
    }

    @Test
    void areaAndNameBuildTheName() {
        assertThat(NamingRule.compose(Optional.of("add-holds"), Optional.of("wallet"), LocalDate.of(2025, 9, 25)))
                .contains("2025-09-25-wallet-add-holds");
        assertThat(NamingRule.compose(Optional.of("x"), Optional.empty(), LocalDate.of(2025, 9, 25))).contains("x");
        assertThatThrownBy(() -> NamingRule.compose(Optional.empty(), Optional.of("wallet"), LocalDate.now()))
                .hasMessageContaining("--area needs --name");
    }

    @Test
    void rejectionIsOneLine() {
        assertThatThrownBy(() -> NamingRule.DEFAULT.check(Optional.of("add-wallet-holds")))
                .hasMessage("The migration name `add-wallet-holds` does not follow the naming convention: expected "
                        + "<yyyy-mm-dd>-<area>-<short-change> in lower case, e.g. 2025-09-25-wallet-add-holds.");
        assertThatThrownBy(() -> NamingRule.DEFAULT.check(Optional.empty()))
                .hasMessageStartingWith("A migration name is required by the naming convention");
        NamingRule.OFF.check(Optional.empty());
    }
}
