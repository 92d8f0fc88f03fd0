package org.ogireview.gui.bodies;

import javafx.collections.FXCollections;
import javafx.collections.transformation.FilteredList;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.ogireview.extract.SearchText;
import org.ogireview.gui.common.FxDialogService;
import org.ogireview.gui.common.Messages;
import org.ogireview.model.Body;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Chooses the body another is merged into: every other body, narrowed by a part of its name, its division or its
 * id as the coder types. Bodies of the same division come first, since they are the likely doubles.
 */
public final class MergeTargetPicker extends Dialog<Body> {

    public MergeTargetPicker(Window owner, Body from, List<Body> bodies, Messages m) {
        initOwner(owner);
        setTitle(m.get("bodies.merge"));
        setHeaderText(m.format("bodies.merge.header", from.name(), from.id()));
        FxDialogService.style(this);
        getDialogPane().setId("mergePicker");
        setResizable(true);

        List<Body> others = bodies.stream().filter(b -> b.id() != from.id())
                .sorted(java.util.Comparator.comparing((Body b) -> !sameDivision(b, from))).toList();
        FilteredList<Body> shown = new FilteredList<>(FXCollections.observableArrayList(others));
        TextField find = new TextField();
        find.setId("mergeSearch");
        find.setPromptText(m.get("bodies.merge.search"));
        find.textProperty().addListener((o, a, text) -> {
            String q = SearchText.fold(text);
            shown.setPredicate(q.isEmpty() ? null : b -> SearchText.fold(line(b)).contains(q));
        });
        ListView<Body> list = new ListView<>(shown);
        list.setId("mergeTargets");
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(Body b, boolean empty) {
                super.updateItem(b, empty);
                setText(empty || b == null ? null : line(b));
            }
        });
        VBox.setVgrow(list, Priority.ALWAYS);
        Label hint = new Label(m.get("bodies.merge.hint"));
        hint.getStyleClass().add("hint");
        hint.setWrapText(true);
        VBox box = new VBox(6, find, list, hint);
        box.setPadding(new Insets(6, 4, 6, 4));
        box.setPrefSize(620, 440);
        getDialogPane().setContent(box);

        ButtonType ok = new ButtonType(m.get("bodies.merge.ok"), ButtonBar.ButtonData.OK_DONE);
        getDialogPane().getButtonTypes().setAll(ok, new ButtonType(m.get("button.cancel"),
                ButtonBar.ButtonData.CANCEL_CLOSE));
        getDialogPane().lookupButton(ok).setId("mergeOk");
        getDialogPane().lookupButton(ok).disableProperty().bind(list.getSelectionModel().selectedItemProperty()
                .isNull());
        setResultConverter(b -> b == ok ? list.getSelectionModel().getSelectedItem() : null);
        setOnShown(e -> find.requestFocus());
    }

    private static boolean sameDivision(Body a, Body b) {
        return a.divisionCode() != null && a.divisionCode().equals(b.divisionCode());
    }

    /** #6 洪泽区人民政府 · 江苏省 淮安市 洪泽区 (320813) · 2023 2024 */
    static String line(Body b) {
        return "#" + b.id() + "  " + b.name() + "  ·  " + BodiesViewModel.division(b) + "  ·  "
                + b.years().stream().map(String::valueOf).collect(Collectors.joining(" "));
    }
}
