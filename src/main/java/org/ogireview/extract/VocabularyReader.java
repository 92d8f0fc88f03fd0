package org.ogireview.extract;

import org.ogireview.extract.FieldVocabulary.Example;
import org.ogireview.extract.FieldVocabulary.Field;
import org.ogireview.extract.FieldVocabulary.StatsRow;
import org.ogireview.extract.FieldVocabulary.Table2Row;
import org.ogireview.extract.FieldVocabulary.Table3Row;
import org.ogireview.model.FieldCatalog;
import org.ogireview.model.ReportFormat;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Reads field-vocabulary.txt into a {@link FieldVocabulary}, one pass over its lines: a field's block collects its
 * lines until the next block or top-level line. Every key is checked against the catalogue, every {NAME} must be
 * defined, every pattern must compile; an error names the line.
 */
final class VocabularyReader {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Z][A-Z_]*)\\}");
    private static final String SEPARATOR = " := ";

    private final FieldVocabulary v;
    private final FieldCatalog catalog;
    private int line;
    private String key;
    private Topic topic;
    private boolean share;
    private boolean channel;
    private String change;
    private Set<ReportFormat> inTableReports;
    private Pattern zero;
    private Pattern zeroAsked;
    private Pattern zeroListed;
    /** The block's prose lines, built when the block closes (share applies to all of them). */
    private final List<String[]> proseLines = new ArrayList<>();
    private final List<Integer> proseLineNumbers = new ArrayList<>();

    VocabularyReader(FieldVocabulary v, FieldCatalog catalog) {
        this.v = v;
        this.catalog = catalog;
    }

    void parse(BufferedReader in) throws IOException {
        String raw;
        while ((raw = in.readLine()) != null) {
            line++;
            if (raw.isBlank() || raw.stripLeading().startsWith("#")) {
                continue;
            }
            boolean indented = Character.isWhitespace(raw.charAt(0));
            String text = raw.strip();
            if (indented) {
                if (key == null) {
                    throw error("a field's line outside a field block");
                }
                fieldLine(text);
            } else {
                close();
                topLine(text);
            }
        }
        close();
    }

    private void topLine(String text) {
        String[] words = head(text).split("\\s+");
        String body = words[0].equals("field") ? "" : body(text);
        switch (words[0]) {
            case "define" -> {
                if (words.length != 2) {
                    throw error("define NAME := PATTERN");
                }
                v.defines.put(words[1], expand(body, false));
            }
            case "field" -> open(words);
            case "stats-none" -> v.statsNone.add(new StatsRow(compile(expand(body, false)), null, false));
            case "table3-group" -> {
                List<String> parts = list(body);
                v.table3Groups.add(new Table3Row(null, group(words), LabelText.compact(parts.get(0)),
                        parts.subList(1, parts.size()), List.of(), false));
            }
            case "table2-row" -> {
                List<String> parts = list(body);
                v.table2.add(new Table2Row(word(words, 1), parts.get(0), parts.subList(1, parts.size())));
            }
            case "table2-column" -> v.table2Columns.put(word(words, 1), body.strip());
            case "table2-template" -> {
                ReportFormat era = format(word(words, 1));
                List<String> columns = list(body);
                for (int i = 2; i < words.length; i++) {
                    for (String column : columns) {
                        known("proactive." + words[i] + "." + column);
                    }
                    v.table2Templates.put(era.code() + " " + words[i], List.copyOf(columns));
                }
            }
            default -> throw error("unknown line '" + words[0] + "'");
        }
    }

    private void open(String[] words) {
        if (words.length != 2) {
            throw error("field KEY");
        }
        key = known(words[1]);
        if (v.fields.containsKey(key)) {
            throw error("a second block for " + key);
        }
        topic = null;
        share = false;
        channel = false;
        change = null;
        inTableReports = EnumSet.noneOf(ReportFormat.class);
        zero = null;
        zeroAsked = null;
        zeroListed = null;
    }

    private void fieldLine(String text) {
        String head = head(text);
        String[] words = head.split("\\s+");
        switch (words[0]) {
            case "topic" -> topic = topic(only(words, 2)[1]);
            case "share" -> share = only(words, 1).length > 0;
            case "channel" -> channel = only(words, 1).length > 0;
            case "change" -> change = known(only(words, 2)[1]);
            case "in-table-reports" -> {
                for (int i = 1; i < words.length; i++) {
                    inTableReports.add(format(words[i]));
                }
            }
            case "prose" -> {
                proseLines.add(new String[]{head, body(text)});
                proseLineNumbers.add(line);
            }
            case "zero" -> zero = compile(expand(body(text), false));
            case "zero-asked" -> zeroAsked = compile(expand(body(text), false));
            case "zero-listed" -> zeroListed = compile(expand(body(text), false));
            case "stats-row" -> v.statsRows.add(new StatsRow(compile(expand(body(text), false)), key,
                    words.length > 1 && words[1].equals("fallback")));
            case "table3" -> {
                List<String> parts = list(body(text));
                Set<String> flags = Set.copyOf(java.util.Arrays.asList(words).subList(2, words.length));
                boolean exact = flags.contains("exact");
                List<String> rest = parts.subList(1, parts.size());
                String canonical = LabelText.compact(parts.get(0));
                v.table3.add(new Table3Row(key, group(words), canonical, exact ? List.of() : rest,
                        exact ? rest : List.of(), flags.contains("only-in-group")));
            }
            case "example" -> example(body(text));
            default -> throw error("unknown field line '" + words[0] + "'");
        }
    }

    private void example(String body) {
        int arrow = body.lastIndexOf(" => ");
        if (arrow < 0) {
            throw error("example := SENTENCE => VALUE [QUALIFIER]");
        }
        String[] value = body.substring(arrow + 4).strip().split("\\s+");
        v.examples.add(new Example(key, body.substring(0, arrow).strip(), value[0],
                value.length > 1 ? value[1] : "", line));
    }

    /** Closes the open block: its prose lines become rules now that the block's flags are known. */
    private void close() {
        if (key == null) {
            return;
        }
        for (int i = 0; i < proseLines.size(); i++) {
            line = proseLineNumbers.get(i);
            v.prose.add(rule(proseLines.get(i)[0].split("\\s+"), proseLines.get(i)[1]));
        }
        if (!proseLines.isEmpty() && topic == null) {
            throw error(key + " has prose wordings but no topic");
        }
        v.fields.put(key, new Field(key, topic, share, change, channel, Set.copyOf(inTableReports), zero,
                zeroAsked, zeroListed == null ? zero : zeroListed));
        proseLines.clear();
        proseLineNumbers.clear();
        key = null;
    }

    /** prose FORM CONFIDENCE KIND [UNITS] [needs=…] [before=N after=N anchors=…] := PATTERN */
    private ProseRules.Rule rule(String[] words, String pattern) {
        if (words.length < 4) {
            throw error("prose FORM CONFIDENCE KIND … := PATTERN");
        }
        String form = words[1];
        double confidence;
        try {
            confidence = Double.parseDouble(words[2]);
        } catch (NumberFormatException e) {
            throw error("not a confidence: " + words[2]);
        }
        Candidate.Kind kind = kind(words[3]);
        String units = null;
        String needs = null;
        int before = 0;
        int after = 0;
        String[] anchors = null;
        for (int i = 4; i < words.length; i++) {
            String w = words[i];
            if (w.startsWith("needs=")) {
                needs = w.substring(6);
            } else if (w.startsWith("before=")) {
                before = Integer.parseInt(w.substring(7));
            } else if (w.startsWith("after=")) {
                after = Integer.parseInt(w.substring(6));
            } else if (w.startsWith("anchors=")) {
                anchors = w.substring(8).split(",");
            } else if (units == null && w.matches("[A-Z_]+")) {
                units = v.define(w);
            } else {
                throw error("unknown prose option '" + w + "'");
            }
        }
        String regex = switch (form) {
            case "label" -> {
                if (units == null) {
                    throw error("a label needs its units");
                }
                yield expand(pattern, true) + v.define("FILL") + "{N}[ ]?(?<qunit>" + units + "){POST}";
            }
            case "pattern", "around" -> expand(pattern, true);
            default -> throw error("unknown prose form '" + form + "'");
        };
        String expanded = regex.replace("{N}", Quantity.REGEX).replace("{POST}", Quantity.POST);
        Pattern compiled = compile(expanded);
        AnchoredPattern matches;
        if (form.equals("around")) {
            if (anchors == null) {
                throw error("around needs before=, after= and anchors=");
            }
            matches = AnchoredPattern.around(compiled, before, after, anchors);
        } else {
            matches = AnchoredPattern.of(compiled);
        }
        ProseRules.Rule r = new ProseRules.Rule(key, topic, matches, confidence, kind, share, null);
        return needs == null ? r : r.needing(needs);
    }

    /** Replaces each {NAME} by its define; {N} and {POST} are kept for the rule when allowed. */
    private String expand(String pattern, boolean numberAllowed) {
        Matcher m = PLACEHOLDER.matcher(pattern);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String name = m.group(1);
            String replacement;
            if (name.equals("N") || name.equals("POST")) {
                if (!numberAllowed) {
                    throw error("{" + name + "} only in a prose pattern");
                }
                replacement = m.group();
            } else if (v.defines.containsKey(name)) {
                replacement = v.defines.get(name);
            } else {
                throw error("undefined {" + name + "}");
            }
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        return out.toString();
    }

    private Pattern compile(String regex) {
        try {
            return Pattern.compile(regex);
        } catch (PatternSyntaxException e) {
            throw error("pattern does not compile: " + e.getDescription());
        }
    }

    private String known(String k) {
        if (!catalog.knows(k)) {
            throw error("field " + k + " is not in the catalogue (fields.csv)");
        }
        return k;
    }

    private Topic topic(String name) {
        try {
            return Topic.valueOf(name);
        } catch (IllegalArgumentException e) {
            throw error("unknown topic " + name);
        }
    }

    private ReportFormat format(String code) {
        for (ReportFormat f : ReportFormat.values()) {
            if (f.code().equals(code)) {
                return f;
            }
        }
        throw error("unknown report format " + code);
    }

    private Candidate.Kind kind(String name) {
        return switch (name) {
            case "prose" -> Candidate.Kind.PROSE;
            case "channel" -> Candidate.Kind.CHANNEL_SENSITIVE;
            case "category" -> Candidate.Kind.CATEGORY;
            case "own-part" -> Candidate.Kind.OWN_PART_ONLY;
            default -> throw error("unknown kind " + name);
        };
    }

    private String group(String[] words) {
        String g = word(words, 1);
        return g.equals("-") ? "" : g;
    }

    /** The words of a line that must have exactly n of them (a comment after a flag is an error, not ignored). */
    private String[] only(String[] words, int n) {
        if (words.length != n) {
            throw error("'" + words[0] + "' takes " + (n - 1) + " word" + (n == 2 ? "" : "s"));
        }
        return words;
    }

    private String word(String[] words, int i) {
        if (words.length <= i) {
            throw error("missing word " + (i + 1));
        }
        return words[i];
    }

    private List<String> list(String body) {
        List<String> out = new ArrayList<>();
        for (String p : body.split(";")) {
            if (!p.isBlank()) {
                out.add(p.strip());
            }
        }
        if (out.isEmpty()) {
            throw error("an empty list");
        }
        return out;
    }

    private static String head(String text) {
        int sep = text.indexOf(SEPARATOR);
        return (sep < 0 ? text : text.substring(0, sep)).strip();
    }

    private String body(String text) {
        int sep = text.indexOf(SEPARATOR);
        if (sep < 0) {
            throw error("missing ' := '");
        }
        return text.substring(sep + SEPARATOR.length());
    }

    private IllegalArgumentException error(String message) {
        return new IllegalArgumentException("field-vocabulary.txt line " + line + ": " + message);
    }
}
