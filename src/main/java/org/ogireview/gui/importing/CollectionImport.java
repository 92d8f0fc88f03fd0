package org.ogireview.gui.importing;

import java.util.Locale;
import org.ogireview.importing.CollectionImporter;
import org.ogireview.importing.FileOutcome;
import org.ogireview.store.ReportStore;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * The desk's import through the store's {@link CollectionImporter}: files read, extracted and checked in parallel,
 * stored in batches; the coder's per-file charsets passed on; a stop asked for between files.
 */
public final class CollectionImport implements Importer {

    private final ReportStore store;
    private final Supplier<String> coder;
    private final Supplier<Locale> locale;

    /** @param coder the name for the audit log's import entries (null or blank: the system user) */
    public CollectionImport(ReportStore store, Supplier<String> coder) {
        this(store, coder, () -> Locale.ROOT);
    }

    /** @param locale the desk's language, in which a file's import problem is worded */
    public CollectionImport(ReportStore store, Supplier<String> coder, Supplier<Locale> locale) {
        this.store = store;
        this.coder = coder;
        this.locale = locale;
    }

    @Override
    public ImportSummary run(List<ImportItem> items, Progress progress, BooleanSupplier cancelled) {
        Map<Path, Charset> charsets = new LinkedHashMap<>();
        for (ImportItem item : items) {
            if (item.charset() != null) {
                charsets.put(item.file().toAbsolutePath().normalize(), item.charset());
            }
        }
        CollectionImporter importer = new CollectionImporter(store).charsetOverrides(charsets);
        String name = coder.get();
        if (name != null && !name.isBlank()) {
            importer.coder(name);
        }
        importer.listener(p -> {
            progress.done(p.done(), p.total(), p.current().getFileName().toString());
            if (cancelled.getAsBoolean()) {
                importer.cancel();
            }
        });
        if (cancelled.getAsBoolean()) {
            importer.cancel();
        }
        org.ogireview.importing.ImportSummary summary;
        try {
            summary = importer.run(items.stream().map(ImportItem::file).toList());
        } catch (IOException e) {
            return new ImportSummary(0, 0, List.of(new ImportSummary.Failure(null,
                    org.ogireview.model.UserText.of(e).in(locale.get()))), false, -1);
        }
        long last = -1;
        for (FileOutcome f : summary.files()) {
            if (f.status() == FileOutcome.Status.IMPORTED && f.reportId() != null) {
                last = f.reportId();
            }
        }
        List<ImportSummary.Failure> failed = summary.failures().stream()
                .map(f -> new ImportSummary.Failure(f.file(), new org.ogireview.model.UserText("ingest.file",
                        f.file().getFileName(), f.message(locale.get())).in(locale.get())))
                .toList();
        return new ImportSummary(summary.imported(), summary.alreadyPresent(), failed, summary.cancelled(), last);
    }
}
