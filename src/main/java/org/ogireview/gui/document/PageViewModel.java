package org.ogireview.gui.document;

import javafx.application.Platform;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import org.ogireview.gui.common.Messages;
import org.ogireview.gui.common.OpenReport;
import org.ogireview.gui.common.ReviewSession;
import org.ogireview.ingest.IngestException;
import org.ogireview.ingest.PageRect;
import org.ogireview.ingest.PageRegions;
import org.ogireview.model.Figure;
import org.ogireview.model.Report;
import org.ogireview.model.UserText;
import org.ogireview.store.StoreException;

import java.awt.image.BufferedImage;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

/**
 * The printed pages of the open PDF report, for the page view: which page is shown and at what zoom, the picture
 * of it (drawn on a worker thread, the last few kept), the boxes of its figures and of the selected one, and the
 * message that stands in for the page when it cannot be shown. Selecting a field turns to its page; a click on a
 * figure's number selects its field, as a click in the text does. Nothing here throws at the coder: a missing or
 * broken original, or a page that will not draw, is a message.
 *
 * <p>One piece on purpose (over 400 lines): the shown page, its picture, the zoom, the figure boxes and the
 * message all answer to one generation counter and one worker lane, so a page drawn for a report no longer open,
 * or a turn of the page that raced a new selection, is dropped in one place. Split, each part would need the
 * counter and the others' state; half the class is property accessors for the view.
 */
public final class PageViewModel {

    /** Pixels per point the pages are drawn at (144 dpi): sharp up to 200 % on an ordinary screen. */
    static final float RENDER_SCALE = 2f;
    static final int CACHED_PAGES = 4;
    static final double MIN_ZOOM = 0.3;
    static final double MAX_ZOOM = 4;
    static final double ZOOM_STEP = 1.25;

    /** A page as drawn: its picture at {@code scale} pixels per point. */
    public record RenderedPage(int index, BufferedImage image, float scale) {
        public double widthPoints() {
            return image.getWidth() / scale;
        }

        public double heightPoints() {
            return image.getHeight() / scale;
        }
    }

    private final ReviewSession session;
    private final Messages m;
    private final Executor worker;
    private final Executor fx;

    private final ReadOnlyObjectWrapper<DocumentMode> mode = new ReadOnlyObjectWrapper<>(this, "mode",
            DocumentMode.TEXT);
    private final ReadOnlyObjectWrapper<DocumentMode> shownMode = new ReadOnlyObjectWrapper<>(this, "shownMode",
            DocumentMode.TEXT);
    private final ReadOnlyBooleanWrapper available = new ReadOnlyBooleanWrapper(this, "available");
    private final ReadOnlyIntegerWrapper pageIndex = new ReadOnlyIntegerWrapper(this, "pageIndex");
    private final ReadOnlyIntegerWrapper pageCount = new ReadOnlyIntegerWrapper(this, "pageCount");
    private final ReadOnlyObjectWrapper<RenderedPage> page = new ReadOnlyObjectWrapper<>(this, "page");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message");
    private final ReadOnlyStringWrapper reason = new ReadOnlyStringWrapper(this, "reason");
    private final ReadOnlyStringWrapper note = new ReadOnlyStringWrapper(this, "note");
    private final ReadOnlyObjectWrapper<List<PageRect>> figureBoxes = new ReadOnlyObjectWrapper<>(this,
            "figureBoxes", List.of());
    private final ReadOnlyObjectWrapper<List<PageRect>> selectedBoxes = new ReadOnlyObjectWrapper<>(this,
            "selectedBoxes", List.of());
    private final ReadOnlyObjectWrapper<PageRect> reveal = new ReadOnlyObjectWrapper<>(this, "reveal");
    private final DoubleProperty zoom = new SimpleDoubleProperty(this, "zoom", 1);
    private final BooleanProperty fitWidth = new SimpleBooleanProperty(this, "fitWidth", true);

    /** The report whose PDF is loaded or loading; -1 for none. */
    private long reportId = -1;
    /** Counts openings, so the answer of a worker about a report no longer shown is dropped. */
    private long generation;
    private boolean loadStarted;
    private PageSource source;
    private PageRegions regions = PageRegions.none();
    private Map<String, List<PageRect>> boxesByKey = Map.of();
    private final Map<Integer, RenderedPage> cache = new LinkedHashMap<>(8, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Integer, RenderedPage> eldest) {
            return size() > CACHED_PAGES;
        }
    };

    /** @param worker where the pages are read and drawn (the window's pages lane: one page at a time) */
    public PageViewModel(ReviewSession session, Executor worker) {
        this(session, worker, Platform::runLater);
    }

    /** With the worker the pages are read on and the executor that hands results back (tests: both direct). */
    PageViewModel(ReviewSession session, Executor worker, Executor fx) {
        this.session = session;
        this.m = session.messages();
        this.worker = worker;
        this.fx = fx;
        mode.set(DocumentMode.fromCode(session.preferences().documentMode()));
        session.currentProperty().addListener((obs, old, now) -> show(now));
        session.selectedKeyProperty().addListener((obs, old, now) -> followSelection(true));
        show(session.current());
    }

    // ---- what the view reads

    /** The arrangement the coder chose (or Page, for a report to be coded by hand). */
    public ReadOnlyObjectProperty<DocumentMode> modeProperty() {
        return mode.getReadOnlyProperty();
    }

    /** What the pane shows: the chosen mode, or text when the report has no PDF to show. */
    public ReadOnlyObjectProperty<DocumentMode> shownModeProperty() {
        return shownMode.getReadOnlyProperty();
    }

    /** True when the open report is a PDF, so its pages can be shown. */
    public ReadOnlyBooleanProperty availableProperty() {
        return available.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty pageIndexProperty() {
        return pageIndex.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty pageCountProperty() {
        return pageCount.getReadOnlyProperty();
    }

    /** The picture of the shown page; null while it is drawn or when it cannot be. */
    public ReadOnlyObjectProperty<RenderedPage> pageProperty() {
        return page.getReadOnlyProperty();
    }

    /** What stands in for the page (loading, or what went wrong); null when the page is shown. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** Why the report must be coded by hand, null when it need not. */
    public ReadOnlyStringProperty reasonProperty() {
        return reason.getReadOnlyProperty();
    }

    /** A remark above the page (the figures' positions are unknown); null when there is none. */
    public ReadOnlyStringProperty noteProperty() {
        return note.getReadOnlyProperty();
    }

    /** The boxes of every figure on the shown page. */
    public ReadOnlyObjectProperty<List<PageRect>> figureBoxesProperty() {
        return figureBoxes.getReadOnlyProperty();
    }

    /** The selected figure's boxes on the shown page (empty when it stands elsewhere or nowhere). */
    public ReadOnlyObjectProperty<List<PageRect>> selectedBoxesProperty() {
        return selectedBoxes.getReadOnlyProperty();
    }

    /** The box to scroll into view: set anew each time the selection moves to a figure with a position. */
    public ReadOnlyObjectProperty<PageRect> revealProperty() {
        return reveal.getReadOnlyProperty();
    }

    /** Screen pixels per PDF point. */
    public DoubleProperty zoomProperty() {
        return zoom;
    }

    /** True while the zoom follows the pane's width. */
    public BooleanProperty fitWidthProperty() {
        return fitWidth;
    }

    // ---- what the coder does

    /** The coder picks an arrangement: shown at once and remembered for the next start. */
    public void choose(DocumentMode chosen) {
        session.preferences().setDocumentMode(chosen.code());
        session.preferences().flush();
        mode.set(chosen);
        updateShown();
    }

    public void previous() {
        goTo(pageIndex.get() - 1);
    }

    public void next() {
        goTo(pageIndex.get() + 1);
    }

    /** Turns to a page (from 0); one the report does not have gets a message in place of the page. */
    public void goTo(int index) {
        if (source != null && (index != pageIndex.get() || page.get() == null)) {
            showPage(index);
        }
    }

    public void zoomIn() {
        setZoom(zoom.get() * ZOOM_STEP);
    }

    public void zoomOut() {
        setZoom(zoom.get() / ZOOM_STEP);
    }

    /** Back to following the pane's width. */
    public void fitToWidth() {
        fitWidth.set(true);
    }

    /** The pane is this wide (pixels, for the page): the zoom follows when fitting the width. */
    public void viewportWidth(double pixels) {
        RenderedPage p = page.get();
        if (fitWidth.get() && p != null && pixels > 0) {
            zoom.set(clampZoom(pixels / p.widthPoints()));
        }
    }

    private void setZoom(double value) {
        fitWidth.set(false);
        zoom.set(clampZoom(value));
    }

    private static double clampZoom(double value) {
        return Math.max(MIN_ZOOM, Math.min(MAX_ZOOM, value));
    }

    /**
     * A click on the shown page, in points from its top left: selects the figure printed there, as a click on it
     * in the text does. Empty when no figure stands there.
     */
    public Optional<String> clickAt(double x, double y) {
        Optional<String> hit = figureAt(x, y);
        hit.ifPresent(key -> session.selectedKeyProperty().set(key));
        return hit;
    }

    /** The key of the figure printed at a point of the shown page (points from its top left). */
    public Optional<String> figureAt(double x, double y) {
        return page.get() == null ? Optional.empty()
                : PageRegions.hit(boxesByKey, pageIndex.get(), (float) x, (float) y);
    }

    // ---- loading

    private void show(OpenReport open) {
        long id = open == null ? -1 : open.id();
        if (id == reportId && open != null) {
            boxesByKey = boxesOf(open);
            followSelection(false); // an edit: same pages, the figures may have moved
            return;
        }
        reset();
        reportId = id;
        Report report = open == null ? null : open.report();
        available.set(report != null && "pdf".equals(report.sourceKind()));
        reason.set(report == null || report.needsManual() == null ? null : report.needsManual().in(m.locale()));
        if (report != null && report.needsManual() != null && available.get()) {
            mode.set(DocumentMode.PAGE); // nothing to read in the text: the pages are what there is to code from
        } else {
            mode.set(DocumentMode.fromCode(session.preferences().documentMode()));
        }
        updateShown();
    }

    private void reset() {
        generation++;
        loadStarted = false;
        PageSource old = source;
        if (old != null) {
            worker.execute(old::close);
        }
        source = null;
        regions = PageRegions.none();
        boxesByKey = Map.of();
        cache.clear();
        page.set(null);
        pageIndex.set(0);
        pageCount.set(0);
        message.set(null);
        note.set(null);
        figureBoxes.set(List.of());
        selectedBoxes.set(List.of());
        reveal.set(null);
    }

    private void updateShown() {
        shownMode.set(available.get() ? mode.get() : DocumentMode.TEXT);
        if (shownMode.get().showsPages()) {
            if (loadStarted) {
                followSelection(true); // the coder may have moved on while the pages were hidden
            } else {
                load();
            }
        }
    }

    /** Reads the stored original and opens it on the worker, then draws the page to show and finds the boxes. */
    private void load() {
        OpenReport open = session.current();
        if (open == null) {
            return;
        }
        loadStarted = true;
        long ticket = generation;
        Report report = open.report();
        message.set(m.get("page.loading"));
        later(() -> {
            Optional<byte[]> original = session.store().original(report.id());
            return original.isEmpty() ? null : PageSource.open(report, original.get());
        }, ticket, opened -> {
            if (opened == null) {
                message.set(m.get("page.noOriginal"));
                return;
            }
            source = opened;
            pageCount.set(opened.pageCount());
            // With a figure selected, its page is the one to draw first; its position comes with the boxes.
            boolean boxesFirst = report.needsManual() == null && session.selectedKeyProperty().get() != null;
            if (!boxesFirst) {
                showPage(0);
            }
            later(opened::regions, ticket, found -> {
                regions = found;
                if (found.isEmpty() && report.needsManual() == null) {
                    note.set(m.get("page.noPositions"));
                }
                boxesByKey = boxesOf(session.current());
                if (boxesFirst) {
                    showPage(firstSelectedPage().orElse(0));
                }
                followSelection(true);
            }, problem -> {
                note.set(m.get("page.noPositions"));
                if (boxesFirst) {
                    showPage(0);
                }
            });
        }, problem -> message.set(m.format("page.cannotOpen", problem)));
    }

    private void showPage(int index) {
        if (index < 0 || index >= pageCount.get()) {
            page.set(null);
            message.set(m.format("page.noSuchPage", index + 1, pageCount.get()));
            return;
        }
        pageIndex.set(index);
        updateBoxes();
        RenderedPage cached = cache.get(index);
        if (cached != null) {
            page.set(cached);
            message.set(null);
            return;
        }
        page.set(null);
        message.set(m.get("page.drawing"));
        PageSource from = source;
        long ticket = generation;
        later(() -> new RenderedPage(index, from.render(index, RENDER_SCALE), RENDER_SCALE), ticket, drawn -> {
            cache.put(index, drawn);
            if (pageIndex.get() == index) {
                page.set(drawn);
                message.set(null);
            }
        }, problem -> {
            if (pageIndex.get() == index) {
                message.set(m.format("page.cannotDraw", index + 1, problem));
            }
        });
    }

    /** Boxes of the shown page; with {@code turn}, first turns to the selected figure's page and asks to reveal it. */
    private void followSelection(boolean turn) {
        List<PageRect> selected = selectedFigureBoxes();
        // pages hidden behind the text are not drawn; they catch up when shown again
        if (turn && !selected.isEmpty() && source != null && shownMode.get().showsPages()) {
            int target = selected.get(0).page();
            if (target != pageIndex.get() && target < pageCount.get()) {
                showPage(target);
            }
        }
        updateBoxes();
        if (turn) {
            reveal.set(null);
            reveal.set(selectedBoxes.get().isEmpty() ? null : union(selectedBoxes.get()));
        }
    }

    private void updateBoxes() {
        int shown = pageIndex.get();
        figureBoxes.set(boxesByKey.values().stream().flatMap(List::stream).filter(r -> r.page() == shown).toList());
        selectedBoxes.set(selectedFigureBoxes().stream().filter(r -> r.page() == shown).toList());
    }

    private List<PageRect> selectedFigureBoxes() {
        String key = session.selectedKeyProperty().get();
        return key == null ? List.of() : boxesByKey.getOrDefault(key, List.of());
    }

    private Optional<Integer> firstSelectedPage() {
        List<PageRect> selected = selectedFigureBoxes();
        return selected.isEmpty() ? Optional.empty() : Optional.of(selected.get(0).page());
    }

    private Map<String, List<PageRect>> boxesOf(OpenReport open) {
        if (open == null || regions.isEmpty()) {
            return Map.of();
        }
        Map<String, List<PageRect>> out = new LinkedHashMap<>();
        for (Figure f : open.figures()) {
            if (f.hasSource() && !f.key().startsWith("report.")) {
                // the metadata's spans cover titles and header rows: boxes over them would hide the table
                List<PageRect> rects = regions.rectsOf(f.start(), f.end());
                if (!rects.isEmpty()) {
                    out.put(f.key(), rects);
                }
            }
        }
        return out;
    }

    private static PageRect union(List<PageRect> rects) {
        PageRect out = rects.get(0);
        for (PageRect r : rects) {
            out = out.union(r);
        }
        return out;
    }

    /** Work for the worker thread that may fail with a message for the coder. */
    private interface Work<T> {
        T run() throws IngestException, StoreException;
    }

    /**
     * Runs work on the worker and hands its result (or its problem, as text) to the FX thread, unless another
     * report was opened meanwhile. Whatever a library throws becomes a message, never an exception at the coder.
     */
    private <T> void later(Work<T> work, long ticket, java.util.function.Consumer<T> done,
                           java.util.function.Consumer<String> failed) {
        CompletableFuture.supplyAsync(() -> {
            try {
                return new Outcome<>(work.run(), null);
            } catch (IngestException | StoreException | RuntimeException | OutOfMemoryError | StackOverflowError e) {
                return new Outcome<T>(null, problem(e));
            }
        }, worker).thenAcceptAsync(outcome -> {
            if (ticket != generation) {
                if (outcome.value() instanceof PageSource stale) {
                    worker.execute(stale::close);
                }
                return;
            }
            if (outcome.problem() == null) {
                done.accept(outcome.value());
            } else {
                failed.accept(outcome.problem());
            }
        }, fx);
    }

    /** The problem in the desk's language where it has bundle wording (a PDF that cannot be opened or drawn). */
    private String problem(Throwable e) {
        return UserText.of(e, m.locale());
    }

    private record Outcome<T>(T value, String problem) {
    }
}
