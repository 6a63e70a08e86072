package dev.keel.history;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ChecksumTest {
    @Test
    void prismaTestVector() {
        // From prisma-engines schema-connector/src/checksum.rs.
        assertThat(Checksum.of("hello")).isEqualTo("2cf24dba5fb0a30e26e83b2ac5b9e29e1b161e5c1fa7425e73043362938b9824");
    }

    @Test
    void lineEndingsDoNotMatter() {
        String lf = "CREATE TABLE a (id int);\nCREATE TABLE b (id int);\n";
        String crlf = lf.replace("\n", "\r\n");
        assertThat(Checksum.matches(crlf, Checksum.of(lf))).isTrue();
        assertThat(Checksum.matches(lf, Checksum.of(crlf))).isTrue();
        assertThat(Checksum.matches(lf + " ", Checksum.of(lf))).isFalse();
    }

    @Test
    void legacyUnpaddedChecksumsStillMatch() {
        // "hello" hashes to bytes including 0x0e, 0x26 ... ; Prisma before #1887 wrote each byte without padding.
        StringBuilder legacy = new StringBuilder();
        for (int i = 0; i < 64; i += 2) {
            legacy.append(Integer.toHexString(Integer.parseInt(Checksum.of("hello").substring(i, i + 2), 16)));
        }
        assertThat(legacy.length()).isLessThan(64);
        assertThat(Checksum.matches("hello", legacy.toString())).isTrue();
        assertThat(Checksum.matches("hellO", legacy.toString())).isFalse();
    }
}
