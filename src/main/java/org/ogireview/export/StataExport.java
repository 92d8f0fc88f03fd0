package org.ogireview.export;

import org.ogireview.model.FieldCatalog;
import org.ogireview.model.FigureStatus;
import org.ogireview.model.Qualifier;
import org.ogireview.model.ReportFormat;
import org.ogireview.model.ReviewState;
import org.ogireview.store.DatasetKeys;
import org.ogireview.store.ReportStore;
import org.ogireview.store.StoreException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The wide layout for Stata, as REDCap's "Stata: CSV + do-file" export: {@value #CSV} (plain UTF-8, names Stata
 * accepts, status, qualifier, format and review state as numeric codes), {@value #DO} (imports the CSV as UTF-8,
 * labels every variable in Chinese and English ({@code label language zh|en}), defines the value labels and maps
 * blank-in-source to {@code .a} and not-stated to {@code .b}), and the codebook as {@value #CODEBOOK_CSV} and
 * {@value #CODEBOOK_MD}.
 */
public final class StataExport {

    public static final String CSV = "ogi_dataset.csv";
    public static final String DO = "ogi_dataset.do";
    public static final String CODEBOOK_CSV = "ogi_codebook.csv";
    public static final String CODEBOOK_MD = "ogi_codebook.md";
    static final String STATUS = "_s";
    static final String QUALIFIER = "_q";
    /** Stata's limit on a variable label. */
    static final int LABEL_MAX = 80;
    private static final Pattern NUMBER = Pattern.compile("-?\\d+(?:\\.\\d+)?");

    private final ReportStore store;
    private final FieldCatalog catalog;
    private ExportSelection selection = ExportSelection.all();

    public StataExport(ReportStore store) {
        this(store, FieldCatalog.standard());
    }

    public StataExport(ReportStore store, FieldCatalog catalog) {
        this.store = store;
        this.catalog = catalog;
    }

    /** Exports only the reports of the selection; the columns, the do-file and the codebook stay the same. */
    public StataExport select(ExportSelection reports) {
        this.selection = reports == null ? ExportSelection.all() : reports;
        return this;
    }

    /** Writes the four files into {@code folder}; returns the number of data rows. */
    public long write(Path folder) throws IOException, StoreException {
        if (!Files.isDirectory(folder)) {
            throw new IOException(folder + " is not a folder; --layout stata writes four files into a folder");
        }
        DatasetKeys keys = DatasetKeys.of(store);
        ExportSelection.Chosen chosen = selection.resolve(store, keys);
        WideLayout wide = new WideLayout(catalog, keys);
        DatasetColumns columns = wide.columns();
        Labels labels = new Labels(catalog);
        List<String> header = header(columns);
        StoreException[] storeProblem = new StoreException[1];
        long rows;
        try {
            rows = CsvFile.write(folder.resolve(CSV), false, csv -> {
                csv.header(header.toArray(new String[0]));
                try {
                    Pipe.run(store::forEachReportValues, v -> {
                        DatasetRecord r = chosen.contains(v.report().id()) ? wide.record(v) : null;
                        if (r != null) {
                            csv.row(cells(r, columns));
                        }
                    });
                } catch (StoreException e) {
                    storeProblem[0] = e;
                    throw new IOException(e.getMessage(), e);
                }
            });
        } catch (IOException e) {
            if (storeProblem[0] != null) {
                throw storeProblem[0];
            }
            throw e;
        }
        List<String[]> codebook = Codebook.rows(columns, labels);
        TextFiles.write(folder.resolve(DO), doFile(columns, labels, header));
        CsvFile.write(folder.resolve(CODEBOOK_CSV), true, csv -> {
            csv.header(Codebook.HEADER);
            for (String[] r : codebook) {
                csv.row(r.clone());
            }
        });
        TextFiles.write(folder.resolve(CODEBOOK_MD), Codebook.markdown(codebook));
        return rows;
    }

    static List<String> header(DatasetColumns columns) {
        List<String> h = new ArrayList<>(KeyColumns.names());
        for (DatasetColumns.Column c : columns.columns()) {
            h.add(c.stataName());
            h.add(c.stataName() + STATUS);
            h.add(c.stataName() + QUALIFIER);
        }
        return h;
    }

    static String[] cells(DatasetRecord r, DatasetColumns columns) {
        List<KeyColumns.Key> keys = KeyColumns.ALL;
        String[] cells = new String[keys.size() + 3 * columns.columns().size()];
        int i = 0;
        for (KeyColumns.Key k : keys) {
            cells[i++] = k.stataCode().apply(r);
        }
        for (int c = 0; c < columns.columns().size(); c++) {
            FigureStatus s = r.status[c];
            if (s == null) {
                cells[i++] = "";
                cells[i++] = "";
                cells[i++] = "";
                continue;
            }
            String v = r.values[c] == null ? "" : r.values[c].strip();
            boolean number = v.isEmpty() || NUMBER.matcher(v).matches();
            cells[i++] = number ? v : "";
            cells[i++] = Integer.toString(statusCode(s));
            cells[i++] = Integer.toString(number ? qualifierCode(r.qualifier[c]) : 9);
        }
        return cells;
    }

    static int statusCode(FigureStatus s) {
        return s.ordinal() + 1; // auto, confirmed, corrected, blank_in_source, not_stated
    }

    static int qualifierCode(Qualifier q) {
        return q.ordinal(); // exact, more_than, about, less_than, blank_in_source
    }

    /** The do-file: import, labels in two languages, value labels, extended missing values. */
    static String doFile(DatasetColumns columns, Labels labels, List<String> header) {
        StringBuilder b = new StringBuilder();
        b.append("* OGI Report Review: the dataset for Stata 14 or later (written by ogi-review export --layout stata)\n")
                .append("* Run it in the folder that holds " + CSV + ":  cd <folder>  then  do " + DO + "\n")
                .append("* Labels in Chinese and English: label language zh | label language en\n")
                .append("version 14\n")
                .append("clear\n");
        StringBuilder stringCols = new StringBuilder();
        for (int i = 0; i < KeyColumns.ALL.size(); i++) {
            String type = KeyColumns.ALL.get(i).type();
            if (type.equals("text") || type.equals("date")) {
                stringCols.append(stringCols.length() == 0 ? "" : " ").append(i + 1);
            }
        }
        b.append("import delimited using \"" + CSV + "\", encoding(\"utf-8\") varnames(1) case(preserve) "
                + "bindquote(strict) asdouble stringcols(" + stringCols + ") clear\n");
        for (String lang : new String[]{"zh", "en"}) {
            boolean zh = lang.equals("zh");
            b.append(zh ? "label language zh, rename\n" : "label language en, new\n");
            for (KeyColumns.Key k : KeyColumns.ALL) {
                labelVariable(b, k.name(), zh ? k.zh() : k.en());
            }
            for (DatasetColumns.Column c : columns.columns()) {
                String label = zh ? labels.zh(c.key()) : labels.en(c.key());
                labelVariable(b, c.stataName(), label);
                labelVariable(b, c.stataName() + STATUS, (zh ? "状态：" : "Status: ") + label);
                labelVariable(b, c.stataName() + QUALIFIER, (zh ? "限定：" : "Qualifier: ") + label);
            }
            b.append("label define status_").append(lang).append(zh
                    ? " 1 \"自动提取（未审核）\" 2 \"已确认\" 3 \"已更正\" 4 \"原文空白\" 5 \"未说明\"\n"
                    : " 1 \"auto (not yet reviewed)\" 2 \"confirmed\" 3 \"corrected\" 4 \"blank in source\" "
                    + "5 \"not stated\"\n");
            b.append("label define qualifier_").append(lang).append(zh
                    ? " 0 \"确数\" 1 \"以上（余）\" 2 \"约\" 3 \"不足\" 4 \"原文空白\" 9 \"非数字（见长表）\"\n"
                    : " 0 \"exact\" 1 \"more than\" 2 \"about\" 3 \"less than\" 4 \"blank in source\" "
                    + "9 \"not a number (see the long layout)\"\n");
            b.append("label define format_").append(lang);
            for (ReportFormat f : ReportFormat.values()) {
                b.append(' ').append(KeyColumns.formatCode(f)).append(" \"").append(f.code()).append('"');
            }
            b.append('\n');
            b.append("label define review_").append(lang);
            for (ReviewState s : ReviewState.values()) {
                b.append(' ').append(KeyColumns.reviewCode(s)).append(" \"").append(s.code()).append('"');
            }
            b.append('\n');
            b.append("label define figure_").append(lang).append(zh ? " .a \"原文空白\" .b \"未说明\"\n"
                    : " .a \"blank in source\" .b \"not stated\"\n");
            b.append("label values format format_").append(lang).append('\n');
            b.append("label values review_state review_").append(lang).append('\n');
            for (DatasetColumns.Column c : columns.columns()) {
                b.append("label values ").append(c.stataName()).append(" figure_").append(lang).append('\n');
                b.append("label values ").append(c.stataName()).append(STATUS).append(" status_").append(lang)
                        .append('\n');
                b.append("label values ").append(c.stataName()).append(QUALIFIER).append(" qualifier_")
                        .append(lang).append('\n');
            }
        }
        b.append("label language zh\n");
        b.append("* blank in the source -> .a, not stated -> .b (an empty cell with no status: the report has no such "
                + "figure, .)\n");
        for (DatasetColumns.Column c : columns.columns()) {
            String v = c.stataName();
            b.append("quietly replace ").append(v).append(" = .a if ").append(v).append(STATUS).append(" == 4\n");
            b.append("quietly replace ").append(v).append(" = .b if ").append(v).append(STATUS).append(" == 5\n");
        }
        b.append("compress\n");
        return b.toString();
    }

    private static void labelVariable(StringBuilder b, String name, String label) {
        String l = label.replace("\"", "'").replace("`", "'").replace("\n", " ");
        if (l.length() > LABEL_MAX) {
            l = l.substring(0, LABEL_MAX - 1) + "…";
        }
        b.append("label variable ").append(name).append(" `\"").append(l).append("\"'\n");
    }

    static String describe(long rows, Path folder) {
        return String.format(Locale.ROOT, "wrote %d rows to %s (%s, %s, %s, %s)", rows, folder, CSV, DO,
                CODEBOOK_CSV, CODEBOOK_MD);
    }
}
