package org.ogireview.gui.reportlist;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.transformation.SortedList;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.ogireview.gui.common.Messages;
import org.ogireview.gui.common.OpenReport;
import org.ogireview.gui.common.ReviewSession;
import org.ogireview.model.ReportFormat;
import org.ogireview.store.ReportSummary;

import java.util.Comparator;
import java.util.function.Function;

/** The report list: the filters over a sortable table. Selecting a row opens the report. */
public final class ReportListView extends VBox {

    private final TableView<ReportSummary> table = new TableView<>();
    private final ReportListViewModel model;
    private boolean following;

    public ReportListView(ReportListViewModel model, ReviewSession session) {
        this.model = model;
        Messages m = session.messages();
        getStyleClass().add("report-list");
        setSpacing(6);
        setPadding(new Insets(8, 6, 8, 8));

        Label count = new Label();
        count.setId("listCount");
        count.getStyleClass().add("list-count");
        Runnable recount = () -> count.setText(m.format("list.count", model.reports().size(), model.total()));
        model.reports().addListener((javafx.collections.ListChangeListener<ReportSummary>) c -> recount.run());
        recount.run();
        Node filters = new ReportFilterBar(model, m, count);

        table.setId("reportTable");
        table.setPlaceholder(new Label(m.get("list.empty")));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TableColumn<ReportSummary, String> region = column(m.get("list.col.region"), r -> regionOf(r, m), 96);
        region.setId("colRegion");
        region.setCellFactory(c -> new ReportNameCell());
        TableColumn<ReportSummary, Integer> year = column(m.get("list.col.year"), ReportSummary::year, 46);
        year.setId("colYear");
        // A squeezed list must still show the whole year, format, state and counts; the region column gives way
        // instead (down to a few characters), and below that the table scrolls sideways.
        region.setMinWidth(40);
        year.setMinWidth(40);
        TableColumn<ReportSummary, ReportFormat> format = column(m.get("list.col.format"), ReportSummary::format, 76);
        format.setId("colFormat");
        format.setMinWidth(76);
        // One name per format everywhere (list, form, filter, title): the bundle's format.* word.
        format.setCellFactory(c -> textCell(f -> f == null ? "" : m.get("format." + f.code())));
        TableColumn<ReportSummary, ReportSummary> figures = column(m.get("list.col.figures"), r -> r, 58);
        figures.setId("colFigures");
        figures.setMinWidth(54);
        figures.setComparator(Comparator.comparingDouble(ReportListView::progress)
                .thenComparingInt(ReportSummary::figures));
        figures.setCellFactory(c -> textCell(r -> r.reviewed() + "/" + r.figures()));
        TableColumn<ReportSummary, Integer> checks = column(m.get("list.col.checks"), ReportSummary::openChecks, 52);
        checks.setId("colChecks");
        checks.setMinWidth(m.chinese() ? 40 : 50);
        checks.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(Integer item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : item.toString());
                getStyleClass().remove("open-checks");
                if (!empty && item != null && item > 0) {
                    getStyleClass().add("open-checks");
                }
            }
        });
        // The review state in words (and colour, from the row's style class), kept current by the session's summary.
        TableColumn<ReportSummary, org.ogireview.model.ReviewState> state = column(m.get("list.col.state"),
                ReportSummary::state, 72);
        state.setId("colState");
        // "Not started" / "In progress" / 未开始 whole, not "No..."
        state.setMinWidth(m.chinese() ? 54 : 74);
        state.setCellFactory(c -> textCell(st -> m.get("state." + st.code())));
        for (TableColumn<ReportSummary, ?> c : java.util.List.of(year, format, figures, checks)) {
            c.setStyle("-fx-alignment: center-right;");
        }
        format.setStyle("-fx-alignment: center-left;");
        state.setStyle("-fx-alignment: center-left;"); // rows are two lines high (region, file): centre every cell
        table.getColumns().setAll(java.util.List.of(region, year, format, state, figures, checks));
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(ReportSummary item, boolean empty) {
                super.updateItem(item, empty);
                getStyleClass().removeAll("state-new", "state-in_progress", "state-verified", "needs-manual");
                setTooltip(null);
                if (!empty && item != null) {
                    getStyleClass().add("state-" + item.state().code());
                    if (item.needsManual() != null) {
                        getStyleClass().add("needs-manual");
                    }
                    setTooltip(new Tooltip(regionOf(item, m) + "  " + (item.year() == null ? "" : item.year())
                            + "\n" + item.fileName() + "\n" + m.get("format." + (item.format() == null
                            ? "narrative" : item.format().code())) + "\n" + m.get("state." + item.state().code())
                            + (item.needsManual() == null ? "" : "\n" + item.needsManual().in(m.locale()))));
                }
            }
        });

        SortedList<ReportSummary> sorted = new SortedList<>(model.reports());
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        VBox.setVgrow(table, Priority.ALWAYS);

        // Several rows may be selected (Ctrl/Shift+click) for File ▸ Export; the row clicked last is the one open.
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (!following && now != null) {
                if (!session.open(now.id())) {
                    following = true;
                    if (old == null) {
                        table.getSelectionModel().clearSelection();
                    } else {
                        table.getSelectionModel().clearAndSelect(table.getItems().indexOf(old));
                    }
                    following = false;
                }
            }
        });
        session.currentProperty().addListener((obs, old, now) -> follow(now));
        follow(session.current());
        getChildren().addAll(filters, table);
    }

    /** The narrowest the list may get with every column whole (the region column at its narrowest). */
    public double minimumWidth() {
        return table.getColumns().stream().mapToDouble(TableColumn::getMinWidth).sum() + getPadding().getLeft()
                + getPadding().getRight() + 18; // the table's border and its vertical scroll bar
    }

    public TableView<ReportSummary> table() {
        return table;
    }

    /** Keeps the highlighted row on the open report (after a refresh, an undo or a restart). */
    private void follow(OpenReport open) {
        following = true;
        try {
            if (open == null) {
                table.getSelectionModel().clearSelection();
                return;
            }
            ReportSummary selected = table.getSelectionModel().getSelectedItem();
            if (selected == null || selected.id() != open.id()) {
                table.getItems().stream().filter(r -> r.id() == open.id()).findFirst().ifPresent(r -> {
                    table.getSelectionModel().clearAndSelect(table.getItems().indexOf(r));
                    table.scrollTo(r);
                });
            }
        } finally {
            following = false;
        }
    }

    private static double progress(ReportSummary r) {
        return r.figures() == 0 ? 0 : (double) r.reviewed() / r.figures();
    }

    private static String regionOf(ReportSummary r, Messages m) {
        return r.region() == null || r.region().isBlank() ? r.fileName() : r.region();
    }

    private static <T> TableColumn<ReportSummary, T> column(String title, Function<ReportSummary, T> value,
                                                           double width) {
        TableColumn<ReportSummary, T> c = new TableColumn<>(title);
        c.setCellValueFactory(cd -> new ReadOnlyObjectWrapper<>(cd.getValue() == null ? null
                : value.apply(cd.getValue())));
        c.setPrefWidth(width);
        return c;
    }

    private static <T> TableCell<ReportSummary, T> textCell(Function<T, String> text) {
        return new TableCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : text.apply(item));
            }
        };
    }
}
