package org.ogireview.gui.collection;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Spinner;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.util.StringConverter;
import org.ogireview.export.collection.Measure;
import org.ogireview.export.collection.Measures;
import org.ogireview.export.collection.SvgChart;
import org.ogireview.export.collection.YearRanking;
import org.ogireview.gui.common.DialogService;
import org.ogireview.gui.common.Messages;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * One year across bodies: a horizontal bar per body, sorted, for a figure or a ratio, with the bodies of one
 * division or kind. The table behind it ranks every body; a click on a bar opens that report at the figure.
 */
final class RankingView extends BorderPane {

    private static final double BAR_ROW = 24;

    private final RankingViewModel model;
    private final CollectionText text;
    private final Messages m;
    private final ReportOpener opener;
    private final NumberAxis valueAxis = new NumberAxis();
    private final CategoryAxis bodyAxis = new CategoryAxis();
    private final BarChart<Number, String> chart = new BarChart<>(valueAxis, bodyAxis);
    private final TableView<YearRanking.Row> table = new TableView<>();
    private final Label summary = new Label();
    private final ScrollPane scroll = new ScrollPane(chart);

    RankingView(RankingViewModel model, CollectionText text, ReportOpener opener, DialogService dialogs,
                Consumer<String> said) {
        this.model = model;
        this.text = text;
        this.m = text.messages();
        this.opener = opener;
        setId("rankingView");
        chart.setId("rankingChart");
        chart.setAnimated(false);
        chart.setLegendVisible(false);
        chart.setCategoryGap(4);
        valueAxis.setForceZeroInRange(true);
        table.setId("rankingTable");
        scroll.setFitToWidth(true);
        scroll.setId("rankingScroll");
        scroll.viewportBoundsProperty().addListener((obs, old, now) -> fitHeight(now.getHeight()));
        ChartPane pane = new ChartPane("ranking", controls(), scroll, table, this::svg, this::fileName, dialogs, m,
                said);
        setCenter(pane);
        summary.setId("rankingSummary");
        summary.getStyleClass().add("collection-hint");
        summary.setPadding(new javafx.geometry.Insets(4, 8, 6, 8));
        setBottom(summary);
        model.resultProperty().addListener((obs, old, now) -> show());
        model.ascendingProperty().addListener((obs, old, now) -> show());
        model.shownProperty().addListener((obs, old, now) -> show());
        show();
    }

    private Node controls() {
        String any = m.get("collection.any");
        ComboBox<Integer> year = Choices.box("rankingYear", model.years(), model.yearProperty(), String::valueOf,
                null);
        ComboBox<Measure> measure = Choices.box("rankingMeasure", javafx.collections.FXCollections
                .observableArrayList(Measures.ALL), model.measureProperty(), text::measure, null);
        ComboBox<?> division = Choices.box("rankingDivision", model.divisions(), model.divisionProperty(),
                d -> (d.code().endsWith("0000") ? "" : "  ") + d.name(), any);
        ComboBox<?> kind = Choices.box("rankingKind", model.kinds(), model.kindProperty(), text::kind, any);
        CheckBox ascending = new CheckBox(m.get("collection.ranking.ascending"));
        ascending.setId("rankingAscending");
        ascending.selectedProperty().bindBidirectional(model.ascendingProperty());
        Spinner<Integer> shown = new Spinner<>(5, 500, model.shownProperty().get(), 5);
        shown.setId("rankingShown");
        shown.setEditable(true);
        shown.setPrefWidth(80);
        shown.valueProperty().addListener((obs, old, now) -> model.shownProperty().set(now));
        FlowPane bar = new FlowPane(8, 4, labelled("collection.ranking.year", year),
                labelled("collection.ranking.measure", measure), labelled("collection.ranking.division", division),
                labelled("collection.filter.kind", kind), ascending, labelled("collection.ranking.shown", shown));
        bar.setPrefWrapLength(760);
        return bar;
    }

    private HBox labelled(String key, Node control) {
        HBox box = new HBox(4, new Label(m.get(key)), control);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    /** A bar a line high however few there are; many bars scroll rather than shrink. */
    private void fitHeight(double viewport) {
        int n = Math.max(1, chart.getData().isEmpty() ? 1 : chart.getData().get(0).getData().size());
        chart.setMinHeight(Math.max(Math.min(viewport - 2, 320), n * BAR_ROW + 110));
        chart.setPrefHeight(chart.getMinHeight());
        chart.setMaxHeight(chart.getMinHeight());
    }

    private void show() {
        YearRanking.Result r = model.resultProperty().get();
        chart.getData().clear();
        table.getColumns().clear();
        table.getItems().clear();
        if (r == null) {
            summary.setText("");
            return;
        }
        Measure measure = r.measure();
        chart.setTitle(text.measure(measure) + " · " + r.year());
        valueAxis.setLabel(text.measure(measure));
        valueAxis.setTickLabelFormatter(new StringConverter<>() {
            @Override
            public String toString(Number n) {
                return text.value(measure, n.doubleValue());
            }

            @Override
            public Number fromString(String s) {
                return 0;
            }
        });
        List<YearRanking.Row> bars = model.bars();
        XYChart.Series<Number, String> series = new XYChart.Series<>();
        Map<String, Integer> seen = new HashMap<>();
        // the category axis draws its first category at the bottom: add the last bar first
        List<String> categories = new ArrayList<>();
        for (int i = bars.size() - 1; i >= 0; i--) {
            YearRanking.Row row = bars.get(i);
            String name = row.report().body().name();
            int n = seen.merge(name, 1, Integer::sum);
            String category = n == 1 ? name : name + " (" + n + ")";
            categories.add(category);
            XYChart.Data<Number, String> d = new XYChart.Data<>(row.value().value(), category);
            StackPane node = new StackPane();
            node.getStyleClass().add("ranking-bar");
            node.setId("bar-" + row.report().reportId());
            node.setCursor(javafx.scene.Cursor.HAND);
            Tooltip.install(node, new Tooltip(m.format("collection.ranking.tip", name, text.value(measure,
                    row.value()), text.status(row.value().status()), row.report().fileName())));
            node.setOnMouseClicked(e -> opener.open(row.report().reportId(), row.value().focusKey()));
            d.setNode(node);
            series.getData().add(d);
        }
        bodyAxis.getCategories().setAll(categories);
        chart.getData().add(series);
        fitHeight(scroll.getViewportBounds().getHeight());
        summary.setText(r.rows().isEmpty() ? m.format("collection.ranking.none", r.year())
                : m.format("collection.ranking.summary", r.rows().size(), r.without(), bars.size()));
        fillTable(r);
    }

    private void fillTable(YearRanking.Result r) {
        Measure measure = r.measure();
        TableColumn<YearRanking.Row, Integer> rank = new TableColumn<>(m.get("collection.col.rank"));
        rank.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(r.rows().indexOf(c.getValue()) + 1));
        rank.setPrefWidth(50);
        TableColumn<YearRanking.Row, String> body = new TableColumn<>(m.get("collection.col.body"));
        body.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().report().body().name()));
        body.setPrefWidth(220);
        TableColumn<YearRanking.Row, String> division = new TableColumn<>(m.get("collection.col.division"));
        division.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(text.division(c.getValue().report().body()
                .divisionCode())));
        TableColumn<YearRanking.Row, Double> value = new TableColumn<>(text.measure(measure));
        value.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().value().value()));
        value.setCellFactory(c -> new javafx.scene.control.TableCell<>() {
            @Override
            protected void updateItem(Double v, boolean empty) {
                super.updateItem(v, empty);
                setText(empty || v == null ? null : text.value(measure, v));
                setAlignment(Pos.CENTER_RIGHT);
            }
        });
        value.setPrefWidth(140);
        TableColumn<YearRanking.Row, String> status = new TableColumn<>(m.get("collection.col.status"));
        status.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(text.status(c.getValue().value().status())));
        TableColumn<YearRanking.Row, String> qualifier = new TableColumn<>(m.get("collection.col.qualifier"));
        qualifier.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(text.qualifier(c.getValue().value()
                .qualifier())));
        TableColumn<YearRanking.Row, String> file = new TableColumn<>(m.get("collection.col.file"));
        file.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().report().fileName()));
        file.setPrefWidth(200);
        table.getColumns().setAll(List.of(rank, body, division, value, status, qualifier, file));
        table.getItems().setAll(r.rows());
        table.setRowFactory(t -> {
            javafx.scene.control.TableRow<YearRanking.Row> row = new javafx.scene.control.TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && row.getItem() != null) {
                    opener.open(row.getItem().report().reportId(), row.getItem().value().focusKey());
                }
            });
            return row;
        });
    }

    private String svg() {
        YearRanking.Result r = model.resultProperty().get();
        if (r == null) {
            return SvgChart.bars("", "", List.of(), 900);
        }
        List<SvgChart.Bar> bars = new ArrayList<>();
        for (YearRanking.Row row : model.bars()) {
            bars.add(new SvgChart.Bar(row.report().body().name(), row.value().value(),
                    text.value(r.measure(), row.value())));
        }
        return SvgChart.bars(text.measure(r.measure()) + " · " + r.year(), text.measure(r.measure()), bars, 900);
    }

    private String fileName() {
        YearRanking.Result r = model.resultProperty().get();
        return r == null ? "ranking" : r.measure().id() + "-" + r.year();
    }

    BarChart<Number, String> chart() {
        return chart;
    }
}
