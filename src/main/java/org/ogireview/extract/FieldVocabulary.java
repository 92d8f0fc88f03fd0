package org.ogireview.extract;

import org.ogireview.model.FieldCatalog;
import org.ogireview.model.ReportFormat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * What the extractor knows about each field, read once from {@code field-vocabulary.txt}: its prose wordings,
 * topic, units, zero wordings, statistics-table and standard-table row labels, and example sentences. The readers
 * ({@link ProseRules}, {@link ZeroStatements}, {@link StatisticsTableReader}, {@link ApplicationTableReader},
 * {@link ProactiveTableReader}, {@link TemplateDecoder}, {@link TableReportProse}) take their words from here, so a
 * field's vocabulary is one block of data, keyed by the field's key.
 *
 * <p>Loading fails, naming the line, on a key the catalogue (fields.csv) does not know, an undefined {NAME}, or a
 * pattern that does not compile: a vocabulary that names a field the app cannot store never runs.
 */
final class FieldVocabulary {

    static final String RESOURCE = "/org/ogireview/extract/field-vocabulary.txt";
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Z][A-Z_]*)\\}");
    private static final String SEPARATOR = " := ";

    /** A sentence the prose rules must read as the value (empty value and BLANK: blank_in_source). */
    record Example(String key, String sentence, String value, String qualifier, int line) {
    }

    /** A field's own words. */
    record Field(String key, Topic topic, boolean share, String change, boolean channel,
                 Set<ReportFormat> inTableReports, Pattern zero, Pattern zeroAsked, Pattern zeroListed) {
    }

    /** A statistics-table row label; key null for rows no field holds. */
    record StatsRow(Pattern pattern, String key, boolean fallback) {
    }

    /**
     * A row of table 三 ({@code key} null: a group heading holding no figure).
     *
     * @param exact       labels the row must equal (after numbering is dropped) instead of resembling
     * @param onlyInGroup matched only inside its group (a bare 其他 is a row of （六）其他处理 only)
     */
    record Table3Row(String key, String group, String canonical, List<String> cores, List<String> exact,
                     boolean onlyInGroup) {
        boolean isGroup() {
            return key == null;
        }
    }

    /** A row of table 二: its key part, its wording and the phrases that identify it. */
    record Table2Row(String part, String canonical, List<String> cores) {
    }

    private static volatile FieldVocabulary standard;

    private final Map<String, String> defines = new LinkedHashMap<>();
    private final Map<String, Field> fields = new LinkedHashMap<>();
    private final List<ProseRules.Rule> prose = new ArrayList<>();
    private final List<StatsRow> statsRows = new ArrayList<>();
    private final List<StatsRow> statsNone = new ArrayList<>();
    private final List<Table3Row> table3 = new ArrayList<>();
    private final List<Table3Row> table3Groups = new ArrayList<>();
    private final List<Table2Row> table2 = new ArrayList<>();
    private final Map<String, String> table2Columns = new LinkedHashMap<>();
    private final List<Example> examples = new ArrayList<>();

    private FieldVocabulary() {
    }

    /** The vocabulary bundled with the app, checked against the bundled catalogue. */
    static FieldVocabulary standard() {
        FieldVocabulary v = standard;
        if (v == null) {
            synchronized (FieldVocabulary.class) {
                if (standard == null) {
                    try (InputStream in = FieldVocabulary.class.getResourceAsStream(RESOURCE)) {
                        if (in == null) {
                            throw new IllegalStateException("missing resource " + RESOURCE);
                        }
                        standard = read(new InputStreamReader(in, StandardCharsets.UTF_8), FieldCatalog.standard());
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }
                v = standard;
            }
        }
        return v;
    }

    /**
     * Reads a vocabulary and checks every key it names against the catalogue.
     *
     * @throws IllegalArgumentException naming the line, for a key the catalogue does not know or a malformed line
     */
    static FieldVocabulary read(Reader reader, FieldCatalog catalog) throws IOException {
        FieldVocabulary v = new FieldVocabulary();
        new Parser(v, catalog).parse(new BufferedReader(reader));
        return v;
    }

    /** A named piece of wording ({@code define NAME := …}), its own pieces expanded. */
    String define(String name) {
        String d = defines.get(name);
        if (d == null) {
            throw new IllegalArgumentException("no such define: " + name);
        }
        return d;
    }

    /** Fields with a block, in file order. */
    List<Field> fields() {
        return List.copyOf(fields.values());
    }

    Field field(String key) {
        Field f = fields.get(key);
        if (f == null) {
            throw new IllegalArgumentException("no vocabulary for field " + key);
        }
        return f;
    }

    /** Every prose wording, in file order. */
    List<ProseRules.Rule> proseRules() {
        return Collections.unmodifiableList(prose);
    }

    /** Statistics-table row labels: those no field holds first, then each field's, in file order. */
    List<StatsRow> statsRows() {
        List<StatsRow> out = new ArrayList<>(statsNone);
        out.addAll(statsRows);
        return out;
    }

    /** Rows of table 三 in template order, then its group headings. */
    List<Table3Row> table3() {
        List<Table3Row> out = new ArrayList<>(table3);
        out.addAll(table3Groups);
        return out;
    }

    List<Table2Row> table2Rows() {
        return Collections.unmodifiableList(table2);
    }

    /** Table 二's columns (key part -> name in the template), in file order. */
    Map<String, String> table2Columns() {
        return Collections.unmodifiableMap(table2Columns);
    }

    /** Keys whose prose a standard-table report of this format may state where its tables do not. */
    Set<String> tableReportProseKeys(ReportFormat format) {
        Set<String> out = new java.util.LinkedHashSet<>();
        fields.values().stream().filter(f -> f.inTableReports().contains(format)).forEach(f -> out.add(f.key()));
        return out;
    }

    /** Keys of the application channels (当面, 网上 …). */
    Set<String> channelKeys() {
        Set<String> out = new java.util.LinkedHashSet<>();
        fields.values().stream().filter(Field::channel).forEach(f -> out.add(f.key()));
        return out;
    }

    List<Example> examples() {
        return Collections.unmodifiableList(examples);
    }

    /** Every field key the vocabulary names, for the catalogue test. */
    Set<String> keys() {
        Set<String> out = new java.util.LinkedHashSet<>(fields.keySet());
        fields.values().forEach(f -> {
            if (f.change() != null) {
                out.add(f.change());
            }
        });
        return out;
    }

    /** One pass over the lines; a field's block collects its lines until the next block or top-level line. */
    private static final class Parser {
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

        Parser(FieldVocabulary v, FieldCatalog catalog) {
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
                case "topic" -> topic = topic(word(words, 1));
                case "share" -> share = true;
                case "channel" -> channel = true;
                case "change" -> change = known(word(words, 1));
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
}
