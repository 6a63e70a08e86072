package dev.keel.psl.format;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The formatter never throws and always ends the file with a newline, whatever the input. */
class FormatterRobustnessTest {

    @Property(tries = 300)
    void anyInputFormatsWithoutThrowing(@ForAll("schemaLike") String text) {
        String out = Formatter.format(text);
        assertThat(out).endsWith("\n");
    }

    @Provide
    Arbitrary<String> schemaLike() {
        Arbitrary<String> tokens = Arbitraries.of("model", "enum", "view", "type", "datasource", "generator", "A",
                "User", "Post", "id", "Int", "String?", "Post[]", "User[]", "@id", "@relation", "(", ")", "[", "]",
                "fields:", "references:", ",", "\"s\"", "=", "{", "}", "\n", "\r\n", "\r", " ", "\t", "\u00a0",
                "//", "///", "/*", "*/", "@@index", "@@map", "@default", "now()", "-1", "2.5", "@db.VarChar(3)",
                "Unsupported(\"x\")", "ö", "\u3000", "@", ":", "?", "!");
        return tokens.list().ofMaxSize(80).map(l -> String.join("", l));
    }
}
