package org.ogireview.eval;

import com.opencsv.CSVReader;
import com.opencsv.CSVReaderBuilder;
import com.opencsv.RFC4180ParserBuilder;
import com.opencsv.exceptions.CsvValidationException;
import org.ogireview.extract.Extraction;
import org.ogireview.model.ExtractedFigure;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Scores extracted figures against a hand-verified gold file: a faithful port of {@code shared/tools/score.py}, so
 * tests and the {@code evaluate} command report the numbers the project is judged by.
 *
 * <p>Rules (as in score.py): a figure is right when its (file, field) is in the gold file with the same value
 * (numbers compared as numbers after NFKC) and the same qualifier. Only files named in the gold file are scored. A
 * predicted field the gold file does not list counts as a false positive. Provenance: a right figure's snippet must
 * show it (its digits, or a Chinese numeral, 万 or zero wording). Where a CSV names one (file, field) twice, the
 * last row wins, like the Python dict.
 */
public final class GoldScorer {

    private static final Pattern ZERO_WORDS = Pattern.compile("[无無未没沒零0〇]|不存在");
    private static final Pattern NUMERAL_CHARS = Pattern.compile("[一二三四五六七八九十百千万萬亿億两兩〇零]");
    /** What Python's float() accepts, after underscores between digits are dropped (inf/nan handled apart). */
    private static final Pattern PY_FLOAT = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?");
    private static final Pattern WHITE_SPACE = Pattern.compile("\\s+");
    private static final Pattern PY_UNDERSCORE = Pattern.compile("(?<=\\d)_(?=\\d)");

    private GoldScorer() {
    }

    /** One line of a gold or extract CSV; fields absent from the CSV are empty strings. */
    public record Row(String file, String field, String value, String qualifier, String snippet) {
        public Row {
            file = file == null ? "" : file;
            field = field == null ? "" : field;
            value = value == null ? "" : value;
            qualifier = qualifier == null ? "" : qualifier;
            snippet = snippet == null ? "" : snippet;
        }
    }

    /**
     * The result of one scoring.
     *
     * @param perField per field key: {true positives, false positives, false negatives}
     * @param misses   one line per wrong, missing or extra figure, sorted as score.py prints them
     */
    public record Score(double f1, double precision, double recall, double provenance, int gold, int predicted,
                        List<String> misses, Map<String, int[]> perField) {

        /** The summary line score.py ends with. */
        public String summary() {
            return String.format(java.util.Locale.ROOT,
                    "f1=%.3f precision=%.3f recall=%.3f provenance=%.3f gold=%d predicted=%d",
                    f1, precision, recall, provenance, gold, predicted);
        }
    }

    /** Reads a gold file (file,field,value,qualifier) or an extract CSV (…,start,end,snippet). */
    public static List<Row> read(Path csv) throws IOException {
        try (Reader reader = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
            return read(reader);
        }
    }

    public static List<Row> read(Reader reader) throws IOException {
        List<Row> rows = new ArrayList<>();
        try (CSVReader csv = new CSVReaderBuilder(reader)
                .withCSVParser(new RFC4180ParserBuilder().build()).build()) {
            String[] header = csv.readNext();
            if (header == null) {
                return rows;
            }
            Map<String, Integer> column = new HashMap<>();
            for (int i = 0; i < header.length; i++) {
                String name = i == 0 && header[i].startsWith("\uFEFF") ? header[i].substring(1) : header[i];
                column.putIfAbsent(name, i);
            }
            if (!column.containsKey("file") || !column.containsKey("field")) {
                throw new IOException("not a figure CSV: the header has no file and field columns");
            }
            String[] line;
            while ((line = csv.readNext()) != null) {
                if (line.length == 0 || (line.length == 1 && line[0].isEmpty())) {
                    continue; // csv.DictReader skips empty lines
                }
                rows.add(new Row(cell(line, column, "file"), cell(line, column, "field"),
                        cell(line, column, "value"), cell(line, column, "qualifier"),
                        cell(line, column, "snippet")));
            }
        } catch (CsvValidationException e) {
            throw new IOException("malformed CSV: " + e.getMessage(), e);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        return rows;
    }

    private static String cell(String[] line, Map<String, Integer> column, String name) {
        Integer i = column.get(name);
        return i == null || i >= line.length ? "" : line[i];
    }

    /**
     * The rows the extract command would write for one report: the snippet on one line, white space runs made one
     * space, as the CSV carries it (a PDF snippet "占45\n.3%" shows 45.3 once its spaces are dropped).
     */
    public static List<Row> rows(String fileName, Extraction extraction) {
        List<Row> rows = new ArrayList<>();
        for (ExtractedFigure f : extraction.figures()) {
            rows.add(new Row(fileName, f.key(), f.value(), f.qualifier().code(), oneLine(f.snippet())));
        }
        return rows;
    }

    /** A snippet as one CSV line: runs of white space become one space. */
    public static String oneLine(String s) {
        return WHITE_SPACE.matcher(s).replaceAll(" ").strip();
    }

    public static Score score(List<Row> goldRows, List<Row> predictedRows) {
        Map<List<String>, Row> gold = index(goldRows);
        Set<String> files = new LinkedHashSet<>();
        for (List<String> key : gold.keySet()) {
            files.add(key.get(0));
        }
        Map<List<String>, Row> pred = new LinkedHashMap<>();
        index(predictedRows).forEach((k, v) -> {
            if (files.contains(k.get(0))) {
                pred.put(k, v);
            }
        });
        Map<String, int[]> stats = new TreeMap<>();
        int provenanceOk = 0;
        int right = 0;
        List<String> misses = new ArrayList<>();
        for (Map.Entry<List<String>, Row> e : gold.entrySet()) {
            Row g = e.getValue();
            Row p = pred.get(e.getKey());
            String field = e.getKey().get(1);
            int[] s = stats.computeIfAbsent(field, k -> new int[3]);
            if (p != null && sameValue(g.value(), p.value()) && g.qualifier().equals(p.qualifier())) {
                s[0]++;
                right++;
                if (shows(p.snippet(), g.value(), g.qualifier())) {
                    provenanceOk++;
                }
            } else {
                s[2]++;
                if (p != null) {
                    s[1]++;
                    misses.add(String.format("wrong   %s %s: gold %s%s, got %s%s", e.getKey().get(0), field,
                            g.value(), g.qualifier().isEmpty() ? "" : "/" + g.qualifier(),
                            p.value(), p.qualifier().isEmpty() ? "" : "/" + p.qualifier()));
                } else {
                    misses.add(String.format("missing %s %s: gold %s", e.getKey().get(0), field, g.value()));
                }
            }
        }
        for (Map.Entry<List<String>, Row> e : pred.entrySet()) {
            if (!gold.containsKey(e.getKey())) {
                stats.computeIfAbsent(e.getKey().get(1), k -> new int[3])[1]++;
                misses.add(String.format("extra   %s %s: got %s", e.getKey().get(0), e.getKey().get(1),
                        e.getValue().value()));
            }
        }
        int tp = 0;
        int fp = 0;
        int fn = 0;
        for (int[] s : stats.values()) {
            tp += s[0];
            fp += s[1];
            fn += s[2];
        }
        double precision = tp + fp > 0 ? (double) tp / (tp + fp) : 0.0;
        double recall = tp + fn > 0 ? (double) tp / (tp + fn) : 0.0;
        double f1 = precision + recall > 0 ? 2 * precision * recall / (precision + recall) : 0.0;
        Collections.sort(misses);
        return new Score(f1, precision, recall, right > 0 ? (double) provenanceOk / right : 0.0, gold.size(),
                pred.size(), List.copyOf(misses), Collections.unmodifiableMap(stats));
    }

    /** (file, field) -> row; keys stripped, a later row replaces an earlier one but keeps its place. */
    private static Map<List<String>, Row> index(List<Row> rows) {
        Map<List<String>, Row> map = new LinkedHashMap<>();
        for (Row r : rows) {
            map.put(List.of(pyStrip(r.file()), pyStrip(r.field())), r);
        }
        return map;
    }

    static boolean sameValue(String gold, String pred) {
        Double g = normNumber(gold);
        Double p = normNumber(pred);
        if (g != null && p != null) {
            return Math.abs(g - p) < 1e-9;
        }
        return normText(gold).equals(normText(pred));
    }

    /** Does the snippet show the value? (score.py's {@code shows}) */
    static boolean shows(String snippet, String value, String qualifier) {
        String s = normText(snippet).replace(",", "").replace(" ", "");
        if (s.isEmpty()) {
            return false;
        }
        if (qualifier.equals("blank_in_source")) {
            return true;
        }
        Double number = normNumber(value);
        if (number == null) {
            return true; // score.py: `... in s or bool(s)`, and s is not empty here
        }
        String digits = pyFixed(number);
        if (s.contains(digits.startsWith("-") ? digits.replaceFirst("^-+", "") : digits)) {
            return true;
        }
        if (number == 0) {
            return ZERO_WORDS.matcher(s).find();
        }
        return NUMERAL_CHARS.matcher(s).find();
    }

    /** Python's {@code ("%f" % x).rstrip("0").rstrip(".")}. */
    private static String pyFixed(double x) {
        if (Double.isNaN(x)) {
            return "nan";
        }
        if (Double.isInfinite(x)) {
            return x > 0 ? "inf" : "-inf";
        }
        String f = new BigDecimal(x).setScale(6, RoundingMode.HALF_EVEN).toPlainString();
        if (x < 0 || (x == 0 && 1 / x < 0)) {
            f = f.startsWith("-") ? f : "-" + f;
        }
        f = f.replaceFirst("0+$", "");
        return f.endsWith(".") ? f.substring(0, f.length() - 1) : f;
    }

    static Double normNumber(String text) {
        String t = Normalizer.normalize(pyStrip(text), Normalizer.Form.NFKC).replace(",", "");
        if (t.startsWith("+")) {
            t = t.substring(1);
        }
        t = pyStrip(t);
        String lower = t.toLowerCase(java.util.Locale.ROOT);
        String unsigned = lower.startsWith("-") || lower.startsWith("+") ? lower.substring(1) : lower;
        if (unsigned.equals("inf") || unsigned.equals("infinity")) {
            return lower.startsWith("-") ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        }
        if (unsigned.equals("nan")) {
            return Double.NaN;
        }
        String plain = PY_UNDERSCORE.matcher(t).replaceAll("");
        if (!PY_FLOAT.matcher(plain).matches()) {
            return null;
        }
        return Double.parseDouble(plain);
    }

    static String normText(String text) {
        return Normalizer.normalize(pyStrip(text), Normalizer.Form.NFKC);
    }

    /** Python's str.strip(): Unicode white space, no-break space included. */
    static String pyStrip(String s) {
        if (s == null) {
            return "";
        }
        int a = 0;
        int b = s.length();
        while (a < b && isPySpace(s.charAt(a))) {
            a++;
        }
        while (b > a && isPySpace(s.charAt(b - 1))) {
            b--;
        }
        return s.substring(a, b);
    }

    private static boolean isPySpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u0085';
    }
}
