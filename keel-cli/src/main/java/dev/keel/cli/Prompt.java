package dev.keel.cli;

import java.io.Console;
import java.util.Locale;

/**
 * Confirmation prompts. A session is interactive only with a terminal and outside CI (as Prisma's
 * {@code canPrompt}); tests and pipes are never interactive, so a command that needs a "yes" fails there instead
 * of hanging.
 */
final class Prompt {
    private Prompt() {
    }

    static boolean interactive() {
        return System.console() != null && System.getenv("CI") == null;
    }

    /** Asks for a line of text; null without a terminal. */
    static String ask(String question) {
        Console console = System.console();
        return console == null ? null : console.readLine("? %s › ", question);
    }

    /** Asks a yes/no question on the terminal; anything but y/yes is no. */
    static boolean confirm(String question) {
        Console console = System.console();
        if (console == null) {
            return false;
        }
        String answer = console.readLine("? %s › (y/N) ", question);
        return answer != null && (answer.strip().toLowerCase(Locale.ROOT).equals("y")
                || answer.strip().toLowerCase(Locale.ROOT).equals("yes"));
    }
}
