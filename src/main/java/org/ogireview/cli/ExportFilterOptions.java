package org.ogireview.cli;

import org.ogireview.export.DivisionPrefix;
import org.ogireview.export.ExportSelection;
import org.ogireview.extract.SearchText;
import org.ogireview.model.ReviewState;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The options of {@code export} that narrow it to some reports, the same for every layout: {@code --body ID|NAME},
 * {@code --division CODE|NAME}, {@code --year Y[-Y]}, {@code --state new|in_progress|verified}, {@code --reports
 * ID,ID}. Each takes a comma-separated list (any one of it will do); different options must all hold.
 * {@code double-code} takes the same options to mark (a share of) the reports they choose.
 */
final class ExportFilterOptions {

    static final Set<String> OPTIONS = Set.of("--body", "--division", "--year", "--state", "--reports");
    static final String USAGE = "\n                                  narrow any layout to some reports (the columns stay the same):"
            + "\n                                  --body ID|NAME  --division CODE|NAME (32, 3208, 320813: what lies within)"
            + "\n                                  --year Y[-Y]  --state new|in_progress|verified  --reports ID,ID"
            + "\n                                  (each takes a comma-separated list; all the options given must hold)";

    private static final Pattern YEARS = Pattern.compile("(\\d{4})?\\s*(-)?\\s*(\\d{4})?");

    private ExportFilterOptions() {
    }

    /** True when any of the options is given. */
    static boolean given(CliArgs a) {
        return OPTIONS.stream().anyMatch(o -> a.option(o) != null);
    }

    static ExportSelection parse(CliArgs a) throws Cli.UsageException {
        return parse("export", a);
    }

    /** The selection these options ask for; a usage message naming {@code command} when one cannot be met. */
    static ExportSelection parse(String command, CliArgs a) throws Cli.UsageException {
        ExportSelection s = ExportSelection.all();
        if (a.option("--body") != null) {
            s = s.bodies(list(command, "--body", a.option("--body")), SearchText::fold);
        }
        if (a.option("--division") != null) {
            List<String> prefixes = new ArrayList<>();
            for (String d : list(command, "--division", a.option("--division"))) {
                try {
                    prefixes.add(DivisionPrefix.of(d));
                } catch (IllegalArgumentException e) {
                    throw new Cli.UsageException(command + ": --division: " + e.getMessage());
                }
            }
            s = s.divisions(prefixes);
        }
        if (a.option("--year") != null) {
            s = years(command, s, a.option("--year").strip());
        }
        if (a.option("--state") != null) {
            List<ReviewState> states = new ArrayList<>();
            for (String v : list(command, "--state", a.option("--state"))) {
                try {
                    states.add(ReviewState.fromCode(v.toLowerCase(Locale.ROOT).replace('-', '_')));
                } catch (IllegalArgumentException e) {
                    throw new Cli.UsageException(command + ": --state " + v + " is none of new, in_progress, verified");
                }
            }
            s = s.states(states);
        }
        if (a.option("--reports") != null) {
            List<Long> ids = new ArrayList<>();
            for (String v : list(command, "--reports", a.option("--reports"))) {
                try {
                    ids.add(Long.parseLong(v.startsWith("#") ? v.substring(1) : v));
                } catch (NumberFormatException e) {
                    throw new Cli.UsageException(command + ": --reports takes report ids (1,5,9), not '" + v + "'");
                }
            }
            s = s.reports(ids);
        }
        return s;
    }

    private static ExportSelection years(String command, ExportSelection s, String v) throws Cli.UsageException {
        Matcher m = YEARS.matcher(v);
        if (!m.matches() || (m.group(1) == null && m.group(3) == null)
                || (m.group(2) == null && m.group(1) != null && m.group(3) != null)) {
            throw new Cli.UsageException(command + ": --year takes a year or a span (2021, 2019-2021, 2019-, -2018), "
                    + "not '" + v + "'");
        }
        Integer from = m.group(1) == null ? null : Integer.valueOf(m.group(1));
        Integer to = m.group(3) == null ? null : Integer.valueOf(m.group(3));
        if (m.group(2) == null) { // one year
            to = from == null ? to : from;
            from = to;
        }
        try {
            return s.years(from, to);
        } catch (IllegalArgumentException e) {
            throw new Cli.UsageException(command + ": --year: " + e.getMessage());
        }
    }

    private static List<String> list(String command, String option, String value) throws Cli.UsageException {
        List<String> out = Arrays.stream(value.split("[,，]")).map(String::strip).filter(x -> !x.isEmpty()).toList();
        if (out.isEmpty()) {
            throw new Cli.UsageException(command + ": " + option + " needs a value");
        }
        return out;
    }
}
