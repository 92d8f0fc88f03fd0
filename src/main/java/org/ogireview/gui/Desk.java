package org.ogireview.gui;

import javafx.application.Platform;
import javafx.geometry.Orientation;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceDialog;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import org.ogireview.gui.common.DatabaseCare;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.util.StringConverter;
import org.controlsfx.control.StatusBar;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.ogireview.check.Checker;
import org.ogireview.gui.checks.ChecksView;
import org.ogireview.gui.checks.ChecksViewModel;
import org.ogireview.gui.common.AppIcons;
import org.ogireview.gui.common.Background;
import org.ogireview.gui.common.DeskPreferences;
import org.ogireview.gui.common.DeskStyle;
import org.ogireview.gui.common.DialogService;
import org.ogireview.gui.common.FxDialogService;
import org.ogireview.gui.common.Messages;
import org.ogireview.gui.common.ReviewSession;
import org.ogireview.gui.document.DocumentPane;
import org.ogireview.gui.document.DocumentView;
import org.ogireview.gui.exporting.ExportDialog;
import org.ogireview.gui.exporting.ExportViewModel;
import org.ogireview.gui.form.FormView;
import org.ogireview.gui.importing.ImportDialog;
import org.ogireview.gui.importing.ImportPlanViewModel;
import org.ogireview.gui.reportlist.ReportListView;
import org.ogireview.gui.review.HistoryDialog;
import org.ogireview.gui.review.ReviewFlowViewModel;
import org.ogireview.gui.review.ShortcutsDialog;
import org.ogireview.model.FieldDef;
import org.ogireview.model.UserText;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * The review desk window and its composition root: report list on the left, the report in the middle, the form on
 * the right, menus above and a status bar (database file, progress) below. Switching the language builds the
 * window's content again with the other bundle; the store and the open report stay.
 */
public final class Desk {

    private static final KeyCombination UNDO = new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN);
    /** Redo is Ctrl+Shift+Z as the issue asks; Ctrl+Y, the Windows habit, works too. */
    private static final KeyCombination REDO = new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN,
            KeyCombination.SHIFT_DOWN);
    private static final KeyCombination REDO_ALT = new KeyCodeCombination(KeyCode.Y, KeyCombination.SHORTCUT_DOWN);

    private final DeskSetup setup;
    private final Background background = new Background();
    private Stage stage;
    private Messages messages;
    private DialogService dialogs;
    private DeskViewModel model;
    private SplitPane split;
    private FormView formView;
    private DocumentPane documentPane;
    private DocumentView documentView;
    private ReportListView listView;
    private ReviewFlowViewModel review;

    public Desk(DeskSetup setup) {
        this.setup = setup;
    }

    public DeskViewModel model() {
        return model;
    }

    public Messages messages() {
        return messages;
    }

    public Stage stage() {
        return stage;
    }

    public ReviewFlowViewModel review() {
        return review;
    }

    public FormView formView() {
        return formView;
    }

    public DocumentPane documentPane() {
        return documentPane;
    }

    public StyleClassedTextArea textArea() {
        return documentView.area();
    }

    /**
     * Builds the window on the stage, shows it and opens the remembered report (importing the samples first on an
     * empty database).
     *
     * @param whenReady run once a report is open, for the screenshot option and tests; may be null
     */
    public void show(Stage stage, Runnable whenReady) {
        this.stage = stage;
        stage.getIcons().setAll(AppIcons.load());
        build(null, null);
        placeWindow();
        stage.setOnCloseRequest(e -> close());
        stage.show();
        Platform.runLater(() -> {
            applyDividers(setup.preferences().window());
            listView.table().requestFocus();
        });
        model.start(setup.loadSamplesWhenEmpty(), () -> {
            if (whenReady != null) {
                whenReady.run();
            }
        });
    }

    /** Stores pending edits and the window's geometry; the caller closes the store. */
    public void close() {
        if (model != null) {
            model.form().commitPending();
            model.stopRunning();
        }
        saveWindow();
        background.close();
    }

    /** Rebuilds the window in another language, keeping the open report and the selected field. */
    public void switchLanguage(Locale locale) {
        model.form().commitPending();
        setup.preferences().setLocale(locale);
        saveWindow();
        Long open = model.session().current() == null ? null : model.session().current().id();
        String selected = model.session().selectedKeyProperty().get();
        build(open, selected);
        Platform.runLater(() -> applyDividers(setup.preferences().window()));
    }

    private void build(Long reopen, String reselect) {
        messages = Messages.forLocale(setup.preferences().locale());
        dialogs = setup.dialogs().apply(() -> stage, messages);
        ReviewSession session = new ReviewSession(setup.store(), new Checker(), dialogs, setup.preferences(),
                messages);
        model = new DeskViewModel(session, background, setup.importer(), setup.exporter());
        session.setBeforeLeave(() -> model.form().commitPending());

        MenuItem assign = new MenuItem(messages.get("menu.edit.assign"));
        assign.setId("menuAssign");
        assign.setAccelerator(new KeyCodeCombination(KeyCode.A, KeyCombination.SHORTCUT_DOWN,
                KeyCombination.SHIFT_DOWN));
        assign.setOnAction(e -> assignSelection());

        listView = new ReportListView(model.list(), session);
        review = new ReviewFlowViewModel(session, model.form(), () -> List.copyOf(listView.table().getItems()));
        documentPane = new DocumentPane(model.document(), session, assign);
        documentView = documentPane.textView();
        formView = new FormView(model.form(), messages, this::addField);
        ChecksView checks = new ChecksView(new ChecksViewModel(session), session);
        org.ogireview.gui.checks.ChecksSplit right = new org.ogireview.gui.checks.ChecksSplit(checks, formView);
        split = new SplitPane(listView, documentPane, right);
        split.setId("deskSplit");
        split.setOrientation(Orientation.HORIZONTAL);
        SplitPane.setResizableWithParent(listView, false);
        // No split, dragged or remembered, may make a pane unusable: the list keeps every column, the form a
        // whole field line, the report a readable width.
        listView.setMinWidth(listView.minimumWidth());
        right.setMinWidth(org.ogireview.gui.form.FormWidths.MIN_FORM);
        documentPane.setMinWidth(240);

        BorderPane root = new BorderPane();
        root.setId("deskRoot");
        root.getStyleClass().add("desk");
        root.setTop(menuBar(assign));
        // A text field handles Ctrl+Z / Ctrl+Y itself and would swallow them even when the coder typed nothing:
        // caught here first, they undo the typing only while the editor holds some, else the last stored change.
        root.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (UNDO.match(e)) {
                e.consume();
                undo();
            } else if (REDO.match(e) || REDO_ALT.match(e)) {
                e.consume();
                redo();
            }
        });
        root.setCenter(split);
        root.setBottom(statusBar());
        if (stage.getScene() == null) {
            DeskPreferences.WindowState w = setup.preferences().window();
            Rectangle2D screen = Screen.getPrimary().getVisualBounds();
            Scene scene = new Scene(root, Math.min(w.width(), screen.getWidth()),
                    Math.min(w.height(), screen.getHeight()));
            DeskStyle.apply(scene);
            stage.setScene(scene);
        } else {
            stage.getScene().setRoot(root);
        }
        stage.setTitle(messages.format("window.title", setup.store().path().toString()));
        if (reopen != null) {
            model.list().refresh();
            session.open(reopen);
            session.selectedKeyProperty().set(reselect);
        }
    }

    private MenuBar menuBar(MenuItem assign) {
        Messages m = messages;
        MenuItem importItem = item("menuImport", m.get("menu.file.import"), KeyCode.O, this::importFiles);
        MenuItem exportItem = item("menuExport", m.get("menu.file.export"), KeyCode.E, this::exportCsv);
        MenuItem coder = item("menuCoder", m.get("menu.file.coder"), null, this::changeCoder);
        MenuItem quit = item("menuQuit", m.get("menu.file.quit"), KeyCode.Q, () -> {
            close();
            stage.close();
        });
        importItem.disableProperty().bind(model.busyProperty());
        exportItem.disableProperty().bind(model.busyProperty());
        Menu file = new Menu(m.get("menu.file"), null, importItem, exportItem, new SeparatorMenuItem(), coder,
                new SeparatorMenuItem(), quit);
        file.setId("menuFile");
        DatabaseCare care = new DatabaseCare(setup.store(), dialogs, m, () -> quit.fire());
        file.getItems().addAll(file.getItems().indexOf(coder), care.menuItems());
        care.warnIfReadOnly();

        MenuItem undo = item("menuUndo", m.get("menu.edit.undo"), KeyCode.Z, this::undo);
        MenuItem redo = item("menuRedo", m.get("menu.edit.redo"), null, this::redo);
        redo.setAccelerator(REDO);
        // Ctrl+Enter confirms like the field's ✓ button (storing a typed change first) and goes on to the next
        // figure that needs attention, so a report can be reviewed without the mouse.
        MenuItem confirm = item("menuConfirm", m.get("menu.edit.confirm"), KeyCode.ENTER, this::confirmAndNext);
        MenuItem confirmAll = item("menuConfirmAll", m.get("menu.edit.confirmAll"), null, this::confirmAllPassing);
        confirmAll.setAccelerator(new KeyCodeCombination(KeyCode.ENTER, KeyCombination.SHORTCUT_DOWN,
                KeyCombination.SHIFT_DOWN));
        MenuItem nextAttention = item("menuNextAttention", m.get("menu.edit.nextAttention"), null,
                this::nextNeedingAttention);
        nextAttention.setAccelerator(new KeyCodeCombination(KeyCode.F8));
        MenuItem markPublished = item("menuMarkPublished", m.get("menu.edit.markPublished"), null,
                this::markSelectedAsPublished);
        markPublished.setAccelerator(new KeyCodeCombination(KeyCode.P, KeyCombination.SHORTCUT_DOWN,
                KeyCombination.SHIFT_DOWN));
        MenuItem add = item("menuAddField", m.get("menu.edit.addField"), null, this::addField);
        MenuItem addOwn = new org.ogireview.gui.own.OwnFigureAction(model.session(), () -> stage,
                () -> documentView.area(), model.statusProperty(), m).menuItem();
        javafx.beans.binding.BooleanBinding noReport = model.session().currentProperty().isNull();
        for (MenuItem i : List.of(undo, redo, assign, add, confirm, confirmAll, nextAttention, markPublished)) {
            i.disableProperty().bind(noReport);
        }
        MenuItem bodies = item("menuBodies", m.get("menu.edit.bodies"), null, this::showBodies); // dataset
        bodies.setDisable(!(setup.store() instanceof org.ogireview.store.H2ReportStore));
        Menu edit = new Menu(m.get("menu.edit"), null, undo, redo, new SeparatorMenuItem(), confirm, confirmAll,
                nextAttention, markPublished, new SeparatorMenuItem(), assign, add, addOwn, new SeparatorMenuItem(),
                bodies);
        edit.setId("menuEdit");

        ToggleGroup languages = new ToggleGroup();
        RadioMenuItem zh = new RadioMenuItem("中文");
        zh.setId("menuLanguageZh");
        RadioMenuItem en = new RadioMenuItem("English");
        en.setId("menuLanguageEn");
        zh.disableProperty().bind(model.busyProperty());
        en.disableProperty().bind(model.busyProperty());
        zh.setToggleGroup(languages);
        en.setToggleGroup(languages);
        (m.chinese() ? zh : en).setSelected(true);
        zh.setOnAction(e -> Platform.runLater(() -> switchLanguage(Locale.SIMPLIFIED_CHINESE)));
        en.setOnAction(e -> Platform.runLater(() -> switchLanguage(Locale.ENGLISH)));
        Menu language = new Menu(m.get("menu.view.language"), null, zh, en);
        MenuItem nextReport = item("menuNextReport", m.get("menu.view.nextReport"), KeyCode.PAGE_DOWN,
                () -> review.openSibling(1));
        MenuItem previousReport = item("menuPreviousReport", m.get("menu.view.previousReport"), KeyCode.PAGE_UP,
                () -> review.openSibling(-1));
        MenuItem history = item("menuHistory", m.get("menu.view.history"), null, this::showHistory);
        history.setAccelerator(new KeyCodeCombination(KeyCode.H, KeyCombination.SHORTCUT_DOWN,
                KeyCombination.SHIFT_DOWN));
        history.disableProperty().bind(noReport);
        Menu view = new Menu(m.get("menu.view"), null, nextReport, previousReport, new SeparatorMenuItem(), history,
                new SeparatorMenuItem(), language, new SeparatorMenuItem());
        // issue 12 (findings): the collection's findings in a window of their own (gui/collection/findings)
        view.getItems().add(0, item("menuFindings", m.get("menu.view.findings"), null, () ->
                new org.ogireview.gui.collection.findings.FindingsWindow(stage, model.session(), background.executor())
                        .show()));
        view.getItems().add(1, new SeparatorMenuItem());
        view.getItems().addAll(documentPane.viewMenuItems());
        view.setId("menuView");

        MenuItem about = item("menuAbout", m.get("menu.help.about"), null,
                () -> dialogs.showInfo(m.get("about.title"), m.format("about.text", setup.store().path())));
        MenuItem shortcuts = item("menuShortcuts", m.get("menu.help.shortcuts"), null, () -> { });
        shortcuts.setAccelerator(new KeyCodeCombination(KeyCode.F1));
        Menu help = new Menu(m.get("menu.help"), null, shortcuts, new SeparatorMenuItem(), about);
        MenuBar bar = new MenuBar(file, edit, view, help);
        shortcuts.setOnAction(e -> new ShortcutsDialog(stage, bar, m).showAndWait());
        bar.setId("menuBar");
        return bar;
    }

    private static MenuItem item(String id, String text, KeyCode key, Runnable action) {
        MenuItem item = new MenuItem(text);
        item.setId(id);
        if (key != null) {
            item.setAccelerator(new KeyCodeCombination(key, KeyCombination.SHORTCUT_DOWN));
        }
        item.setOnAction(e -> action.run());
        return item;
    }

    private Node statusBar() {
        StatusBar bar = new StatusBar();
        bar.setId("statusBar");
        bar.textProperty().bind(model.statusProperty());
        Label db = new Label(messages.format("status.database", setup.store().path().toString()));
        db.setId("dbPath");
        db.getStyleClass().add("db-path");
        db.setTooltip(new Tooltip(setup.store().path().toString()));
        ProgressBar progress = new ProgressBar();
        progress.setId("taskProgress");
        progress.setPrefWidth(160);
        Label taskText = new Label();
        taskText.setId("taskMessage");
        Button stop = new Button(messages.get("status.stop"));
        stop.setId("stopTask");
        stop.setOnAction(e -> model.stopRunning());
        model.runningProperty().addListener((obs, old, task) -> {
            progress.progressProperty().unbind();
            taskText.textProperty().unbind();
            if (task != null) {
                progress.progressProperty().bind(task.progressProperty());
                taskText.textProperty().bind(task.messageProperty());
            } else {
                taskText.setText("");
            }
        });
        for (Node n : List.of(progress, taskText, stop)) {
            n.visibleProperty().bind(model.busyProperty());
            n.managedProperty().bind(model.busyProperty());
        }
        bar.getLeftItems().setAll(db);
        bar.getRightItems().setAll(taskText, progress, stop);
        return bar;
    }

    private void importFiles() {
        ImportDialog dialog = new ImportDialog(stage, new ImportPlanViewModel(), dialogs, setup.preferences(),
                messages);
        dialog.ask().ifPresent(items -> model.importFiles(items, null));
    }

    private void exportCsv() {
        ExportViewModel choice = new ExportViewModel();
        new ExportDialog(stage, choice, messages).showAndWait().ifPresent(c -> {
            model.form().commitPending();
            Path folder = setup.preferences().exportFolder().orElse(null);
            if (c.datasetProperty().get() != null) { // Stata (a folder) or xlsx: gui/exporting
                org.ogireview.gui.exporting.DatasetExportChooser.choose(dialogs, messages, c, folder)
                        .ifPresent(t -> model.exportDataset(c.datasetProperty().get(), t));
                return;
            }
            dialogs.chooseSaveFile(messages.get("export.title"), folder, c.suggestedFileName(LocalDate.now()),
                    List.of(new javafx.stage.FileChooser.ExtensionFilter("CSV", "*.csv"))).ifPresent(target -> {
                        if (target.getParent() != null) {
                            setup.preferences().setExportFolder(target.getParent());
                        }
                        model.export(c.layoutProperty().get(), c.bomProperty().get(), target, null);
                    });
        });
    }

    /** The bodies window (gui/bodies): confirm, rename, merge and split the bodies that issue the reports. */
    private void showBodies() {
        if (setup.store() instanceof org.ogireview.store.H2ReportStore h2) {
            new org.ogireview.gui.bodies.BodiesDialog(stage, new org.ogireview.gui.bodies.BodiesViewModel(
                    new org.ogireview.store.BodyRegistry(h2.database()), model.session()::coder), dialogs, messages)
                    .showAndWait();
        }
    }

    private void changeCoder() {
        dialogs.askText(messages.get("coder.title"), messages.get("coder.prompt"),
                setup.preferences().coder().orElse(System.getProperty("user.name", "")))
                .ifPresent(name -> {
                    setup.preferences().setCoder(name);
                    model.statusProperty().set(messages.format("coder.set", name));
                });
    }

    private void assignSelection() {
        StyleClassedTextArea area = documentView.area();
        var selection = area.getSelection();
        model.assignSelection(selection.getStart(), selection.getEnd());
    }

    private void confirmAndNext() {
        review.confirmAndNext();
        tellRemaining();
    }

    private void nextNeedingAttention() {
        review.nextNeedingAttention();
        tellRemaining();
    }

    private void tellRemaining() {
        int left = review.remaining();
        model.statusProperty().set(left == 0 ? messages.get("review.allDone")
                : messages.format("review.remaining", left));
    }

    private void confirmAllPassing() {
        model.form().commitPending();
        int done = review.confirmAllPassing();
        model.statusProperty().set(messages.format("review.confirmedAll", done, review.remaining()));
    }

    /** Marks the selected field's open failed check "as published", asking for the note that says where. */
    private void markSelectedAsPublished() {
        var finding = review.openFindingOfSelected();
        if (finding.isEmpty()) {
            model.statusProperty().set(messages.get("review.noOpenCheck"));
            return;
        }
        String text = messages.chinese() ? finding.get().messageZh() : finding.get().messageEn();
        dialogs.askText(messages.get("checks.asPublished"), text + "\n\n" + messages.get("checks.note"), "")
                .map(String::strip).filter(note -> !note.isEmpty())
                .ifPresent(note -> {
                    if (model.session().markAsPublished(finding.get(), note)) {
                        model.statusProperty().set(messages.format("review.markedPublished",
                                review.remaining()));
                    }
                });
    }

    private void showHistory() {
        var open = model.session().current();
        if (open == null) {
            return;
        }
        model.form().commitPending();
        try {
            new HistoryDialog(stage, open.report().fileName(), setup.store().history(open.id()), messages)
                    .showAndWait();
        } catch (org.ogireview.store.StoreException e) {
            dialogs.showError(messages.get("error.open.title"), UserText.of(e, messages.locale()), e);
        }
    }

    /** True while the selected field's editor holds typing not stored yet (or the focus is in another text box). */
    private boolean typing() {
        var field = model.form().selectedProperty().get();
        var owner = stage.getScene().getFocusOwner();
        boolean inFormEditor = owner != null && owner.getId() != null && owner.getId().startsWith("field-");
        return !inFormEditor || (field != null && field.pending());
    }

    private void undo() {
        if (typing() && stage.getScene().getFocusOwner() instanceof TextInputControl input && input.isUndoable()) {
            // Inside an editor the shortcut undoes the typing, as everywhere else.
            input.undo();
            return;
        }
        model.statusProperty().set(model.session().undo() ? messages.format("status.undone", selectedLabel())
                : messages.get("status.nothingToUndo"));
    }

    private void redo() {
        if (typing() && stage.getScene().getFocusOwner() instanceof TextInputControl input && input.isRedoable()) {
            input.redo();
            return;
        }
        model.statusProperty().set(model.session().redo() ? messages.format("status.redone", selectedLabel())
                : messages.get("status.nothingToRedo"));
    }

    /** The label of the field the last undo or redo went to. */
    private String selectedLabel() {
        var field = model.form().selectedProperty().get();
        return field == null ? "" : messages.chinese() ? field.def().labelZh() : field.def().labelEn();
    }

    private void addField() {
        if (model.session().current() == null) {
            return;
        }
        List<FieldDef> addable = model.form().addable();
        if (addable.isEmpty()) {
            return;
        }
        ChoiceDialog<FieldDef> dialog = new ChoiceDialog<>(addable.get(0), addable);
        dialog.initOwner(stage);
        dialog.setTitle(messages.get("addField.title"));
        dialog.setHeaderText(messages.get("addField.header"));
        dialog.setContentText(messages.get("addField.prompt"));
        FxDialogService.style(dialog);
        @SuppressWarnings("unchecked")
        javafx.scene.control.ComboBox<FieldDef> box = (javafx.scene.control.ComboBox<FieldDef>)
                dialog.getDialogPane().lookup(".combo-box");
        if (box != null) {
            box.setId("addFieldChoice");
            box.setConverter(new StringConverter<>() {
                @Override
                public String toString(FieldDef d) {
                    return d == null ? "" : d.labelZh() + " — " + d.labelEn() + "  (" + d.key() + ")";
                }

                @Override
                public FieldDef fromString(String s) {
                    return null;
                }
            });
        }
        dialog.showAndWait().ifPresent(def -> model.form().add(def.key()));
    }

    private void placeWindow() {
        DeskPreferences.WindowState w = setup.preferences().window();
        // Never larger than the screen: a size remembered on a bigger monitor would open off the edges.
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        stage.setWidth(Math.min(w.width(), screen.getWidth()));
        stage.setHeight(Math.min(w.height(), screen.getHeight()));
        if (!Double.isNaN(w.x()) && onSomeScreen(w)) {
            stage.setX(w.x());
            stage.setY(w.y());
        } else {
            stage.setX(screen.getMinX() + (screen.getWidth() - stage.getWidth()) / 2);
            stage.setY(screen.getMinY() + (screen.getHeight() - stage.getHeight()) / 2);
        }
        stage.setMaximized(w.maximized());
    }

    /** A window remembered on a screen that is gone (a detached monitor) would open out of reach. */
    private static boolean onSomeScreen(DeskPreferences.WindowState w) {
        return !Screen.getScreensForRectangle(new Rectangle2D(w.x(), w.y(), Math.max(1, w.width()),
                Math.max(1, w.height()))).isEmpty();
    }

    private void applyDividers(DeskPreferences.WindowState w) {
        if (split != null && split.getDividers().size() == 2) {
            split.setDividerPositions(clamp(w.leftDivider(), 0.1, 0.45), clamp(w.rightDivider(), 0.3, 0.85));
        }
    }

    private static double clamp(double v, double lo, double hi) {
        return Double.isNaN(v) ? lo : Math.max(lo, Math.min(hi, v));
    }

    private void saveWindow() {
        if (stage == null || split == null) {
            return;
        }
        double[] d = split.getDividerPositions();
        DeskPreferences.WindowState old = setup.preferences().window();
        boolean max = stage.isMaximized();
        setup.preferences().setWindow(new DeskPreferences.WindowState(max ? old.x() : stage.getX(),
                max ? old.y() : stage.getY(), max ? old.width() : stage.getWidth(),
                max ? old.height() : stage.getHeight(), max, d.length > 0 ? d[0] : old.leftDivider(),
                d.length > 1 ? d[1] : old.rightDivider()));
        setup.preferences().flush();
    }

    /** For tests: the root of the window. */
    Parent root() {
        return stage.getScene().getRoot();
    }
}
