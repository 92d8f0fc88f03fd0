package org.ogireview.gui;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The window's command line: {@code --db PATH} picks the database ({@code --db postgresql://HOST:PORT/NAME} a team database); {@code --lang zh|en} the language (remembered, like the View ▸ Language menu).
 * Hidden, for the documentation: {@code --screenshot FILE} saves the window as PNG once loaded and quits,
 * {@code --report NAME} opens that report first, {@code --field KEY} selects that field and {@code --size WxH}
 * sets the window's size, {@code --mode text|page|both} shows the report that way, {@code --edit KEY=VALUE}
 * (repeatable) stores a value before the picture (to show the checks it fails); {@code --smoke} (for CI,
 * {@code mvn javafx:run@smoke}) prints "window shown" once the window is up with a report open, then quits with
 * exit code 0.
 */
public record DeskArguments(String database, Path screenshot, String report, String field, String language,
                            double[] size, String mode, List<String> edits, boolean smoke) {

    public static DeskArguments parse(List<String> args) {
        String db = null;
        Path shot = null;
        String report = null;
        String field = null;
        String lang = null;
        double[] size = null;
        boolean smoke = false;
        String mode = null;
        List<String> edits = new java.util.ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            String next = i + 1 < args.size() ? args.get(i + 1) : null;
            if (a.equals("--smoke")) {
                smoke = true;
                continue;
            }
            switch (a) {
                case "--db" -> db = require(a, next); // a file, or postgresql://HOST:PORT/NAME
                case "--screenshot" -> shot = Path.of(require(a, next));
                case "--report" -> report = require(a, next);
                case "--field" -> field = require(a, next);
                case "--lang" -> lang = require(a, next);
                case "--size" -> size = size(require(a, next));
                case "--mode" -> mode = require(a, next);
                case "--edit" -> edits.add(require(a, next));
                default -> throw new IllegalArgumentException(a.startsWith("-")
                        ? "unknown option: " + a + " (the window takes --db PATH and --lang zh|en)"
                        : "unknown command: " + a);
            }
            i++;
        }
        return new DeskArguments(db, shot, report, field, lang, size, mode, List.copyOf(edits), smoke);
    }

    /** The database named: a file's path, or a team database's address. */
    public Optional<String> databaseOption() {
        return Optional.ofNullable(database);
    }

    private static double[] size(String value) {
        String[] parts = value.toLowerCase(java.util.Locale.ROOT).split("x");
        try {
            if (parts.length == 2) {
                return new double[] {Double.parseDouble(parts[0]), Double.parseDouble(parts[1])};
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException("--size takes WIDTHxHEIGHT, e.g. 1600x1000");
    }

    private static String require(String option, String value) {
        if (value == null || value.startsWith("--")) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return value;
    }
}
