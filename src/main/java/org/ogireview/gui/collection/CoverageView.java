package org.ogireview.gui.collection;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.ogireview.export.collection.CollectionReport;
import org.ogireview.export.collection.Coverage;
import org.ogireview.export.collection.CoverageState;
import org.ogireview.gui.common.Messages;

import java.util.ArrayList;
import java.util.List;

/**
 * The coverage grid: a line per body, a column per year, each cell the state of the body's report that year; the
 * year's counts under its header, the body's at the end of its line. Filters above; a click on a cell opens the
 * report in the desk.
 */
final class CoverageView extends BorderPane {

    private final CoverageViewModel model;
    private final CollectionText text;
    private final Messages m;
    private final ReportOpener opener;
    private final TableView<Coverage.Row> table = new TableView<>();
    private final Label shown = new Label();

    CoverageView(CoverageViewModel model, CollectionText text, ReportOpener opener) {
        this.model = model;
        this.text = text;
        this.m = text.messages();
        this.opener = opener;
        setId("coverageView");
        table.setId("coverageTable");
        table.setPlaceholder(new Label(m.get("collection.loading")));
        table.getSelectionModel().setCellSelectionEnabled(true);
        setTop(filters());
        setCenter(table);
        setBottom(legend());
        model.coverageProperty().addListener((obs, old, now) -> show(now));
        show(model.coverageProperty().get());
    }

    private FlowPane filters() {
        String any = m.get("collection.any");
        ComboBox<?> province = Choices.box("coverageProvince", model.provinces(), model.provinceProperty(),
                d -> d.name(), any);
        ComboBox<?> city = Choices.box("coverageCity", model.cities(), model.cityProperty(), d -> d.name(), any);
        ComboBox<?> county = Choices.box("coverageCounty", model.counties(), model.countyProperty(), d -> d.name(),
                any);
        ComboBox<?> kind = Choices.box("coverageKind", model.kinds(), model.kindProperty(), text::kind, any);
        ComboBox<?> from = Choices.box("coverageFrom", model.years(), model.fromYearProperty(), String::valueOf, any);
        ComboBox<?> to = Choices.box("coverageTo", model.years(), model.toYearProperty(), String::valueOf, any);
        city.disableProperty().bind(model.provinceProperty().isNull());
        county.disableProperty().bind(model.cityProperty().isNull());
        Button clear = new Button(m.get("collection.filter.clear"));
        clear.setId("coverageClear");
        clear.setOnAction(e -> model.clearFilters());
        FlowPane bar = new FlowPane(8, 6, labelled("collection.filter.province", province),
                labelled("collection.filter.city", city), labelled("collection.filter.county", county),
                labelled("collection.filter.kind", kind), labelled("collection.filter.from", from),
                labelled("collection.filter.to", to), clear);
        bar.setPadding(new Insets(6, 8, 6, 8));
        return bar;
    }

    private HBox labelled(String key, javafx.scene.Node control) {
        HBox box = new HBox(4, new Label(m.get(key)), control);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    private HBox legend() {
        HBox legend = new HBox(12);
        legend.setPadding(new Insets(6, 8, 6, 8));
        legend.setAlignment(Pos.CENTER_LEFT);
        for (CoverageState s : CoverageState.values()) {
            Label l = new Label(mark(s) + " " + text.state(s));
            l.getStyleClass().addAll("coverage-cell", "coverage-" + s.code());
            legend.getChildren().add(l);
        }
        shown.setId("coverageShown");
        Label hint = new Label(m.get("collection.coverage.hint"));
        hint.getStyleClass().add("collection-hint");
        legend.getChildren().addAll(shown, hint);
        return legend;
    }

    /** A short sign for a state, so the grid reads without colour too. */
    static String mark(CoverageState s) {
        return switch (s) {
            case MISSING -> "·";
            case NEEDS_MANUAL -> "✎";
            case NEW -> "○";
            case IN_PROGRESS -> "◐";
            case VERIFIED -> "✔";
        };
    }

    private void show(Coverage c) {
        table.getColumns().clear();
        if (c == null) {
            table.getItems().clear();
            return;
        }
        TableColumn<Coverage.Row, String> body = new TableColumn<>(m.get("collection.col.body"));
        body.setCellValueFactory(r -> new ReadOnlyObjectWrapper<>(r.getValue().body().name()));
        body.setPrefWidth(200);
        TableColumn<Coverage.Row, String> division = new TableColumn<>(m.get("collection.col.division"));
        division.setCellValueFactory(r -> new ReadOnlyObjectWrapper<>(text.division(r.getValue().body()
                .divisionCode())));
        division.setPrefWidth(80);
        TableColumn<Coverage.Row, String> kind = new TableColumn<>(m.get("collection.col.kind"));
        kind.setCellValueFactory(r -> new ReadOnlyObjectWrapper<>(text.kind(r.getValue().body().kind())));
        kind.setPrefWidth(90);
        List<TableColumn<Coverage.Row, ?>> columns = new ArrayList<>(List.of(body, division, kind));
        for (int year : c.years()) {
            columns.add(yearColumn(c, year));
        }
        TableColumn<Coverage.Row, Integer> reports = new TableColumn<>(m.get("collection.col.reports"));
        reports.setCellValueFactory(r -> new ReadOnlyObjectWrapper<>(r.getValue().reports()));
        reports.setPrefWidth(70);
        TableColumn<Coverage.Row, Integer> verified = new TableColumn<>(m.get("collection.col.verified"));
        verified.setCellValueFactory(r -> new ReadOnlyObjectWrapper<>(r.getValue().count(CoverageState.VERIFIED)));
        verified.setPrefWidth(70);
        columns.add(reports);
        columns.add(verified);
        table.getColumns().setAll(columns);
        table.getItems().setAll(c.rows());
        shown.setText(m.format("collection.coverage.shown", c.rows().size(), c.progress().reports()));
    }

    private TableColumn<Coverage.Row, Coverage.Cell> yearColumn(Coverage c, int year) {
        TableColumn<Coverage.Row, Coverage.Cell> col = new TableColumn<>();
        String title = year == Coverage.UNKNOWN_YEAR ? m.get("collection.year.unknown") : Integer.toString(year);
        Label head = new Label(title + "\n" + c.present(year) + "/" + c.rows().size());
        head.setTooltip(new Tooltip(title + ": " + m.format("collection.year.count", c.present(year),
                c.rows().size()) + "\n" + counts(c, year)));
        head.getStyleClass().add("coverage-year-head");
        col.setGraphic(head);
        col.setSortable(false);
        col.setPrefWidth(52);
        col.setCellValueFactory(r -> new ReadOnlyObjectWrapper<>(r.getValue().cell(year)));
        col.setCellFactory(x -> new CoverageCell(year));
        return col;
    }

    private String counts(Coverage c, int year) {
        StringBuilder b = new StringBuilder();
        for (CoverageState s : CoverageState.values()) {
            int n = c.count(year, s);
            if (n > 0) {
                b.append(b.length() == 0 ? "" : " · ").append(text.state(s)).append(' ').append(n);
            }
        }
        return b.toString();
    }

    /** One body-year: its sign on its state's colour; a click opens the report. */
    private final class CoverageCell extends TableCell<Coverage.Row, Coverage.Cell> {
        private final int year;

        CoverageCell(int year) {
            this.year = year;
            setAlignment(Pos.CENTER);
            setOnMouseClicked(e -> {
                Coverage.Cell cell = getItem();
                if (cell != null && cell.first() != null) {
                    opener.open(cell.first().reportId(), null);
                }
            });
        }

        @Override
        protected void updateItem(Coverage.Cell cell, boolean empty) {
            super.updateItem(cell, empty);
            getStyleClass().removeIf(s -> s.startsWith("coverage-"));
            Coverage.Row row = empty || getTableRow() == null ? null : getTableRow().getItem();
            if (empty || cell == null || row == null) {
                setText(null);
                setTooltip(null);
                setId(null);
                return;
            }
            getStyleClass().addAll("coverage-cell", "coverage-" + cell.state().code());
            setId("cov-" + row.body().key() + "-" + year);
            setText(mark(cell.state()) + (cell.reports().size() > 1 ? cell.reports().size() : ""));
            String yearText = year == Coverage.UNKNOWN_YEAR ? m.get("collection.year.unknown")
                    : Integer.toString(year);
            CollectionReport r = cell.first();
            setTooltip(new Tooltip(r == null ? m.format("collection.cell.missing", row.body().name(), yearText)
                    : m.format("collection.cell.tip", row.body().name(), yearText, text.state(cell.state()),
                    r.fileName(), r.reviewed(), r.figures(), r.openChecks())
                    + (cell.reports().size() > 1 ? m.format("collection.cell.more", cell.reports().size()) : "")));
        }
    }

    TableView<Coverage.Row> table() {
        return table;
    }
}
