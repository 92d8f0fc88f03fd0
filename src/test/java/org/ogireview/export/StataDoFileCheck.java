package org.ogireview.export;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A parser-level check of the do-file the Stata export writes (there is no Stata here): every line must be one of
 * the commands the export uses, in Stata's syntax (compound-quoted labels within 80 characters, value labels
 * defined before they are attached, in the language they are attached in, variable names valid), and every name
 * it uses is collected so the test can hold them against the CSV header.
 */
final class StataDoFileCheck {

    private static final String NAME = "([A-Za-z_][A-Za-z0-9_]{0,31})";
    private static final Pattern COMMENT = Pattern.compile("^\\*.*$");
    private static final Pattern VERSION = Pattern.compile("^version 1[4-9]$");
    private static final Pattern IMPORT = Pattern.compile("^import delimited using \"([^\"]+\\.csv)\", "
            + "encoding\\(\"utf-8\"\\) varnames\\(1\\) case\\(preserve\\) bindquote\\(strict\\) asdouble "
            + "stringcols\\(([0-9 ]+)\\) clear$");
    private static final Pattern LANGUAGE = Pattern.compile("^label language (zh|en)(, (rename|new))?$");
    private static final Pattern LABEL_VARIABLE = Pattern.compile("^label variable " + NAME + " `\"([^\"`]*)\"'$");
    private static final Pattern LABEL_DEFINE = Pattern.compile("^label define " + NAME + "((?: (?:-?\\d+|\\.[a-z]) "
            + "\"[^\"]*\")+)$");
    private static final Pattern LABEL_PAIR = Pattern.compile("(-?\\d+|\\.[a-z]) \"([^\"]*)\"");
    private static final Pattern LABEL_VALUES = Pattern.compile("^label values " + NAME + " " + NAME + "$");
    private static final Pattern REPLACE = Pattern.compile("^quietly replace " + NAME + " = \\.([ab]) if " + NAME
            + " == (\\d)$");

    final List<String> problems = new ArrayList<>();
    String csv;
    boolean sawClear;
    int[] stringCols = new int[0];
    /** language -> variable -> label */
    final Map<String, Map<String, String>> labels = new LinkedHashMap<>();
    /** language -> variable -> value label */
    final Map<String, Map<String, String>> valueLabels = new HashMap<>();
    final Set<String> defined = new HashSet<>();
    /** variable -> extended missing codes it is given (.a, .b) */
    final Map<String, Set<String>> extendedMissing = new HashMap<>();
    final Set<String> replacedUsing = new HashSet<>();

    static StataDoFileCheck of(String doFile) {
        StataDoFileCheck c = new StataDoFileCheck();
        c.parse(doFile);
        return c;
    }

    private void parse(String doFile) {
        String language = null;
        boolean imported = false;
        int n = 0;
        for (String line : doFile.split("\n", -1)) {
            n++;
            if (line.isEmpty()) {
                continue;
            }
            Matcher m;
            if (COMMENT.matcher(line).matches() || VERSION.matcher(line).matches()) {
                continue;
            }
            if (line.equals("clear")) {
                sawClear = true;
            } else if (line.equals("compress")) {
                continue;
            } else if ((m = IMPORT.matcher(line)).matches()) {
                csv = m.group(1);
                imported = true;
                stringCols = java.util.Arrays.stream(m.group(2).split(" ")).mapToInt(Integer::parseInt).toArray();
            } else if ((m = LANGUAGE.matcher(line)).matches()) {
                language = m.group(1);
                labels.computeIfAbsent(language, k -> new LinkedHashMap<>());
            } else if ((m = LABEL_VARIABLE.matcher(line)).matches()) {
                if (language == null) {
                    problems.add(n + ": a variable label before any label language");
                    continue;
                }
                if (m.group(2).length() > StataExport.LABEL_MAX) {
                    problems.add(n + ": label longer than 80 characters");
                }
                if (labels.get(language).put(m.group(1), m.group(2)) != null) {
                    problems.add(n + ": " + m.group(1) + " labelled twice in " + language);
                }
            } else if ((m = LABEL_DEFINE.matcher(line)).matches()) {
                if (!defined.add(m.group(1))) {
                    problems.add(n + ": value label " + m.group(1) + " defined twice");
                }
                Matcher p = LABEL_PAIR.matcher(m.group(2));
                while (p.find()) {
                    if (p.group(2).length() > 32000) {
                        problems.add(n + ": value label text too long");
                    }
                }
            } else if ((m = LABEL_VALUES.matcher(line)).matches()) {
                if (!defined.contains(m.group(2))) {
                    problems.add(n + ": value label " + m.group(2) + " attached before it is defined");
                }
                if (language == null || !m.group(2).endsWith("_" + language)) {
                    problems.add(n + ": value label " + m.group(2) + " attached in language " + language);
                }
                valueLabels.computeIfAbsent(language, k -> new HashMap<>()).put(m.group(1), m.group(2));
            } else if ((m = REPLACE.matcher(line)).matches()) {
                extendedMissing.computeIfAbsent(m.group(1), k -> new HashSet<>()).add("." + m.group(2));
                replacedUsing.add(m.group(3));
                String expected = m.group(2).equals("a") ? "4" : "5";
                if (!m.group(4).equals(expected) || !m.group(3).equals(m.group(1) + StataExport.STATUS)) {
                    problems.add(n + ": ." + m.group(2) + " mapped from the wrong code or variable");
                }
            } else {
                problems.add(n + ": not a command the export writes: " + line);
            }
            if (!imported && (line.startsWith("label") || line.startsWith("quietly"))) {
                problems.add(n + ": uses variables before the import");
            }
        }
    }

    /** Every variable name the do-file names. */
    Set<String> namesUsed() {
        Set<String> out = new HashSet<>();
        labels.values().forEach(m -> out.addAll(m.keySet()));
        valueLabels.values().forEach(m -> out.addAll(m.keySet()));
        out.addAll(extendedMissing.keySet());
        out.addAll(replacedUsing);
        return out;
    }
}
