package org.ogireview.gui.collection;

import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.ogireview.export.collection.CoverageState;
import org.ogireview.export.collection.Progress;
import org.ogireview.gui.common.AppIcons;
import org.ogireview.gui.common.DeskStyle;
import org.ogireview.gui.common.DialogService;
import org.ogireview.gui.common.Messages;
import org.ogireview.store.ReportStore;

import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The collection window (View ▸ Collection): the whole collection's progress on top, and three tabs: coverage
 * (bodies × years), one body across years, one year across bodies. It reads the store on a thread of its own, so
 * an import running in the desk does not hold it up, and follows the desk's language switch.
 */
public final class CollectionWindow {

    private final Stage stage = new Stage();
    private final CollectionViewModel model;
    private final ReportStore store;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "ogi-collection-reader");
        t.setDaemon(true);
        return t;
    });
    private final ReportOpener opener;
    private DialogService dialogs;
    private Messages messages;
    private TabPane tabs;
    private final Label said = new Label();

    public CollectionWindow(Window owner, ReportStore store, Messages messages, DialogService dialogs,
                            ReportOpener opener) {
        this.store = store;
        this.messages = messages;
        this.dialogs = dialogs;
        this.opener = opener;
        this.model = new CollectionViewModel(store, worker, Platform::runLater, messages.locale());
        stage.initOwner(owner);
        stage.setUserData(this); // how a test finds the window's model
        stage.getIcons().setAll(AppIcons.load());
        build();
        Scene scene = stage.getScene();
        stage.setWidth(Math.min(1400, owner == null ? 1400 : Math.max(1000, owner.getWidth())));
        stage.setHeight(Math.min(900, owner == null ? 900 : Math.max(700, owner.getHeight())));
        Objects.requireNonNull(scene);
    }

    public Stage stage() {
        return stage;
    }

    public CollectionViewModel model() {
        return model;
    }

    /** Shows the window (or brings it to the front) and reads the collection afresh. */
    public void show() {
        stage.show();
        stage.toFront();
        model.reload();
    }

    /** Builds the window's content again in another language, keeping what is chosen. */
    public void relabel(Messages newMessages, DialogService newDialogs) {
        this.messages = newMessages;
        this.dialogs = newDialogs;
        int tab = tabs == null ? 0 : tabs.getSelectionModel().getSelectedIndex();
        build();
        tabs.getSelectionModel().select(tab);
    }

    public void close() {
        stage.close();
        worker.shutdownNow();
    }

    private void build() {
        Messages m = messages;
        CollectionText text = new CollectionText(m);
        tabs = new TabPane();
        tabs.setId("collectionTabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        Tab coverage = new Tab(m.get("collection.tab.coverage"), new CoverageView(model.coverage(), text, opener));
        coverage.setId("tabCoverage");
        Tab series = new Tab(m.get("collection.tab.series"), new SeriesView(model.series(), text, opener, dialogs,
                said::setText));
        series.setId("tabSeries");
        Tab ranking = new Tab(m.get("collection.tab.ranking"), new RankingView(model.ranking(), text, opener,
                dialogs, said::setText));
        ranking.setId("tabRanking");
        tabs.getTabs().setAll(coverage, series, ranking);
        BorderPane root = new BorderPane(tabs);
        root.setId("collectionRoot");
        root.setTop(progressBar(text));
        if (stage.getScene() == null) {
            Scene scene = new Scene(root, 1280, 800);
            DeskStyle.apply(scene);
            scene.getStylesheets().add(Objects.requireNonNull(CollectionWindow.class.getResource(
                    "/org/ogireview/gui/collection/collection.css")).toExternalForm());
            stage.setScene(scene);
        } else {
            stage.getScene().setRoot(root);
        }
        stage.setTitle(m.format("collection.title", store.path() == null ? "" : store.path().getFileName()));
    }

    /** The whole collection at a glance: figures reviewed and reports verified, as bars and numbers. */
    private HBox progressBar(CollectionText text) {
        Messages m = messages;
        ProgressBar figures = new ProgressBar(0);
        figures.setId("collectionFiguresBar");
        figures.setPrefWidth(160);
        Label figuresText = new Label();
        figuresText.setId("collectionFigures");
        ProgressBar reports = new ProgressBar(0);
        reports.setId("collectionReportsBar");
        reports.setPrefWidth(160);
        Label reportsText = new Label();
        reportsText.setId("collectionReports");
        Label states = new Label();
        states.setId("collectionStates");
        states.getStyleClass().add("collection-hint");
        ProgressIndicator busy = new ProgressIndicator();
        busy.setPrefSize(18, 18);
        busy.visibleProperty().bind(model.loadingProperty().or(model.series().loadingProperty())
                .or(model.ranking().loadingProperty()));
        Label error = new Label();
        error.setId("collectionError");
        error.setStyle("-fx-text-fill: #b00000;");
        error.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> {
            String e = model.errorProperty().get();
            if (e.isEmpty()) {
                e = model.series().errorProperty().get();
            }
            if (e.isEmpty()) {
                e = model.ranking().errorProperty().get();
            }
            return e.isEmpty() ? "" : m.format("collection.failed", e);
        }, model.errorProperty(), model.series().errorProperty(), model.ranking().errorProperty()));
        Button refresh = new Button(m.get("collection.refresh"));
        refresh.setId("collectionRefresh");
        refresh.setOnAction(e -> model.reload());
        said.setId("collectionSaid");
        Runnable fill = () -> {
            Progress p = model.progress();
            if (p == null) {
                figuresText.setText(m.get("collection.loading"));
                return;
            }
            figures.setProgress(p.reviewedShare());
            reports.setProgress(p.verifiedShare());
            figuresText.setText(m.format("collection.progress.figures", text.number(p.reviewed()),
                    text.number(p.figures()), text.percent(p.reviewedShare())));
            reportsText.setText(m.format("collection.progress.reports", text.number(p.verified()),
                    text.number(p.reports()), text.percent(p.verifiedShare())));
            states.setText(m.format("collection.progress.states", p.count(CoverageState.NEW),
                    p.count(CoverageState.IN_PROGRESS), p.count(CoverageState.NEEDS_MANUAL)));
        };
        model.snapshotProperty().addListener((obs, old, now) -> fill.run());
        fill.run();
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox bar = new HBox(10, figures, figuresText, reports, reportsText, states, gap, said, error, busy, refresh);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(6, 8, 6, 8));
        bar.getStyleClass().add("collection-progress");
        return bar;
    }
}
