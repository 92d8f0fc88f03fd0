package org.ogireview.importing;

import com.opencsv.CSVWriter;
import com.opencsv.ICSVWriter;

import java.io.IOException;
import java.io.Writer;
import java.time.Duration;
import java.util.List;

/** The end of a collection import: one outcome per file found, in the order the files were listed. */
public record ImportSummary(List<FileOutcome> files, boolean cancelled, Duration elapsed) {

    public static final String[] CSV_HEADER = {"file", "status", "report_id", "figures", "message"};

    public ImportSummary {
        files = List.copyOf(files);
    }

    public int imported() {
        return count(FileOutcome.Status.IMPORTED);
    }

    public int alreadyPresent() {
        return count(FileOutcome.Status.ALREADY_PRESENT);
    }

    public int failed() {
        return count(FileOutcome.Status.FAILED);
    }

    public int skipped() {
        return count(FileOutcome.Status.SKIPPED);
    }

    public int notReached() {
        return count(FileOutcome.Status.CANCELLED);
    }

    public List<FileOutcome> failures() {
        return files.stream().filter(f -> f.status() == FileOutcome.Status.FAILED).toList();
    }

    public int count(FileOutcome.Status status) {
        return (int) files.stream().filter(f -> f.status() == status).count();
    }

    /** One line for a status bar or the console. */
    public String describe() {
        StringBuilder b = new StringBuilder();
        b.append(imported()).append(" imported, ").append(alreadyPresent()).append(" already present, ")
                .append(failed()).append(" failed");
        if (skipped() > 0) {
            b.append(", ").append(skipped()).append(" skipped (not .txt/.html/.htm/.pdf)");
        }
        if (cancelled) {
            b.append("; cancelled, ").append(notReached()).append(" not imported");
        }
        b.append(" in ").append(String.format(java.util.Locale.ROOT, "%.1f s", elapsed.toMillis() / 1000.0));
        return b.toString();
    }

    /** The outcome of every file as CSV (file, status, report_id, figures, message), header first. */
    public void writeCsv(Writer out) throws IOException {
        ICSVWriter csv = new CSVWriter(out, ',', ICSVWriter.DEFAULT_QUOTE_CHARACTER, ICSVWriter.DEFAULT_ESCAPE_CHARACTER,
                "\r\n");
        csv.writeNext(CSV_HEADER, false);
        for (FileOutcome f : files) {
            csv.writeNext(new String[]{f.file().toString(), f.status().code(),
                    f.reportId() == null ? "" : f.reportId().toString(), Integer.toString(f.figures()),
                    f.message()}, false);
        }
        csv.flush();
    }
}
