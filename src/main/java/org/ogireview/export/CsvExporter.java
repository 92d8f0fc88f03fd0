package org.ogireview.export;

import org.ogireview.model.FieldCatalog;
import org.ogireview.store.DatasetKeys;
import org.ogireview.store.ReportStore;
import org.ogireview.store.StoreException;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
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
    private ExportSelection selection = ExportSelection.all();
    /** Set when one file of {@link #exportAll} failed: the others stop too. */
    private volatile boolean abandoned;

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

    /** Exports only the reports of the selection (every layout the same reports, with the same columns). */
    public CsvExporter select(ExportSelection reports) {
        this.selection = reports == null ? ExportSelection.all() : reports;
        return this;
    }

    /** The reports the selection takes from the store, read with the dataset keys of this export. */
    private ExportSelection.Chosen chosen(DatasetKeys keys) throws StoreException {
        return selection.resolve(store, keys);
    }

    /**
     * Writes {@code out} in the layout; UTF-8 with a byte-order mark when {@code bom} (what Excel needs to read
     * Chinese), plain UTF-8 otherwise.
     *
     * @throws CancellationException when cancelled (nothing is written)
     */
    public ExportResult export(ExportLayout layout, Path out, boolean bom) throws IOException, StoreException {
        long started = System.nanoTime();
        long rows = write(out, bom, csv -> {
            switch (layout) {
                case LONG -> {
                    DatasetKeys keys = DatasetKeys.of(store);
                    ExportSelection.Chosen chosen = chosen(keys);
                    LongLayout layoutWriter = new LongLayout(new Labels(catalog), store.ownFields()).keys(keys)
                            .coding(CodingColumns.of(store));
                    csv.header(LongLayout.HEADER);
                    Pipe.run(store::forEachReport, b -> {
                        checkCancelled();
                        if (chosen.contains(b.report().id())) {
                            layoutWriter.write(b, csv);
                        }
                    });
                }
                case WIDE -> {
                    DatasetKeys keys = DatasetKeys.of(store);
                    ExportSelection.Chosen chosen = chosen(keys);
                    WideLayout layoutWriter = new WideLayout(catalog, keys);
                    csv.header(layoutWriter.header());
                    Pipe.run(store::forEachReportValues, b -> {
                        checkCancelled();
                        if (chosen.contains(b.report().id())) {
                            layoutWriter.write(b, csv);
                        }
                    });
                }
                case HISTORY -> historyRows(csv);
            }
        });
        return result(out, layout, rows, started);
    }

    private void historyRows(CsvFile.Rows csv) throws IOException, StoreException {
        DatasetKeys keys = DatasetKeys.of(store);
        historyRows(csv, keys, chosen(keys), CodingColumns.of(store));
    }

    private void historyRows(CsvFile.Rows csv, DatasetKeys keys, ExportSelection.Chosen chosen, CodingColumns coding)
            throws IOException, StoreException {
        HistoryLayout layoutWriter = new HistoryLayout(new Labels(catalog)).keys(keys).coding(coding);
        csv.header(HistoryLayout.HEADER);
        long[] n = new long[1];
        Pipe.run(store::forEachHistoryRow, r -> {
            if ((n[0]++ & 1023) == 0) {
                checkCancelled();
            }
            if (chosen.contains(r.entry().reportId())) {
                layoutWriter.write(r, csv);
            }
        });
    }

    /**
     * Writes several layouts, each file exactly as {@link #export} writes it, in less time: long and wide come from
     * one pass over the figures (the database decodes every figure row whole, so a second pass for wide would cost
     * about as much as the first), and the history is read and written on another thread meanwhile, its file held
     * back until the others are written. A cancel or a problem stops them all and leaves the earlier files as they
     * were (only a failure to move the last file into place can leave the others written).
     *
     * @return the results in the order of {@link ExportLayout}
     */
    public List<ExportResult> exportAll(Map<ExportLayout, Path> targets, boolean bom)
            throws IOException, StoreException {
        abandoned = false;
        // read once for all the files (linking new reports to their bodies first), not once per file
        DatasetKeys keys = DatasetKeys.of(store);
        ExportSelection.Chosen chosen = chosen(keys);
        CodingColumns coding = CodingColumns.of(store);
        CompletableFuture<Boolean> othersWritten = new CompletableFuture<>();
        FutureTask<ExportResult> history = null;
        if (targets.containsKey(ExportLayout.HISTORY) && targets.size() > 1) {
            history = historyAlongside(targets.get(ExportLayout.HISTORY), bom, othersWritten, keys, chosen, coding);
        }
        Map<ExportLayout, ExportResult> done = new EnumMap<>(ExportLayout.class);
        try {
            if (targets.containsKey(ExportLayout.LONG) && targets.containsKey(ExportLayout.WIDE)) {
                done.putAll(longAndWide(targets.get(ExportLayout.LONG), targets.get(ExportLayout.WIDE), bom, keys,
                        chosen, coding));
            }
            for (Map.Entry<ExportLayout, Path> e : targets.entrySet()) {
                if (!done.containsKey(e.getKey()) && (history == null || e.getKey() != ExportLayout.HISTORY)) {
                    done.put(e.getKey(), export(e.getKey(), e.getValue(), bom));
                }
            }
            othersWritten.complete(true);
        } catch (IOException | StoreException | RuntimeException e) {
            othersWritten.complete(false);
            if (history != null) {
                abandoned = true;
                try {
                    await(history);
                } catch (CancellationException stoppedByUs) {
                    // the expected end of the history after a failure here
                } catch (IOException | StoreException | RuntimeException historyProblem) {
                    if (e instanceof CancellationException) {
                        throw historyProblem; // the history failed first and stopped the others
                    }
                }
            }
            throw e;
        } finally {
            othersWritten.complete(false); // no effect after success; never leaves the history thread waiting
        }
        if (history != null) {
            done.put(ExportLayout.HISTORY, await(history));
        }
        return new ArrayList<>(done.values());
    }

    /** The history export on its own thread; its file is moved into place only when {@code othersWritten}. */
    private FutureTask<ExportResult> historyAlongside(Path file, boolean bom,
                                                      CompletableFuture<Boolean> othersWritten, DatasetKeys keys,
                                                      ExportSelection.Chosen chosen, CodingColumns coding) {
        FutureTask<ExportResult> task = new FutureTask<>(() -> {
            long started = System.nanoTime();
            try {
                long rows = write(file, bom, csv -> {
                    historyRows(csv, keys, chosen, coding);
                    if (!othersWritten.join()) {
                        throw new CancellationException("export stopped");
                    }
                });
                return result(file, ExportLayout.HISTORY, rows, started);
            } catch (IOException | StoreException | RuntimeException | Error e) {
                abandoned = true; // the others stop at their next report
                throw e;
            }
        });
        Thread t = new Thread(task, "ogi-export-history");
        t.setDaemon(true);
        t.start();
        return task;
    }

    private Map<ExportLayout, ExportResult> longAndWide(Path longFile, Path wideFile, boolean bom, DatasetKeys keys,
                                                        ExportSelection.Chosen chosen, CodingColumns coding)
            throws IOException, StoreException {
        long started = System.nanoTime();
        Labels labels = new Labels(catalog);
        long[] wideRows = new long[1];
        long longRows = write(longFile, bom, longCsv -> wideRows[0] = write(wideFile, bom, wideCsv -> {
            LongLayout longWriter = new LongLayout(labels, store.ownFields()).keys(keys).coding(coding);
            WideLayout wideWriter = new WideLayout(catalog, keys);
            longCsv.header(LongLayout.HEADER);
            wideCsv.header(wideWriter.header());
            Pipe.run(store::forEachReport, b -> {
                checkCancelled();
                if (chosen.contains(b.report().id())) {
                    longWriter.write(b, longCsv);
                    wideWriter.write(b, wideCsv);
                }
            });
        }));
        Map<ExportLayout, ExportResult> out = new EnumMap<>(ExportLayout.class);
        out.put(ExportLayout.LONG, result(longFile, ExportLayout.LONG, longRows, started));
        out.put(ExportLayout.WIDE, result(wideFile, ExportLayout.WIDE, wideRows[0], started));
        return out;
    }

    /** Rows of one file, from the store. */
    @FunctionalInterface
    private interface StoreBody {
        void write(CsvFile.Rows rows) throws IOException, StoreException;
    }

    /** {@link CsvFile#write} for a body that reads the store: a store problem comes out as itself. */
    private static long write(Path out, boolean bom, StoreBody body) throws IOException, StoreException {
        StoreException[] storeProblem = new StoreException[1];
        try {
            return CsvFile.write(out, bom, csv -> {
                try {
                    body.write(csv);
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
    }

    private static ExportResult result(Path out, ExportLayout layout, long rows, long started) {
        return new ExportResult(out.toAbsolutePath().normalize(), layout, rows,
                Duration.ofNanos(System.nanoTime() - started));
    }

    private static ExportResult await(FutureTask<ExportResult> task) throws IOException, StoreException {
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    return task.get();
                } catch (InterruptedException e) {
                    interrupted = true; // the history thread stops with the others or finishes soon
                } catch (ExecutionException e) {
                    Pipe.rethrow(e.getCause());
                    throw new IllegalStateException(e); // not reached: rethrow always throws
                }
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private void checkCancelled() {
        if (abandoned || cancelled.getAsBoolean()) {
            throw new CancellationException("export cancelled");
        }
    }

    /** The wide layout's column name for a field key ({@code .} and {@code @} become {@code _}). */
    public static String wideColumn(String key) {
        return WideLayout.columnName(key);
    }
}
