package org.ogireview.gui;

import javafx.application.Platform;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Menu;
import org.ogireview.gui.common.DatabaseCare;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.ogireview.check.Checker;
import org.ogireview.gui.bodies.BodiesDialog;
import org.ogireview.gui.checks.ChecksView;
import org.ogireview.gui.checks.ChecksViewModel;
import org.ogireview.gui.common.AppIcons;
import org.ogireview.gui.common.Background;
import org.ogireview.gui.common.DeskPreferences;
import org.ogireview.gui.common.DeskStyle;
import org.ogireview.gui.common.DialogService;
import org.ogireview.gui.common.Messages;
import org.ogireview.gui.common.ReviewSession;
import org.ogireview.gui.document.DocumentPane;
import org.ogireview.gui.document.DocumentView;
import org.ogireview.gui.exporting.DatasetLayout;
import org.ogireview.gui.exporting.ExportAction;
import org.ogireview.gui.exporting.ExportViewModel;
import org.ogireview.gui.form.FormView;
import org.ogireview.gui.importing.ImportDialog;
import org.ogireview.gui.importing.ImportPlanViewModel;
import org.ogireview.gui.reportlist.ReportListView;
import org.ogireview.gui.review.HistoryDialog;
import org.ogireview.gui.review.ReportHistory;
import org.ogireview.gui.review.ReviewCommands;
import org.ogireview.gui.review.ReviewFlowViewModel;
import org.ogireview.gui.review.ShortcutsDialog;
import org.ogireview.export.ExportLayout;
import org.ogireview.export.ExportSelection;
import org.ogireview.store.ReportSummary;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * The review desk window and its composition root: report list on the left, the report in the middle, the form on
 * the right, menus above and a status bar (database file, progress) below. Switching the language builds the
 * window's content again with the other bundle; the store and the open report stay.
 *
 * <p>It builds the view models ({@link DeskViewModel} and those it holds) and the views over them, and wires each
 * menu item to an action that lives elsewhere: the view models (undo, coder, add field, review commands), the
 * dialogs of the sub-packages (export, bodies, history, import) and {@link org.ogireview.gui.common.DialogService}.
 * What remains here is what needs the scene itself: the key filter, the focus owner, the window's placement.
 * <p>One piece (a little over 400 lines) as the composition root: each menu of the team, coding and collection
 * features adds only its item and the window it opens here; the actions themselves live in their packages.
 */
public final class Desk {

    private static final KeyCombination UNDO = new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN);
    /** Redo is Ctrl+Shift+Z as the issue asks; Ctrl+Y, the Windows habit, works too. */
    private static final KeyCombination REDO = new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN,
            KeyCombination.SHIFT_DOWN);
    private static final KeyCombination REDO_ALT = new KeyCodeCombination(KeyCode.Y, KeyCombination.SHORTCUT_DOWN);

    private final DeskSetup setup;
    private final Background background = new Background();
    private final WindowPlacement placement;
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
    /** File ▸ Connect to a team database (the application switches the window to it); null: no such item. */
    private Runnable onConnect;
    /** Reloads the report list when other coders change a team database; null on an H2 file. */
    private org.ogireview.gui.team.TeamWatch teamWatch;
    /** View ▸ Findings across reports, while it is open; made again when the language changes. */
    private org.ogireview.gui.collection.findings.FindingsWindow findings;
    /** View ▸ Collection (gui/collection), made on first use and kept while the desk is open. */
    private org.ogireview.gui.collection.CollectionWindow collection;
    private ReviewCommands commands;

    public Desk(DeskSetup setup) {
        this.setup = setup;
        this.placement = new WindowPlacement(setup.preferences());
    }

    /** What File ▸ Connect to a team database does; set before {@link #show}. */
    public void setOnConnect(Runnable action) {
        this.onConnect = action;
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
        placement.place(stage);
        stage.setOnCloseRequest(e -> close());
        stage.show();
        watchTeam();
        Platform.runLater(() -> {
            placement.applyDividers(split);
            listView.table().requestFocus();
        });
        model.start(setup.loadSamplesWhenEmpty(), () -> {
            // the full check and the day's backup wait until the list shows (see DailyCheck)
            org.ogireview.gui.common.BackgroundCheck.start(setup.store(), () -> messages, () -> dialogs,
                    () -> model.statusProperty());
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
        placement.save(stage, split);
        background.close();
        if (teamWatch != null) {
            teamWatch.close();
        }
        if (collection != null) {
            collection.close();
        }
        if (findings != null) {
            findings.close();
        }
    }

    /**
     * On a team database, reloads the report list whenever another coder changed something (polled in the background
     * every few seconds; see {@link org.ogireview.gui.team.TeamWatch}); nothing to watch on an H2 file.
     */
    private void watchTeam() {
        if (!setup.store().isTeamDatabase() || teamWatch != null) {
            return;
        }
        teamWatch = org.ogireview.gui.team.TeamWatch.start(() -> {
            try {
                return setup.store().changeMark().map(mark -> mark);
            } catch (org.ogireview.store.StoreException | RuntimeException e) {
                return java.util.Optional.empty(); // the server is away: look again next time
            }
        }, () -> {
            if (model != null && !model.busyProperty().get()) {
                model.list().refresh();
            }
        });
    }

    /** Rebuilds the window in another language, keeping the open report and the selected field. */
    public void switchLanguage(Locale locale) {
        model.form().commitPending();
        setup.preferences().setLocale(locale);
        placement.save(stage, split);
        Long open = model.session().current() == null ? null : model.session().current().id();
        String selected = model.session().selectedKeyProperty().get();
        build(open, selected);
        Platform.runLater(() -> placement.applyDividers(split));
    }

    private void build(Long reopen, String reselect) {
        messages = Messages.forLocale(setup.preferences().locale());
        dialogs = setup.dialogs().apply(() -> stage, messages);
        ReviewSession session = new ReviewSession(setup.store(), new Checker(), dialogs, setup.preferences(),
                messages);
        model = new DeskViewModel(session, background, setup.importer(), setup.exporter());
        if (collection != null) {
            collection.relabel(messages, dialogs);
        }
        if (findings != null && findings.isShowing()) {
            // made again over the new session, in the new language (the old one would mark findings through a
            // session the desk no longer shows)
            findings.close();
            findings = null;
            Platform.runLater(this::showFindings);
        }
        session.setBeforeLeave(() -> model.form().commitPending());

        MenuItem assign = new MenuItem(messages.get("menu.edit.assign"));
        assign.setId("menuAssign");
        assign.setAccelerator(new KeyCodeCombination(KeyCode.A, KeyCombination.SHORTCUT_DOWN,
                KeyCombination.SHIFT_DOWN));
        assign.setOnAction(e -> assignSelection());

        listView = new ReportListView(model.list(), session);
        review = new ReviewFlowViewModel(session, model.form(), () -> List.copyOf(listView.table().getItems()));
        commands = new ReviewCommands(review, session, model.form(), model.statusProperty());
        documentPane = new DocumentPane(model.document(), model.pages(), session, assign);
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
        root.setBottom(DeskStatusBar.of(model, messages, setup.store().location()));
        if (stage.getScene() == null) {
            double[] size = placement.size();
            Scene scene = new Scene(root, size[0], size[1]);
            DeskStyle.apply(scene);
            stage.setScene(scene);
        } else {
            stage.getScene().setRoot(root);
        }
        stage.setTitle(messages.format("window.title", setup.store().location()));
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
        MenuItem coder = item("menuCoder", m.get("menu.file.coder"), null, model::changeCoder);
        MenuItem quit = item("menuQuit", m.get("menu.file.quit"), KeyCode.Q, () -> {
            close();
            stage.close();
        });
        importItem.disableProperty().bind(model.busyProperty());
        exportItem.disableProperty().bind(model.busyProperty());
        Menu file = new Menu(m.get("menu.file"), null, importItem, exportItem, new SeparatorMenuItem(), coder,
                new SeparatorMenuItem(), quit);
        file.setId("menuFile");
        if (onConnect != null) {
            file.getItems().add(file.getItems().indexOf(coder), item("menuConnect", m.get("menu.file.connect"), null,
                    onConnect));
        }
        DatabaseCare care = new DatabaseCare(setup.store(), dialogs, m, () -> quit.fire());
        file.getItems().addAll(file.getItems().indexOf(coder), care.menuItems());
        care.warnIfReadOnly();

        MenuItem undo = item("menuUndo", m.get("menu.edit.undo"), KeyCode.Z, this::undo);
        MenuItem redo = item("menuRedo", m.get("menu.edit.redo"), null, this::redo);
        redo.setAccelerator(REDO);
        // Ctrl+Enter confirms like the field's ✓ button (storing a typed change first) and goes on to the next
        // figure that needs attention, so a report can be reviewed without the mouse.
        MenuItem confirm = item("menuConfirm", m.get("menu.edit.confirm"), KeyCode.ENTER, () -> commands.confirmAndNext());
        MenuItem confirmAll = item("menuConfirmAll", m.get("menu.edit.confirmAll"), null, () -> commands.confirmAllPassing());
        confirmAll.setAccelerator(new KeyCodeCombination(KeyCode.ENTER, KeyCombination.SHORTCUT_DOWN,
                KeyCombination.SHIFT_DOWN));
        MenuItem nextAttention = item("menuNextAttention", m.get("menu.edit.nextAttention"), null,
                () -> commands.nextNeedingAttention());
        nextAttention.setAccelerator(new KeyCodeCombination(KeyCode.F8));
        MenuItem markPublished = item("menuMarkPublished", m.get("menu.edit.markPublished"), null,
                () -> commands.markSelectedAsPublished());
        markPublished.setAccelerator(new KeyCodeCombination(KeyCode.P, KeyCombination.SHORTCUT_DOWN,
                KeyCombination.SHIFT_DOWN));
        MenuItem add = item("menuAddField", m.get("menu.edit.addField"), null, this::addField);
        MenuItem addOwn = new org.ogireview.gui.own.OwnFigureAction(model.session(), () -> stage,
                () -> documentView.area(), model.statusProperty(), m).menuItem();
        javafx.beans.binding.BooleanBinding noReport = model.session().currentProperty().isNull();
        for (MenuItem i : List.of(undo, redo, assign, add, confirm, confirmAll, nextAttention, markPublished)) {
            i.disableProperty().bind(noReport);
        }
        MenuItem bodies = item("menuBodies", m.get("menu.edit.bodies"), null, () -> BodiesDialog.show(stage,
                setup.store(), model.session()::coder, dialogs, messages)); // the dataset's bodies
        bodies.setDisable(!BodiesDialog.available(setup.store()));
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
        MenuItem collectionItem = item("menuCollection", m.get("menu.view.collection"), null, this::showCollection);
        collectionItem.setAccelerator(new KeyCodeCombination(KeyCode.C, KeyCombination.SHORTCUT_DOWN,
                KeyCombination.SHIFT_DOWN));
        Menu view = new Menu(m.get("menu.view"), null, nextReport, previousReport, new SeparatorMenuItem(), history,
                collectionItem, new SeparatorMenuItem(), language, new SeparatorMenuItem());
        // issue 12 (findings): the collection's findings in a window of their own (gui/collection/findings)
        view.getItems().add(0, item("menuFindings", m.get("menu.view.findings"), null, this::showFindings));
        view.getItems().add(1, new SeparatorMenuItem());
        view.getItems().addAll(documentPane.viewMenuItems());
        view.setId("menuView");

        MenuItem about = item("menuAbout", m.get("menu.help.about"), null,
                () -> dialogs.showInfo(m.get("about.title"), m.format("about.text", setup.store().location())));
        MenuItem shortcuts = item("menuShortcuts", m.get("menu.help.shortcuts"), null, () -> { });
        shortcuts.setAccelerator(new KeyCodeCombination(KeyCode.F1));
        Menu help = new Menu(m.get("menu.help"), null, shortcuts, new SeparatorMenuItem(), about);
        MenuBar bar = new MenuBar(file, edit, view, new org.ogireview.gui.coding.CodingMenu(() -> stage,
                model.session(), () -> model.list().reports(), model.statusProperty(), dialogs, m).menu(), help);
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

    private void importFiles() {
        ImportDialog dialog = new ImportDialog(stage, new ImportPlanViewModel(), dialogs, setup.preferences(),
                messages);
        dialog.ask().ifPresent(items -> model.importFiles(items, null));
    }

    private void exportCsv() {
        List<Long> filtered = listView.table().getItems().stream().map(ReportSummary::id).toList();
        List<Long> selected = listView.table().getSelectionModel().getSelectedItems().stream()
                .filter(java.util.Objects::nonNull).map(ReportSummary::id).toList();
        new ExportAction(() -> stage, dialogs, messages, setup.preferences(), model.form()::commitPending,
                new ExportAction.Runner() {
                    @Override
                    public void csv(ExportLayout layout, boolean bom, Path target, ExportSelection selection) {
                        model.export(layout, bom, target, selection, null);
                    }

                    @Override
                    public void dataset(DatasetLayout layout, Path target, ExportSelection selection) {
                        model.exportDataset(layout, target, selection);
                    }
                }).run(new ExportViewModel(model.list().total(), filtered, selected));
    }

    /** The findings across reports (gui/collection/findings); brought to the front when already open. */
    public org.ogireview.gui.collection.findings.FindingsWindow showFindings() {
        if (findings == null || !findings.isShowing()) {
            findings = new org.ogireview.gui.collection.findings.FindingsWindow(stage, model.session(),
                    background.executor());
        }
        findings.show();
        findings.toFront();
        return findings;
    }

    /** The collection window: coverage, a body across years, a year across bodies; a click opens a report here. */
    public org.ogireview.gui.collection.CollectionWindow showCollection() {
        if (collection == null) {
            collection = new org.ogireview.gui.collection.CollectionWindow(stage, setup.store(), messages, dialogs,
                    (id, key) -> {
                        model.form().commitPending();
                        if (model.session().open(id) && key != null) {
                            model.session().selectedKeyProperty().set(key);
                        }
                        stage.toFront();
                    });
        }
        collection.show();
        return collection;
    }

    private void assignSelection() {
        StyleClassedTextArea area = documentView.area();
        var selection = area.getSelection();
        model.assignSelection(selection.getStart(), selection.getEnd());
    }

    private void showHistory() {
        ReportHistory.ofOpenReport(model.session(), model.form()).ifPresent(h ->
                new HistoryDialog(stage, h.fileName(), h.entries(), messages).showAndWait());
    }

    /** True while the selected field's editor holds typing not stored yet (or the focus is in another text box). */
    private boolean typing() {
        var field = model.form().selectedProperty().get();
        var owner = stage.getScene().getFocusOwner();
        boolean inFormEditor = owner != null && owner.getId() != null && owner.getId().startsWith("field-");
        return !inFormEditor || (field != null && field.pending());
    }

    /** Inside an editor the shortcut undoes the typing, as everywhere else; elsewhere the last stored change. */
    private void undo() {
        if (typing() && stage.getScene().getFocusOwner() instanceof TextInputControl input && input.isUndoable()) {
            input.undo();
        } else {
            model.undo();
        }
    }

    private void redo() {
        if (typing() && stage.getScene().getFocusOwner() instanceof TextInputControl input && input.isRedoable()) {
            input.redo();
        } else {
            model.redo();
        }
    }

    private void addField() {
        model.form().addChosen();
    }

    /** For tests: the root of the window. */
    Parent root() {
        return stage.getScene().getRoot();
    }
}
