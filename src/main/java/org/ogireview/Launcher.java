package org.ogireview;

import org.ogireview.cli.Cli;

/**
 * The jar's main class. It must not extend javafx.application.Application: with JavaFX on the class path a
 * launcher that does cannot start from a plain jar. No arguments (or only --db PATH) opens the window; a command
 * runs headless.
 */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) throws Exception {
        if (Cli.isCommand(args)) {
            System.exit(new Cli(System.out, System.err).run(args));
        }
        Class.forName("org.ogireview.gui.DeskApp").getMethod("main", String[].class).invoke(null, (Object) args);
    }
}
