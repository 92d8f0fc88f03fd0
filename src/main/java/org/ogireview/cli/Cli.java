package org.ogireview.cli;

import org.ogireview.AppVersion;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

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
        COMMANDS.put("memo", new MemoCommand());
    }

    private final PrintStream out;
    private final PrintStream err;

    public Cli(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    /** The program's name in messages. */
    public static final String PROGRAM = "ogi-review";

    /** The one-line hint after a usage error. */
    public static final String HINT = "Try '" + PROGRAM + " --help' for the commands and options.";

    /** True when the arguments name a command (otherwise the window opens). */
    public static boolean isCommand(String[] args) {
        return args.length > 0 && (COMMANDS.containsKey(args[0]) || isTopLevel(args[0]));
    }

    /** Options that print something and exit instead of opening the window: help and version. */
    public static boolean isTopLevel(String arg) {
        return HELP.contains(arg) || VERSION.contains(arg);
    }

    private static final Set<String> HELP = Set.of("help", "-h", "--help", "-?");
    private static final Set<String> VERSION = Set.of("version", "-V", "--version");

    public int run(String[] args) {
        if (args.length == 0 || HELP.contains(args[0])) {
            if (args.length > 1 && COMMANDS.containsKey(args[1])) {
                out.println("usage: " + COMMANDS.get(args[1]).usage());
                return 0;
            }
            printUsage(out);
            return 0;
        }
        if (VERSION.contains(args[0])) {
            out.println(PROGRAM + " " + AppVersion.get());
            return 0;
        }
        Command command = COMMANDS.get(args[0]);
        if (command == null) {
            err.println(PROGRAM + ": " + (args[0].startsWith("-") ? "unknown option: " : "unknown command: ")
                    + args[0]);
            err.println(HINT);
            return 2;
        }
        String[] rest = Arrays.copyOfRange(args, 1, args.length);
        if (asksForHelp(rest)) {
            out.println("usage: " + command.usage());
            return 0;
        }
        try {
            return command.run(rest, out, err);
        } catch (UsageException e) {
            err.println(e.getMessage());
            err.println("usage: " + command.usage());
            return 2;
        } catch (Exception e) {
            err.println(args[0] + ": " + (e.getMessage() == null ? e.toString() : e.getMessage()));
            return 1;
        }
    }

    /** COMMAND --help (or -h) anywhere before a "--" separator: every command answers it the same way. */
    private static boolean asksForHelp(String[] args) {
        for (String a : args) {
            if (a.equals("--")) {
                return false;
            }
            if (a.equals("--help") || a.equals("-h")) {
                return true;
            }
        }
        return false;
    }

    private static void printUsage(PrintStream stream) {
        stream.println("OGI Report Review " + AppVersion.get()
                + ": review desk for government information disclosure annual reports.");
        stream.println();
        stream.println("usage: " + PROGRAM + " [--db PATH] [--lang zh|en]    open the window");
        stream.println("       " + PROGRAM + " COMMAND [OPTIONS]             run a command headless");
        stream.println("       " + PROGRAM + " COMMAND --help | --help | --version");
        stream.println("(" + PROGRAM + " is `java -jar target/ogi-review.jar`, or `mvn -q javafx:run -Djavafx.args=\"...\"`)");
        stream.println();
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
