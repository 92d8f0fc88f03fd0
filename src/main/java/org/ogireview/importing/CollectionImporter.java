package org.ogireview.importing;

import org.ogireview.check.Checker;
import org.ogireview.model.Finding;
import org.ogireview.check.ReportFacts;
import org.ogireview.extract.Extraction;
import org.ogireview.extract.Extractor;
import org.ogireview.ingest.IngestException;
import org.ogireview.ingest.IngestedDocument;
import org.ogireview.ingest.ReportIngester;
import org.ogireview.model.ExtractedFigure;
import org.ogireview.model.Figure;
import org.ogireview.model.UserText;
import org.ogireview.store.ImportOutcome;
import org.ogireview.store.NewReport;
import org.ogireview.store.ReportStore;
import org.ogireview.store.Database;
import org.ogireview.store.StoreException;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.FileVisitResult;
import java.nio.file.FileVisitor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletionService;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Imports a collection: files and folders (searched recursively for .txt, .html, .htm and .pdf) are read, extracted
 * and checked in parallel on the available cores, then written to the store from the calling thread in batches (one
 * transaction each). Progress is reported per file; {@link #cancel()} stops before the files not yet started and
 * keeps everything finished. Files whose content is already in the store are not extracted again.
 *
 * <p>Plain Java: the window runs {@link #run} inside a background task and forwards the progress.
 *
 * <p>One piece because the workers, the batching writer and the cancel/kill handling share one queue of prepared
 * files and one array of outcomes; the per-file work (ingest, extract, check) is the pipeline's own packages.
 */
public final class CollectionImporter {

    /** Progress after each file: files done of the total, the file just finished and what became of it. */
    public record Progress(int done, int total, Path current, FileOutcome outcome) {
    }

    /** Receives progress on the importing thread. */
    @FunctionalInterface
    public interface Listener {
        void progress(Progress progress);
    }

    /**
     * The files a list of inputs stands for: report files to import, files found in folders that are not, and
     * folders that could not be read (with the reason), whose files are left out while the rest is imported.
     */
    public record FileList(List<Path> files, List<Path> skipped, Map<Path, UserText> unreadable) {
        public FileList(List<Path> files, List<Path> skipped) {
            this(files, skipped, Map.of());
        }
    }

    private static final int DEFAULT_BATCH = 32;

    private final ReportStore store;
    private final ReportIngester ingester = new ReportIngester();
    private final Extractor extractor;
    private final Checker checker;
    private final AtomicBoolean cancelled = new AtomicBoolean();
    private final Map<Path, Charset> charsets = new HashMap<>();
    private Charset defaultCharset;
    private int threads = Runtime.getRuntime().availableProcessors();
    private int batchSize = DEFAULT_BATCH;
    private boolean keepOriginals = true;
    private String coder = System.getProperty("user.name", "unknown");
    private Listener listener = p -> { };
    private TreeWalk treeWalk = Files::walkFileTree;
    /** The importing thread was interrupted during this run (taken as a cancel, and handed back at the end). */
    private boolean interrupted;

    public CollectionImporter(ReportStore store) {
        this(store, new Extractor(), new Checker());
    }

    public CollectionImporter(ReportStore store, Extractor extractor, Checker checker) {
        this.store = Objects.requireNonNull(store);
        this.extractor = Objects.requireNonNull(extractor);
        this.checker = Objects.requireNonNull(checker);
    }

    /** Worker threads for reading and extracting (default: the number of cores). */
    public CollectionImporter threads(int n) {
        this.threads = Math.max(1, n);
        return this;
    }

    /** Reports written per transaction (default 32). */
    public CollectionImporter batchSize(int n) {
        this.batchSize = Math.max(1, n);
        return this;
    }

    /** The coder named in the audit log's import entries. */
    public CollectionImporter coder(String name) {
        if (name != null && !name.isBlank()) {
            this.coder = name.strip();
        }
        return this;
    }

    public CollectionImporter listener(Listener l) {
        this.listener = l == null ? p -> { } : l;
        return this;
    }

    /** Keep each file's bytes in the database (default true; PDF pages are drawn from them). */
    public CollectionImporter keepOriginals(boolean keep) {
        this.keepOriginals = keep;
        return this;
    }

    /** Decode these text files with the given charset instead of detecting it. */
    public CollectionImporter charsetOverrides(Map<Path, Charset> overrides) {
        overrides.forEach((p, c) -> charsets.put(key(p), c));
        return this;
    }

    /** Decode every text file without a per-file override with this charset (null: detect). */
    public CollectionImporter defaultCharset(Charset charset) {
        this.defaultCharset = charset;
        return this;
    }

    /** Asks a running import to stop: files not yet started are left out, finished ones are kept. Any thread. */
    public void cancel() {
        cancelled.set(true);
    }

    public boolean isCancelled() {
        return cancelled.get();
    }

    /**
     * The report files the inputs stand for: named files as given (an unsupported one fails with a message when
     * imported), folders searched recursively for supported files, hidden files and folders left out; sorted
     * within each folder, duplicates dropped. A missing input is listed as a file, so its import fails by name.
     */
    public static FileList collect(List<Path> inputs) throws IOException {
        return collect(inputs, Files::walkFileTree);
    }

    /** How a folder tree is walked: {@link Files#walkFileTree}, or in a test a walk where a folder fails. */
    @FunctionalInterface
    interface TreeWalk {
        void walk(Path start, FileVisitor<Path> visitor) throws IOException;
    }

    /** For tests: walk folders with {@code walk} (e.g. one that denies a sub-folder even to root). */
    CollectionImporter treeWalk(TreeWalk walk) {
        this.treeWalk = walk;
        return this;
    }

    static FileList collect(List<Path> inputs, TreeWalk walk) throws IOException {
        LinkedHashSet<Path> files = new LinkedHashSet<>();
        List<Path> skipped = new ArrayList<>();
        Map<Path, UserText> unreadable = new LinkedHashMap<>();
        for (Path input : inputs) {
            Path p = input.toAbsolutePath().normalize();
            if (!Files.isDirectory(p)) {
                files.add(p);
                continue;
            }
            List<Path> found = new ArrayList<>();
            walk.walk(p, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    return !dir.equals(p) && hidden(p, dir) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path f, BasicFileAttributes attrs) {
                    if (attrs.isRegularFile() && !hidden(p, f)) {
                        found.add(f);
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path f, IOException e) {
                    // one unreadable sub-folder must not cost the import of all the others
                    if (!hidden(p, f)) {
                        unreadable.put(f, readProblem(e));
                    }
                    return FileVisitResult.CONTINUE;
                }
            });
            found.sort(null);
            for (Path f : found) {
                if (ReportIngester.isSupported(f)) {
                    files.add(f);
                } else {
                    skipped.add(f);
                }
            }
        }
        return new FileList(new ArrayList<>(files), skipped, unreadable);
    }

    private static UserText readProblem(IOException e) {
        if (e instanceof java.nio.file.AccessDeniedException) {
            return new UserText("import.folderDenied");
        }
        String reason = e instanceof java.nio.file.FileSystemException fse && fse.getReason() != null
                ? fse.getReason() : describe(e);
        return new UserText("import.folderUnreadable", UserText.foreign(reason));
    }

    /** Imports the files and folders; blocks until done or cancelled. */
    public ImportSummary run(List<Path> inputs) throws IOException {
        long started = System.nanoTime();
        FileList list = collect(inputs, treeWalk);
        List<Path> files = list.files();
        FileOutcome[] outcomes = new FileOutcome[files.size()];
        AtomicInteger done = new AtomicInteger();
        interrupted = false;

        ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, Math.max(1, files.size())),
                new WorkerThreads());
        CompletionService<Prepared> completion = new ExecutorCompletionService<>(pool);
        try {
            int maxInFlight = threads * 2 + batchSize;
            int next = 0;
            int inFlight = 0;
            List<Prepared> batch = new ArrayList<>();
            java.util.NavigableMap<Integer, Prepared> waiting = new java.util.TreeMap<>();
            int released = 0;
            while (true) {
                noteInterrupt();
                while (!cancelled.get() && next < files.size() && inFlight < maxInFlight) {
                    int index = next++;
                    Path file = files.get(index);
                    completion.submit(() -> prepare(index, file));
                    inFlight++;
                }
                if (inFlight == 0) {
                    break;
                }
                Future<Prepared> ready = completion.poll();
                if (ready == null) {
                    if (!batch.isEmpty()) {
                        // nothing else is ready: store what is waiting rather than sit on it
                        flush(batch, files, outcomes, done);
                        continue;
                    }
                    try {
                        ready = completion.take();
                    } catch (InterruptedException e) {
                        interrupted = true;
                        cancelled.set(true);
                        continue;
                    }
                }
                Prepared arrived = result(ready);
                waiting.put(arrived.index(), arrived);
                // stored in the order of the file list, not the order the workers finish in, so that importing the
                // same folder twice gives every report the same id (tests, dataset ids and exports depend on it)
                for (Prepared p = waiting.remove(released); p != null; p = waiting.remove(released)) {
                    released++;
                    inFlight--;
                    if (p.report() != null) {
                        batch.add(p);
                        if (batch.size() >= batchSize) {
                            flush(batch, files, outcomes, done);
                        }
                    } else {
                        finish(p.index(), p.outcome(), files, outcomes, done);
                    }
                }
            }
            flush(batch, files, outcomes, done);
        } finally {
            pool.shutdownNow();
        }
        DatasetLinks.update(store, coder); // bodies and duplicates: a call into the dataset classes
        if (java.util.Arrays.stream(outcomes).anyMatch(o -> o != null && o.status() == FileOutcome.Status.IMPORTED)) {
            UnusualValuePass.afterImport(store); // new reports: the collection is compared again (issue 12)
        }

        List<FileOutcome> all = new ArrayList<>();
        for (int i = 0; i < outcomes.length; i++) {
            all.add(outcomes[i] != null ? outcomes[i]
                    : new FileOutcome(files.get(i), FileOutcome.Status.CANCELLED, null, 0,
                    new UserText("import.cancelled").en(),
                    new UserText("import.cancelled")));
        }
        for (Path s : list.skipped()) {
            UserText notReport = new UserText("import.notReport", String.join(", ", ReportIngester.SUPPORTED));
            all.add(new FileOutcome(s, FileOutcome.Status.SKIPPED, null, 0, notReport.en(), notReport));
        }
        list.unreadable().forEach((folder, problem) -> all.add(new FileOutcome(folder, FileOutcome.Status.FAILED,
                null, 0, problem.en(), problem)));
        List<FileOutcome> confirmed = confirmedByTheStore(all);
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        return new ImportSummary(confirmed, cancelled.get() && Arrays.stream(outcomes).anyMatch(Objects::isNull),
                Duration.ofNanos(System.nanoTime() - started));
    }

    /**
     * The summary counts what the database holds, not what the importer believes it wrote: every file reported
     * imported or already present is looked up by its report id, and one the database does not hold becomes a
     * failure. When the database cannot be read at all, every such file is reported as unconfirmed (failed).
     */
    private List<FileOutcome> confirmedByTheStore(List<FileOutcome> all) {
        List<Long> claimed = all.stream().map(FileOutcome::reportId).filter(Objects::nonNull).toList();
        if (claimed.isEmpty()) {
            return all;
        }
        java.util.Set<Long> present;
        UserText unreadable = null;
        try {
            present = store.presentIds(claimed);
        } catch (StoreException | RuntimeException e) {
            present = java.util.Set.of();
            unreadable = UserText.of(e);
        }
        List<FileOutcome> out = new ArrayList<>(all.size());
        for (FileOutcome f : all) {
            if (f.reportId() == null || present.contains(f.reportId())) {
                out.add(f);
            } else {
                UserText why = unreadable != null ? new UserText("import.notConfirmed", unreadable)
                        : new UserText("import.notInDatabase", f.reportId());
                out.add(new FileOutcome(f.file(), FileOutcome.Status.FAILED, null, 0, why.en(), why));
            }
        }
        return out;
    }

    /** The work on a worker thread: read, look up, extract, check. Never throws: a problem is the file's outcome. */
    private Prepared prepare(int index, Path file) {
        if (cancelled.get()) {
            return new Prepared(index, null, null);
        }
        try {
            IngestedDocument doc = ingester.ingest(file, charsetFor(file));
            Optional<Long> existing = store.idBySha256(doc.sha256());
            if (existing.isPresent()) {
                UserText same = new UserText("import.sameContent", existing.get());
                return new Prepared(index, null, new FileOutcome(file, FileOutcome.Status.ALREADY_PRESENT,
                        existing.get(), 0, same.en(), same));
            }
            byte[] bytes = null;
            if (keepOriginals) {
                bytes = Files.readAllBytes(file);
                if (!ReportIngester.sha256(bytes).equals(doc.sha256())) {
                    UserText changed = new UserText("import.changedWhileRead");
                    return new Prepared(index, null, new FileOutcome(file, FileOutcome.Status.FAILED, null, 0,
                            changed.en(), changed));
                }
            }
            Extraction extraction;
            try {
                extraction = extractor.extract(doc);
            } catch (RuntimeException e) {
                return failed(index, file, new UserText("import.extractFailed", UserText.of(e)));
            }
            List<UserText> notes = new ArrayList<>(doc.notes());
            List<Finding> findings;
            try {
                findings = checker.check(facts(doc, extraction));
            } catch (RuntimeException e) {
                findings = List.of();
                notes.add(new UserText("import.checksFailed", UserText.of(e)));
            }
            // stored with the report (the window shows them in its language); the needs-manual reason is stored
            // on its own and leads the outcome's message
            NewReport report = NewReports.of(doc, extraction, findings, file.toString(), bytes, notes);
            List<UserText> said = new ArrayList<>(notes);
            if (doc.needsManual() != null) {
                said.add(0, new UserText("import.needsManual", doc.needsManual()));
            }
            UserText text = UserText.joined(said);
            return new Prepared(index, report, new FileOutcome(file, FileOutcome.Status.IMPORTED, null,
                    extraction.allFigures().size(), text == null ? "" : text.en(), text));
        } catch (IngestException e) {
            return e.problem() == null ? failed(index, file, UserText.plain(withoutFileName(e.getMessage(), file)))
                    : failed(index, file, e.problem());
        } catch (StoreException e) {
            // a read before the write (a parallel worker's failed write may have closed the store): not saved
            return failed(index, file, Database.notSaved(e.text()));
        } catch (IOException e) {
            return failed(index, file, new UserText("ingest.unreadable", UserText.of(e)));
        } catch (RuntimeException e) {
            return failed(index, file, new UserText("import.failed", UserText.of(e)));
        }
    }

    /** Writes a batch as one transaction; when that fails, file by file, so one bad report fails alone. */
    private void flush(List<Prepared> batch, List<Path> files, FileOutcome[] outcomes, AtomicInteger done) {
        if (batch.isEmpty()) {
            return;
        }
        noteInterrupt(); // and so keep the interrupt away from the database's file channel
        try {
            List<ImportOutcome> stored;
            try {
                stored = store.addAll(batch.stream().map(Prepared::report).toList(), coder);
            } catch (StoreException | RuntimeException batchFailure) {
                stored = null;
            }
            for (int i = 0; i < batch.size(); i++) {
                Prepared p = batch.get(i);
                FileOutcome outcome;
                try {
                    ImportOutcome o = stored != null ? stored.get(i)
                            : store.addAll(List.of(p.report()), coder).get(0);
                    outcome = o.alreadyPresent()
                            ? new FileOutcome(p.outcome().file(), FileOutcome.Status.ALREADY_PRESENT, o.reportId(),
                            0, new UserText("import.sameContent", o.reportId()).en(),
                            new UserText("import.sameContent", o.reportId()))
                            : new FileOutcome(p.outcome().file(), FileOutcome.Status.IMPORTED, o.reportId(),
                            p.outcome().figures(), p.outcome().message(), p.outcome().text());
                } catch (StoreException | RuntimeException e) {
                    String why = describe(e);
                    String en = why.startsWith("Not saved") ? why : "could not be saved: " + why;
                    UserText problem = UserText.of(e); // a library's words (a RuntimeException) marked as such
                    outcome = new FileOutcome(p.outcome().file(), FileOutcome.Status.FAILED, null, 0, en,
                            why.startsWith("Not saved") ? problem : new UserText("import.couldNotSave", problem));
                }
                finish(p.index(), outcome, files, outcomes, done);
            }
        } finally {
            batch.clear();
        }
    }

    /**
     * An interrupt of the importing thread (what cancelling a background task does) is a cancel: no new files are
     * started, finished ones are stored. The flag is cleared while the database is written and set again at the end.
     */
    private void noteInterrupt() {
        if (Thread.interrupted()) {
            interrupted = true;
            cancelled.set(true);
        }
    }

    private void finish(int index, FileOutcome outcome, List<Path> files, FileOutcome[] outcomes,
                        AtomicInteger done) {
        if (outcome == null) {
            return; // not started because of a cancel
        }
        outcomes[index] = outcome;
        listener.progress(new Progress(done.incrementAndGet(), files.size(), files.get(index), outcome));
    }

    private static Prepared result(Future<Prepared> f) {
        boolean interruptedHere = false;
        try {
            while (true) {
                try {
                    return f.get();
                } catch (InterruptedException e) {
                    interruptedHere = true; // the task is done (it came from the completion queue); just retry
                } catch (ExecutionException e) {
                    throw new IllegalStateException("import worker failed", e.getCause()); // prepare() never throws
                }
            }
        } finally {
            if (interruptedHere) {
                Thread.currentThread().interrupt(); // noticed as a cancel on the next turn of the loop
            }
        }
    }

    /** What the rules read of a freshly extracted report. */
    static ReportFacts facts(IngestedDocument doc, Extraction x) {
        Map<String, Figure> figures = new LinkedHashMap<>();
        for (ExtractedFigure f : x.allFigures()) {
            figures.put(f.key(), Figure.fromExtracted(f));
        }
        return new ReportFacts(doc.fileName(), x.region(), x.year(), x.publishedOn(), x.format(), figures)
                .withText(doc.text());
    }

    private Charset charsetFor(Path file) {
        Charset c = charsets.get(key(file));
        return c != null ? c : defaultCharset;
    }

    private static Path key(Path p) {
        return p.toAbsolutePath().normalize();
    }

    private static boolean hidden(Path root, Path file) {
        for (Path part : root.relativize(file)) {
            String name = part.toString();
            if (name.startsWith(".") || name.startsWith("~$")) {
                return true;
            }
        }
        return false;
    }

    private static Prepared failed(int index, Path file, UserText problem) {
        return new Prepared(index, null, new FileOutcome(file, FileOutcome.Status.FAILED, null, 0, problem.en(),
                problem));
    }

    private static String withoutFileName(String message, Path file) {
        String prefix = file.getFileName() + ": ";
        return message != null && message.startsWith(prefix) ? message.substring(prefix.length()) : message;
    }

    private static String describe(Throwable e) {
        String m = e.getMessage();
        return m == null || m.isBlank() ? e.getClass().getSimpleName() : m;
    }

    /** A worker's result: a report to store, or (report null) the file's final outcome; both null when skipped. */
    private record Prepared(int index, NewReport report, FileOutcome outcome) {
    }

    private static final class WorkerThreads implements ThreadFactory {
        private final AtomicInteger n = new AtomicInteger();

        @Override
        public Thread newThread(Runnable r) {
            Thread t = new Thread(r, "ogi-import-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        }
    }
}
