package org.ogireview.gui.importing;

import javafx.concurrent.Task;
import org.ogireview.gui.common.Messages;

import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

/** An import as a JavaFX task: progress and message for the status bar, cancel from the UI. */
public final class ImportTask extends Task<ImportSummary> {

    private final Importer importer;
    private final List<ImportItem> items;
    private final Messages messages;
    private final AtomicBoolean stop = new AtomicBoolean();

    public ImportTask(Importer importer, List<ImportItem> items, Messages messages) {
        this.importer = importer;
        this.items = List.copyOf(items);
        this.messages = messages;
        updateMessage(messages.format("import.progress", 0, this.items.size(), ""));
    }

    /**
     * Asks the import to stop after the file it is on. Unlike {@link #cancel()}, the task then ends normally with a
     * summary of what was stored before the stop, so the list can show those reports.
     */
    public void requestStop() {
        stop.set(true);
    }

    @Override
    protected ImportSummary call() {
        return importer.run(items, (done, total, name) -> {
            updateProgress(done, total);
            updateMessage(messages.format("import.progress", done, total, name));
        }, () -> stop.get() || isCancelled());
    }
}
