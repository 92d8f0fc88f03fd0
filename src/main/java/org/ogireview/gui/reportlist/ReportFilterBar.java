package org.ogireview.gui.reportlist;

import javafx.beans.property.ObjectProperty;
import javafx.collections.ObservableList;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.controlsfx.control.textfield.TextFields;
import org.ogireview.gui.common.Messages;

/**
 * The filters above the report list: quick words, a search of the texts (Enter runs it, Esc clears it), region,
 * year, format, state and failing check, then "shown n of N" and a button that clears them all. Every control is
 * bound to the list's view model, which does the filtering.
 */
final class ReportFilterBar extends GridPane {

    ReportFilterBar(ReportListViewModel model, Messages m, Label count) {
        getStyleClass().add("report-filters");
        setHgap(6);
        setVgap(6);
        ColumnConstraints half = new ColumnConstraints();
        half.setPercentWidth(50);
        getColumnConstraints().setAll(half, half);

        TextField words = new TextField();
        words.setId("reportFilter");
        words.setPromptText(m.get("list.filter.prompt"));
        words.textProperty().bindBidirectional(model.filterProperty());

        TextField search = new TextField();
        search.setId("reportSearch");
        search.setPromptText(m.get("list.search.prompt"));
        search.setTooltip(new Tooltip(m.get("list.search.tooltip")));
        search.textProperty().bindBidirectional(model.searchPhraseProperty());
        search.setOnAction(e -> model.search());
        search.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                model.clearSearch();
                e.consume();
            }
        });
        ProgressIndicator busy = new ProgressIndicator();
        busy.setId("searchBusy");
        busy.setPrefSize(18, 18);
        busy.setMaxSize(18, 18);
        busy.visibleProperty().bind(model.searchingProperty());
        busy.managedProperty().bind(model.searchingProperty());
        HBox searchRow = new HBox(4, search, busy);
        searchRow.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(search, Priority.ALWAYS);

        TextField region = new TextField();
        region.setId("filterRegion");
        region.setPromptText(m.get("list.region.prompt"));
        region.textProperty().bindBidirectional(model.regionProperty());
        TextFields.bindAutoCompletion(region, request -> model.regionsMatching(request.getUserText()));

        Button clear = new Button(m.get("list.clear"));
        clear.setId("clearFilters");
        clear.setOnAction(e -> model.clearFilters());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox countRow = new HBox(6, count, gap, clear);
        countRow.setAlignment(Pos.CENTER_LEFT);

        add(words, 0, 0, 2, 1);
        add(searchRow, 0, 1, 2, 1);
        add(region, 0, 2);
        add(choice("filterYear", model.years(), model.yearProperty()), 1, 2);
        add(choice("filterFormat", model.formats(), model.formatProperty()), 0, 3);
        add(choice("filterStatus", model.statuses(), model.statusProperty()), 1, 3);
        add(choice("filterCheck", model.failingChecks(), model.failingCheckProperty()), 0, 4, 2, 1);
        add(countRow, 0, 5, 2, 1);
    }

    private static <T> ComboBox<Choice<T>> choice(String id, ObservableList<Choice<T>> items,
                                                  ObjectProperty<Choice<T>> chosen) {
        ComboBox<Choice<T>> box = new ComboBox<>(items);
        box.setId(id);
        box.setMaxWidth(Double.MAX_VALUE);
        box.setMinWidth(40);
        box.valueProperty().bindBidirectional(chosen);
        return box;
    }
}
