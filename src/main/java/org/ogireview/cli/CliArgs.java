package org.ogireview.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The arguments of one command: {@code --name value} options, {@code --flag} switches and the rest in order. An
 * unknown option or a missing value is a usage error, so a typo never runs a command with the wrong settings.
 */
final class CliArgs {

    private final Map<String, String> options = new LinkedHashMap<>();
    private final List<String> flags = new ArrayList<>();
    private final List<String> positional = new ArrayList<>();

    private CliArgs() {
    }

    static CliArgs parse(String command, String[] args, Set<String> valueOptions, Set<String> flagOptions)
            throws Cli.UsageException {
        CliArgs a = new CliArgs();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (arg.equals("--")) {
                for (int j = i + 1; j < args.length; j++) {
                    a.positional.add(args[j]);
                }
                break;
            }
            if (arg.startsWith("--")) {
                String name = arg;
                String value = null;
                int eq = arg.indexOf('=');
                if (eq > 0) {
                    name = arg.substring(0, eq);
                    value = arg.substring(eq + 1);
                }
                if (flagOptions.contains(name) && value == null) {
                    a.flags.add(name);
                } else if (valueOptions.contains(name)) {
                    if (value == null) {
                        if (i + 1 >= args.length) {
                            throw new Cli.UsageException(command + ": " + name + " needs a value");
                        }
                        value = args[++i];
                    }
                    a.options.put(name, value);
                } else {
                    throw new Cli.UsageException(command + ": unknown option " + name);
                }
            } else {
                a.positional.add(arg);
            }
        }
        return a;
    }

    String option(String name) {
        return options.get(name);
    }

    String option(String name, String fallback) {
        return options.getOrDefault(name, fallback);
    }

    Path path(String name) {
        String v = options.get(name);
        return v == null ? null : Path.of(v);
    }

    int intOption(String command, String name, int fallback) throws Cli.UsageException {
        String v = options.get(name);
        if (v == null) {
            return fallback;
        }
        try {
            return Integer.parseInt(v.trim());
        } catch (NumberFormatException e) {
            throw new Cli.UsageException(command + ": " + name + " must be a whole number, not '" + v + "'");
        }
    }

    boolean flag(String name) {
        return flags.contains(name);
    }

    List<String> positional() {
        return positional;
    }
}
