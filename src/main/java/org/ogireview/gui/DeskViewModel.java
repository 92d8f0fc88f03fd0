package org.ogireview.gui;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.concurrent.Task;
import org.ogireview.gui.common.Background;
import org.ogireview.gui.common.Messages;
import org.ogireview.gui.common.ReviewSession;
import org.ogireview.gui.document.DocumentViewModel;
import org.ogireview.gui.document.PageViewModel;
import org.ogireview.gui.document.SelectedValue;
import org.ogireview.gui.exporting.ExportService;
import org.ogireview.export.ExportLayout;
import org.ogireview.export.ExportSelection;
import org.ogireview.gui.form.FieldViewModel;
import org.ogireview.gui.form.FormViewModel;
import org.ogireview.gui.importing.BundledSamples;
import org.ogireview.gui.reportlist.ListFilterMemory;
import org.ogireview.gui.importing.ImportItem;
import org.ogireview.gui.importing.ImportSummary;
import org.ogireview.gui.importing.ImportTask;
import org.ogireview.gui.importing.Importer;
import org.ogireview.gui.reportlist.ReportListViewModel;
import org.ogireview.model.FieldCatalog;
import org.ogireview.store.ReportSummary;
import org.ogireview.store.StoreException;
import org.ogireview.model.UserText;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * The desk's actions across its parts: opening the right report at start, importing in the background,
 * exporting, and assigning a selected number to the selected field. The window only wires menus to these.
 */
public final class DeskViewModel {

    private final ReviewSession session;
    private final Background background;
    private final Importer importer;
    private final ExportService exporter;
    private final ReportListViewModel list;
    private final DocumentViewModel document;
    private final PageViewModel pages;
    private final FormViewModel form;
    private final StringProperty status = new SimpleStringProperty(this, "status", "");
    private final ObjectProperty<Task<?>> running = new SimpleObjectProperty<>(this, "running");
    private final BooleanProperty busy = new SimpleBooleanProperty(this, "busy");

    public DeskViewModel(ReviewSession session, Background background, Importer importer, ExportService exporter) {
        this.session = session;
        this.background = background;
        this.importer = importer;
        this.exporter = exporter;
        this.list = new ReportListViewModel(session, background.lane(Background.LIST));
        this.document = new DocumentViewModel(session);
        this.pages = new PageViewModel(session, background.lane(Background.PAGES));
        this.form = new FormViewModel(session, FieldCatalog.standard());
        busy.bind(running.isNotNull());
        // A status line belongs to the report and the action that raised it: another report, or any change to
        // this one (a save, an undo), makes it stale. Actions that report on themselves set theirs afterwards.
        session.currentProperty().addListener((obs, old, now) -> status.set(""));
        // The list's text search: every report it lets through opens with the phrase marked in its text.
        list.textMatchesProperty().addListener((obs, old, now) ->
                document.findPhraseProperty().set(now == null ? "" : list.searchPhraseProperty().get()));
    }

    public ReviewSession session() {
        return session;
    }

    public ReportListViewModel list() {
        return list;
    }

    public DocumentViewModel document() {
        return document;
    }

    /** The printed pages of the open PDF. */
    public PageViewModel pages() {
        return pages;
    }

    public FormViewModel form() {
        return form;
    }

    /** A line for the status bar: what the last action did. */
    public StringProperty statusProperty() {
        return status;
    }

    /** The long task under way (import or export), null when idle. */
    public ObjectProperty<Task<?>> runningProperty() {
        return running;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    private Messages m() {
        return session.messages();
    }

    /**
     * Fills the list and opens a report: the last one the coder had open, else the first. On an empty database
     * (and when allowed) the bundled samples are imported first, so a newcomer sees a working desk.
     *
     * @param whenReady run on the FX thread once a report is open (or there is none to open)
     */
    public void start(boolean loadSamplesWhenEmpty, Runnable whenReady) {
        list.refresh();
        ListFilterMemory.restoreAndWatch(list, session.preferences());
        int count;
        try {
            count = session.store().count();
        } catch (StoreException e) {
            session.dialogs().showError(m().get("error.list.title"), e.getMessage(), e);
            whenReady.run();
            return;
        }
        if (count == 0 && loadSamplesWhenEmpty) {
            List<Path> samples;
            try {
                samples = BundledSamples.copyToTemp();
            } catch (IOException e) {
                session.dialogs().showError(m().get("error.samples.title"), e.getMessage(), e);
                whenReady.run();
                return;
            }
            status.set(m().get("status.loadingSamples"));
            importFiles(samples.stream().map(ImportItem::new).toList(), summary -> {
                openRemembered();
                whenReady.run();
            });
            return;
        }
        openRemembered();
        whenReady.run();
    }

    private void openRemembered() {
        Optional<Long> last = session.preferences().lastReport().filter(id -> list.find(id).isPresent());
        Long id = last.orElseGet(() -> list.reports().isEmpty() ? null : list.reports().get(0).id());
        if (id != null) {
            session.open(id);
        }
    }

    /** Imports files in the background; the list shows the new reports when done. */
    public ImportTask importFiles(List<ImportItem> items, Consumer<ImportSummary> afterwards) {
        ImportTask task = new ImportTask(importer, items, m());
        task.setOnSucceeded(e -> {
            running.set(null);
            ImportSummary summary = task.getValue();
            list.refresh();
            if (session.current() == null && summary.lastAdded() >= 0) {
                session.open(summary.lastAdded());
            }
            if (afterwards != null) {
                afterwards.accept(summary);
            }
            // after whatever opened the report: the summary is the import's, not the report's
            status.set(m().format(summary.cancelled() ? "import.done.cancelled" : "import.done", summary.added(),
                    summary.present(), summary.failed().size()));
            if (!summary.failed().isEmpty()) {
                session.dialogs().showError(m().format("import.failed.title", summary.failed().size()),
                        summary.failed().stream().map(ImportSummary.Failure::problem)
                                .collect(Collectors.joining("\n")));
            }
        });
        task.setOnFailed(e -> {
            running.set(null);
            list.refresh();
            Throwable t = task.getException();
            status.set(m().get("import.failed.status"));
            session.dialogs().showError(m().get("import.title"),
                    t == null ? "" : UserText.of(t, m().locale()), t);
            if (afterwards != null) {
                afterwards.accept(new ImportSummary(0, 0, List.of(), false, -1));
            }
        });
        running.set(task);
        background.run(task);
        return task;
    }

    /** Stops the import under way after its current file. */
    public void stopRunning() {
        Task<?> task = running.get();
        if (task instanceof ImportTask importTask) {
            importTask.requestStop();
        } else if (task != null) {
            task.cancel();
        }
    }

    /** Writes a dataset export (Stata folder or xlsx workbook) of the selected reports in the background. */
    public Task<Long> exportDataset(org.ogireview.gui.exporting.DatasetLayout layout, Path target,
                                    ExportSelection selection) {
        return export(target, () -> new org.ogireview.gui.exporting.DatasetExporter(session.store())
                .export(layout, target, selection), null);
    }

    /** Writes a CSV of the selected reports in the background and says in the status bar how many rows went out. */
    public Task<Long> export(ExportLayout layout, boolean bom, Path target, ExportSelection selection,
                             Consumer<Long> afterwards) {
        return export(target, () -> exporter.export(layout, bom, target, selection), afterwards);
    }

    private Task<Long> export(Path target, java.util.concurrent.Callable<Long> write, Consumer<Long> afterwards) {
        Task<Long> task = new Task<>() {
            @Override
            protected Long call() throws Exception {
                updateMessage(m().format("export.progress", target.getFileName()));
                return write.call();
            }
        };
        task.setOnSucceeded(e -> {
            running.set(null);
            status.set(m().format("export.done", task.getValue(), target.toString()));
            if (afterwards != null) {
                afterwards.accept(task.getValue());
            }
        });
        task.setOnFailed(e -> {
            running.set(null);
            Throwable t = task.getException();
            session.dialogs().showError(m().get("export.failed.title"), exportProblem(target, t), t);
        });
        running.set(task);
        background.run(task);
        return task;
    }

    /** What went wrong with an export, in the desk's language where the problem has bundle wording. */
    private String exportProblem(Path target, Throwable t) {
        return m().format("export.failed.message", target, t == null ? "" : UserText.of(t, m().locale()));
    }

    /**
     * Takes the number in the selected stretch of text for the selected field, recording the stretch as the
     * field's source. Says in the status bar what went wrong otherwise.
     */
    public boolean assignSelection(int start, int end) {
        FieldViewModel field = form.selectedProperty().get();
        if (session.current() == null) {
            return false;
        }
        if (field == null) {
            status.set(m().get("assign.error.noField"));
            return false;
        }
        // A numeric field takes the number in the selection; a text or date field the selected words.
        boolean numeric = field.def().type().numeric();
        Optional<SelectedValue> number = numeric ? document.numberIn(start, end) : document.textIn(start, end);
        if (number.isEmpty()) {
            status.set(m().get(numeric ? "assign.error.noNumber" : "assign.error.noText"));
            return false;
        }
        boolean done = field.assign(number.get());
        status.set(done ? m().format("assign.done", number.get().value(), field.def().labelZh())
                : String.valueOf(field.errorProperty().get()));
        return done;
    }

    /** File ▸ Coder: asks for the name stored with every change from now on. */
    public void changeCoder() {
        session.dialogs().askText(m().get("coder.title"), m().get("coder.prompt"),
                session.preferences().coder().orElse(System.getProperty("user.name", "")))
                .ifPresent(name -> {
                    session.preferences().setCoder(name);
                    status.set(m().format("coder.set", name));
                });
    }

    /** Undoes the open report's latest stored change; the status bar says which field, or that there was none. */
    public boolean undo() {
        boolean done = session.undo();
        status.set(done ? m().format("status.undone", selectedLabel())
                : m().get(session.lastStepRefused() ? "status.undoRefused" : "status.nothingToUndo"));
        return done;
    }

    /** Redoes the latest undone change, saying so in the status bar. */
    public boolean redo() {
        boolean done = session.redo();
        status.set(done ? m().format("status.redone", selectedLabel())
                : m().get(session.lastStepRefused() ? "status.redoRefused" : "status.nothingToRedo"));
        return done;
    }

    /** The label of the field the last undo or redo went to. */
    private String selectedLabel() {
        FieldViewModel field = form.selectedProperty().get();
        return field == null ? "" : m().chinese() ? field.def().labelZh() : field.def().labelEn();
    }

    /** Finds a report by file name (for the screenshot option). */
    public Optional<ReportSummary> reportNamed(String fileName) {
        return list.reports().stream().filter(r -> r.fileName().equals(fileName)).findFirst();
    }
}
