package org.ogireview.gui.collection;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.ogireview.export.collection.BodyRef;
import org.ogireview.export.collection.BodySeries;
import org.ogireview.export.collection.Measure;
import org.ogireview.export.collection.Measures;
import org.ogireview.export.collection.SvgChart;
import org.ogireview.gui.common.DialogService;
import org.ogireview.gui.common.Messages;
import org.ogireview.model.FigureStatus;
import org.ogireview.model.Qualifier;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * One body across years: the bodies on the left (type to narrow), the measures to draw above, and a line chart whose
 * points show each figure's status (filled: confirmed, open: auto, diamond: corrected), its qualifier (&gt; ≈ &lt;)
 * and a red ring when the figure is in a failed check. A click on a point opens the report at that figure.
 */
final class SeriesView extends BorderPane {

    private final SeriesViewModel model;
    private final CollectionText text;
    private final Messages m;
    private final ReportOpener opener;
    private final NumberAxis xAxis = new NumberAxis();
    private final NumberAxis yAxis = new NumberAxis();
    private final LineChart<Number, Number> chart = new LineChart<>(xAxis, yAxis);
    private final TableView<SeriesViewModel.Row> table = new TableView<>();
    private final Label empty = new Label();

    SeriesView(SeriesViewModel model, CollectionText text, ReportOpener opener, DialogService dialogs,
               Consumer<String> said) {
        this.model = model;
        this.text = text;
        this.m = text.messages();
        this.opener = opener;
        setId("seriesView");
        chart.setId("seriesChart");
        chart.setAnimated(false);
        chart.setCreateSymbols(true);
        xAxis.setAutoRanging(false);
        xAxis.setTickUnit(1);
        xAxis.setMinorTickVisible(false);
        xAxis.setLabel(m.get("collection.axis.year"));
        xAxis.setTickLabelFormatter(new StringConverter<>() {
            @Override
            public String toString(Number n) {
                return n.doubleValue() == Math.rint(n.doubleValue()) ? Integer.toString(n.intValue()) : "";
            }

            @Override
            public Number fromString(String s) {
                return Integer.valueOf(s);
            }
        });
        yAxis.setForceZeroInRange(true);
        table.setId("seriesTable");
        empty.setId("seriesEmpty");
        empty.getStyleClass().add("collection-hint");
        empty.setMouseTransparent(true);
        StackPane chartBox = new StackPane(chart, empty);
        VBox chartAndLegend = new VBox(chartBox, legend());
        VBox.setVgrow(chartBox, Priority.ALWAYS);
        ChartPane pane = new ChartPane("series", measureChoice(), chartAndLegend, table, this::svg, this::fileName,
                dialogs, m, said);
        setLeft(bodyList());
        setCenter(pane);
        model.seriesProperty().addListener((obs, old, now) -> show(now));
        show(model.seriesProperty().get());
    }

    private Node bodyList() {
        TextField find = new TextField();
        find.setId("seriesFind");
        find.setPromptText(m.get("collection.series.find"));
        find.textProperty().bindBidirectional(model.bodyFilterProperty());
        ListView<BodyRef> list = new ListView<>(model.bodies());
        list.setId("seriesBodies");
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(BodyRef b, boolean empty) {
                super.updateItem(b, empty);
                setText(empty || b == null ? null : b.name() + (b.divisionCode() == null ? ""
                        : "  " + b.divisionCode()));
            }
        });
        list.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null) {
                model.bodyProperty().set(now);
            }
        });
        Runnable select = () -> {
            BodyRef b = model.bodyProperty().get();
            if (b != null && list.getSelectionModel().getSelectedItem() != b) {
                list.getSelectionModel().select(b);
                list.scrollTo(b);
            }
        };
        model.bodyProperty().addListener((obs, old, now) -> select.run());
        model.bodies().addListener((ListChangeListener<BodyRef>) c -> select.run());
        select.run();
        Label title = new Label(m.get("collection.series.body"));
        VBox box = new VBox(6, title, find, list);
        VBox.setVgrow(list, Priority.ALWAYS);
        box.setPadding(new Insets(6, 4, 6, 8));
        box.setPrefWidth(230);
        box.setMinWidth(180);
        return box;
    }

    private Node measureChoice() {
        FlowPane boxes = new FlowPane(8, 4);
        boxes.getChildren().add(new Label(m.get("collection.series.measures")));
        for (Measure measure : Measures.COUNTS) {
            CheckBox c = new CheckBox(text.measure(measure));
            c.setId("seriesMeasure-" + measure.id());
            c.setSelected(model.measures().contains(measure));
            c.selectedProperty().addListener((obs, old, now) -> model.setShown(measure, now));
            boxes.getChildren().add(c);
        }
        boxes.setPrefWrapLength(700);
        return boxes;
    }

    private Node legend() {
        Label legend = new Label(m.get("collection.series.legend"));
        legend.getStyleClass().add("collection-hint");
        legend.setWrapText(true);
        legend.setPadding(new Insets(0, 8, 6, 8));
        return legend;
    }

    private void show(List<BodySeries.Series> series) {
        BodyRef body = model.bodyProperty().get();
        chart.setTitle(body == null ? "" : body.name());
        List<XYChart.Series<Number, Number>> data = new ArrayList<>();
        int min = Integer.MAX_VALUE;
        int max = Integer.MIN_VALUE;
        for (int i = 0; i < series.size(); i++) {
            BodySeries.Series s = series.get(i);
            XYChart.Series<Number, Number> line = new XYChart.Series<>();
            line.setName(text.measure(s.measure()));
            for (BodySeries.Point p : s.points()) {
                XYChart.Data<Number, Number> d = new XYChart.Data<>(p.year(), p.value().value());
                d.setNode(pointNode(s.measure(), p, i));
                line.getData().add(d);
                min = Math.min(min, p.year());
                max = Math.max(max, p.year());
            }
            data.add(line);
        }
        if (min > max) {
            min = 2008;
            max = java.time.Year.now().getValue();
        }
        xAxis.setLowerBound(min - 0.5);
        xAxis.setUpperBound(max + 0.5);
        chart.getData().setAll(data);
        boolean none = series.stream().allMatch(s -> s.points().isEmpty());
        empty.setText(none && body != null ? m.get("collection.series.none") : "");
        yAxis.setLabel(m.get(series.stream().anyMatch(s -> Measures.isRatio(s.measure())) ? "collection.axis.ratio"
                : "collection.axis.count"));
        fillTable(series);
    }

    /** The point's look: its status as shape and fill, its qualifier as a mark inside, a red ring if it fails. */
    private Node pointNode(Measure measure, BodySeries.Point p, int index) {
        String colour = SvgChart.palette(index);
        Region dot = new Region();
        FigureStatus status = p.value().status();
        dot.getStyleClass().addAll("series-point", "point-" + status.code());
        boolean auto = status == FigureStatus.AUTO;
        dot.setStyle("-fx-background-color: " + (auto ? "white" : colour) + "; -fx-border-color: " + colour + ";");
        double size = CollectionText.qualifierMark(p.value().qualifier()).isEmpty() ? 12 : 16;
        dot.setMinSize(size, size);
        dot.setPrefSize(size, size);
        dot.setMaxSize(size, size);
        StackPane node = new StackPane();
        // the chart gives a data node the default symbol's classes and look; the dot inside is the symbol here
        node.setStyle("-fx-background-color: transparent; -fx-padding: 0;");
        if (p.fails()) {
            Region ring = new Region();
            ring.getStyleClass().add("series-ring");
            node.getChildren().add(ring);
        }
        node.getChildren().add(dot);
        String mark = CollectionText.qualifierMark(p.value().qualifier());
        if (!mark.isEmpty()) {
            Label note = new Label(mark);
            note.getStyleClass().add("series-note");
            note.setStyle("-fx-text-fill: " + (auto ? colour : "white") + ";");
            node.getChildren().add(note);
        }
        node.setId("point-" + measure.id() + "-" + p.year());
        node.setCursor(javafx.scene.Cursor.HAND);
        Tooltip.install(node, new Tooltip(tip(measure, p)));
        node.setOnMouseClicked(e -> opener.open(p.report().reportId(), p.value().focusKey()));
        return node;
    }

    private String tip(Measure measure, BodySeries.Point p) {
        String failing = p.failing().stream().map(f -> m.chinese() ? f.messageZh() : f.messageEn())
                .collect(Collectors.joining("\n"));
        return m.format("collection.series.tip", text.measure(measure), p.year(), text.value(measure, p.value()),
                text.status(p.value().status()), text.qualifier(p.value().qualifier()), p.report().fileName())
                + (failing.isEmpty() ? "" : "\n" + m.format("collection.series.failing", failing));
    }

    private void fillTable(List<BodySeries.Series> series) {
        table.getColumns().clear();
        TableColumn<SeriesViewModel.Row, Integer> year = new TableColumn<>(m.get("collection.col.year"));
        year.setCellValueFactory(r -> new ReadOnlyObjectWrapper<>(r.getValue().year()));
        TableColumn<SeriesViewModel.Row, String> file = new TableColumn<>(m.get("collection.col.file"));
        file.setCellValueFactory(r -> new ReadOnlyObjectWrapper<>(r.getValue().report().fileName()));
        file.setPrefWidth(200);
        table.getColumns().add(year);
        for (BodySeries.Series s : series) {
            Measure measure = s.measure();
            TableColumn<SeriesViewModel.Row, String> col = new TableColumn<>(text.measure(measure));
            col.setCellValueFactory(r -> {
                BodySeries.Point p = r.getValue().points().get(measure.id());
                return new ReadOnlyObjectWrapper<>(p == null ? "" : cellText(measure, p));
            });
            col.setPrefWidth(150);
            table.getColumns().add(col);
        }
        table.getColumns().add(file);
        table.getItems().setAll(model.rows());
    }

    private String cellText(Measure measure, BodySeries.Point p) {
        String mark = CollectionText.qualifierMark(p.value().qualifier());
        return mark + text.value(measure, p.value()) + " (" + text.status(p.value().status()) + ")"
                + (p.fails() ? " ⚠" : "");
    }

    private String svg() {
        List<SvgChart.Series> out = new ArrayList<>();
        for (BodySeries.Series s : model.seriesProperty().get()) {
            List<SvgChart.Point> points = new ArrayList<>();
            for (BodySeries.Point p : s.points()) {
                Qualifier q = p.value().qualifier();
                points.add(new SvgChart.Point(p.year(), p.value().value(), p.value().status() == FigureStatus.AUTO,
                        p.fails(), CollectionText.qualifierMark(q), tip(s.measure(), p)));
            }
            out.add(new SvgChart.Series(text.measure(s.measure()), points));
        }
        BodyRef body = model.bodyProperty().get();
        return SvgChart.lines(body == null ? "" : body.name(), m.get("collection.axis.year"),
                yAxis.getLabel() == null ? "" : yAxis.getLabel(), out, 960, 560);
    }

    private String fileName() {
        BodyRef body = model.bodyProperty().get();
        return (body == null ? "series" : body.name()) + "-" + model.measures().stream().map(Measure::id)
                .collect(Collectors.joining("+"));
    }

    LineChart<Number, Number> chart() {
        return chart;
    }
}
