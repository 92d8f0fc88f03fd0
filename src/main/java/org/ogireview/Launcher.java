package org.ogireview;

import org.ogireview.cli.Cli;
import org.ogireview.gui.DeskArguments;

import java.io.PrintStream;
import java.util.List;
import java.util.OptionalInt;

/**
 * The jar's main class (and {@code mvn javafx:run}'s). It must not extend javafx.application.Application: with
 * JavaFX on the class path a launcher that does cannot start from a plain jar. No arguments, or only the window's
 * options ({@code --db PATH}, {@code --lang zh|en}), opens the window; help, version and commands run headless; a
 * word that is neither is an error with exit code 2, never a window.
 */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) throws Exception {
        OptionalInt exit = headless(args, System.out, System.err);
        if (exit.isPresent()) {
            System.exit(exit.getAsInt());
        }
        Class.forName("org.ogireview.gui.DeskApp").getMethod("main", String[].class).invoke(null, (Object) args);
    }

    /**
     * Runs what needs no window and returns its exit code; empty when the arguments are the window's, checked
     * here so that a wrong option is reported on the console before any display is touched.
     */
    static OptionalInt headless(String[] args, PrintStream out, PrintStream err) {
        if (args.length == 0) {
            return OptionalInt.empty();
        }
        if (Cli.isCommand(args) || !args[0].startsWith("-")) {
            return OptionalInt.of(new Cli(out, err).run(args));
        }
        try {
            DeskArguments.parse(List.of(args));
            return OptionalInt.empty();
        } catch (IllegalArgumentException e) {
            err.println(Cli.PROGRAM + ": " + e.getMessage());
            err.println(Cli.HINT);
            return OptionalInt.of(2);
        }
    }
}
