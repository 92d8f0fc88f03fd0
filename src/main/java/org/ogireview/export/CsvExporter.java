package org.ogireview.export;

import org.ogireview.model.FieldCatalog;
import org.ogireview.store.ReportStore;
import org.ogireview.store.StoreException;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;

/**
 * Writes the collection as CSV for Stata, R or Excel in one of three layouts (see {@link ExportLayout} and
 * docs/export.md). Rows are streamed from the store (a handful of queries for the whole collection) straight to the
 * file, so memory does not grow with the collection; the file appears only when complete.
 */
public final class CsvExporter {

    private final ReportStore store;
    private final FieldCatalog catalog;
    private BooleanSupplier cancelled = () -> false;

    public CsvExporter(ReportStore store) {
        this(store, FieldCatalog.standard());
    }

    public CsvExporter(ReportStore store, FieldCatalog catalog) {
        this.store = Objects.requireNonNull(store);
        this.catalog = Objects.requireNonNull(catalog);
    }

    /** Checked between reports; when true the export stops, and the target file is left as it was. */
    public CsvExporter cancelWhen(BooleanSupplier isCancelled) {
        this.cancelled = isCancelled == null ? () -> false : isCancelled;
        return this;
    }

    /**
     * Writes {@code out} in the layout; UTF-8 with a byte-order mark when {@code bom} (what Excel needs to read
     * Chinese), plain UTF-8 otherwise.
     *
     * @throws CancellationException when cancelled (nothing is written)
     */
    public ExportResult export(ExportLayout layout, Path out, boolean bom) throws IOException, StoreException {
        long started = System.nanoTime();
        Labels labels = new Labels(catalog);
        StoreException[] storeProblem = new StoreException[1];
        long rows;
        try {
            rows = CsvFile.write(out, bom, csv -> {
                try {
                    switch (layout) {
                        case LONG -> {
                            LongLayout layoutWriter = new LongLayout(labels);
                            csv.header(LongLayout.HEADER);
                            store.forEachReport(b -> {
                                checkCancelled();
                                layoutWriter.write(b, csv);
                            });
                        }
                        case WIDE -> {
                            WideLayout layoutWriter = new WideLayout(catalog, store.figureKeys());
                            csv.header(layoutWriter.header());
                            store.forEachReport(b -> {
                                checkCancelled();
                                layoutWriter.write(b, csv);
                            });
                        }
                        case HISTORY -> {
                            HistoryLayout layoutWriter = new HistoryLayout(labels);
                            csv.header(HistoryLayout.HEADER);
                            long[] n = new long[1];
                            store.forEachHistoryRow(r -> {
                                if ((++n[0] & 1023) == 0) {
                                    checkCancelled();
                                }
                                layoutWriter.write(r, csv);
                            });
                        }
                    }
                } catch (StoreException e) {
                    storeProblem[0] = e; // handed out as itself below; the IOException just unwinds the file
                    throw new IOException(e.getMessage(), e);
                }
            });
        } catch (IOException e) {
            if (storeProblem[0] != null) {
                throw storeProblem[0];
            }
            throw e;
        }
        return new ExportResult(out.toAbsolutePath().normalize(), layout, rows,
                Duration.ofNanos(System.nanoTime() - started));
    }

    private void checkCancelled() {
        if (cancelled.getAsBoolean()) {
            throw new CancellationException("export cancelled");
        }
    }

    /** The wide layout's column name for a field key ({@code .} and {@code @} become {@code _}). */
    public static String wideColumn(String key) {
        return WideLayout.columnName(key);
    }
}
