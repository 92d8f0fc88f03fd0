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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What the extractor knows about each field, read once from {@code field-vocabulary.txt}: its prose wordings,
 * topic, units, zero wordings, statistics-table and standard-table row labels, and example sentences. The readers
 * ({@link ProseRules}, {@link ZeroStatements}, {@link StatisticsTableReader}, {@link ApplicationTableReader},
 * {@link ProactiveTableReader}, {@link TemplateDecoder}, {@link TableReportProse}) take their words from here, so a
 * field's vocabulary is one block of data, keyed by the field's key.
 *
 * <p>Loading ({@link VocabularyReader}) fails, naming the line, on a key the catalogue (fields.csv) does not know, an undefined {NAME}, or a
 * pattern that does not compile: a vocabulary that names a field the app cannot store never runs.
 */
final class FieldVocabulary {

    static final String RESOURCE = "/org/ogireview/extract/field-vocabulary.txt";

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

    final Map<String, String> defines = new LinkedHashMap<>();
    final Map<String, Field> fields = new LinkedHashMap<>();
    final List<ProseRules.Rule> prose = new ArrayList<>();
    final List<StatsRow> statsRows = new ArrayList<>();
    final List<StatsRow> statsNone = new ArrayList<>();
    final List<Table3Row> table3 = new ArrayList<>();
    final List<Table3Row> table3Groups = new ArrayList<>();
    final List<Table2Row> table2 = new ArrayList<>();
    final Map<String, String> table2Columns = new LinkedHashMap<>();
    /** "ERA PART" -> the columns of that table-二 row in that era's template. */
    final Map<String, List<String>> table2Templates = new LinkedHashMap<>();
    final List<Example> examples = new ArrayList<>();

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
        new VocabularyReader(v, catalog).parse(new BufferedReader(reader));
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

    /**
     * The columns of a table-二 row in the template of an era (trial 2019 or revised 2021), in the template's order;
     * empty when that era's table has no such row.
     */
    List<String> table2Template(ReportFormat era, String part) {
        return table2Templates.getOrDefault(era.code() + " " + part, List.of());
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

    /** Keys of the proactive categories (概况类 …), in file order: fields worded as a category of a split. */
    Set<String> categoryKeys() {
        Set<String> out = new java.util.LinkedHashSet<>();
        prose.stream().filter(r -> r.kind() == Candidate.Kind.CATEGORY).forEach(r -> out.add(r.key()));
        return Collections.unmodifiableSet(out);
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
}
