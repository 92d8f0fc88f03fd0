package org.ogireview.cli;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/** Headless commands of the jar. Each command is a small class; errors go to stderr with a non-zero exit code. */
public final class Cli {

    /** A headless command: returns the process exit code. */
    public interface Command {
        int run(String[] args, PrintStream out, PrintStream err) throws Exception;

        String usage();
    }

    private static final Map<String, Command> COMMANDS = new LinkedHashMap<>();

    static {
        COMMANDS.put("extract", new ExtractCommand());
        COMMANDS.put("check", new CheckCommand());
        COMMANDS.put("evaluate", new EvaluateCommand());
        COMMANDS.put("bench-extract", new BenchExtractCommand());
        COMMANDS.put("ingest", new IngestCommand());
        COMMANDS.put("import", new ImportCommand());
        COMMANDS.put("export", new ExportCommand());
        COMMANDS.put("bench", new BenchCommand());
        COMMANDS.put("bench-search", new BenchSearchCommand());
        COMMANDS.put("verify", new VerifyCommand());
        COMMANDS.put("backup", new BackupCommand());
        COMMANDS.put("restore", new RestoreCommand());
        COMMANDS.put("soak", new SoakCommand());
    }

    private final PrintStream out;
    private final PrintStream err;

    public Cli(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    /** True when the arguments name a command (otherwise the window opens). */
    public static boolean isCommand(String[] args) {
        return args.length > 0 && (COMMANDS.containsKey(args[0]) || args[0].equals("help") || args[0].equals("--help"));
    }

    public int run(String[] args) {
        if (args.length == 0 || args[0].equals("help") || args[0].equals("--help")) {
            printUsage(out);
            return 0;
        }
        Command command = COMMANDS.get(args[0]);
        if (command == null) {
            err.println("unknown command: " + args[0]);
            printUsage(err);
            return 2;
        }
        try {
            return command.run(Arrays.copyOfRange(args, 1, args.length), out, err);
        } catch (UsageException e) {
            err.println(e.getMessage());
            err.println("usage: " + command.usage());
            return 2;
        } catch (Exception e) {
            err.println(args[0] + ": " + (e.getMessage() == null ? e.toString() : e.getMessage()));
            return 1;
        }
    }

    private static void printUsage(PrintStream stream) {
        stream.println("OGI Report Review. With no command the window opens (java -jar ogi-review.jar [--db PATH]).");
        stream.println("Commands:");
        for (Command c : COMMANDS.values()) {
            stream.println("  " + c.usage());
        }
    }

    /** Wrong arguments: the message and the command's usage go to stderr, exit code 2. */
    public static final class UsageException extends Exception {
        public UsageException(String message) {
            super(message);
        }
    }
}
