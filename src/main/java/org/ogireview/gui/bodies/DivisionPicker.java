package org.ogireview.gui.bodies;

import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.ogireview.gui.common.FxDialogService;
import org.ogireview.gui.common.Messages;
import org.ogireview.model.Body;
import org.ogireview.model.Division;

import java.util.List;

/**
 * Chooses a body's division: a tree province → city → county → township (children read when a branch opens), or,
 * once something is typed, the divisions whose name holds it (瀘州 finds 泸州市) or whose code starts with it. An
 * ambiguous body's candidates are listed first. The tree opens on the body's present division.
 */
public final class DivisionPicker extends Dialog<Division> {

    private static final int MATCHES = 300;

    private final DivisionSearch search;
    private final TreeView<Division> tree = new TreeView<>();
    private final ListView<DivisionSearch.Match> matches = new ListView<>();
    private final Label chosen = new Label();
    private Division current;

    public DivisionPicker(Window owner, DivisionSearch search, Body body, Messages m) {
        this.search = search;
        initOwner(owner);
        setTitle(m.get("bodies.division"));
        setHeaderText(m.format("bodies.division.header", body.name()));
        FxDialogService.style(this);
        getDialogPane().setId("divisionPicker");
        setResizable(true);

        TextField find = new TextField();
        find.setId("divisionSearch");
        find.setPromptText(m.get("bodies.division.search"));
        tree.setId("divisionTree");
        tree.setShowRoot(false);
        tree.setRoot(new Branch(null));
        tree.setCellFactory(t -> new TreeCell<>() {
            @Override
            protected void updateItem(Division d, boolean empty) {
                super.updateItem(d, empty);
                setText(empty || d == null ? null : d.name() + "  " + d.code());
            }
        });
        tree.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> choose(b == null ? null
                : b.getValue()));
        matches.setId("divisionMatches");
        matches.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> choose(b == null ? null
                : b.division()));
        List<DivisionSearch.Match> candidates = body.candidates().stream()
                .flatMap(c -> search.divisions().byCode(c).stream()).map(search::match).toList();
        find.textProperty().addListener((o, a, text) -> {
            boolean searching = !text.isBlank();
            matches.getItems().setAll(searching ? search.find(text, MATCHES) : candidates);
            matches.setVisible(searching || !candidates.isEmpty());
            tree.setVisible(!matches.isVisible());
        });
        matches.getItems().setAll(candidates);
        matches.setVisible(!candidates.isEmpty());
        tree.setVisible(candidates.isEmpty());
        StackPane lists = new StackPane(tree, matches);
        VBox.setVgrow(lists, Priority.ALWAYS);
        chosen.setId("divisionChosen");
        chosen.setWrapText(true);
        Label hint = new Label(candidates.isEmpty() ? m.get("bodies.division.hint")
                : m.get("bodies.division.candidates"));
        hint.getStyleClass().add("hint");
        hint.setWrapText(true);
        VBox box = new VBox(6, find, hint, lists, chosen);
        box.setPadding(new Insets(6, 4, 6, 4));
        box.setPrefSize(560, 520);
        getDialogPane().setContent(box);

        ButtonType ok = new ButtonType(m.get("bodies.division.ok"), ButtonBar.ButtonData.OK_DONE);
        getDialogPane().getButtonTypes().setAll(ok, new ButtonType(m.get("button.cancel"),
                ButtonBar.ButtonData.CANCEL_CLOSE));
        getDialogPane().lookupButton(ok).setId("divisionOk");
        getDialogPane().lookupButton(ok).disableProperty().bind(chosen.textProperty().isEmpty());
        setResultConverter(b -> b == ok ? current : null);
        search.divisions().byCode(body.divisionCode()).ifPresent(this::reveal);
        setOnShown(e -> find.requestFocus());
    }

    private void choose(Division d) {
        current = d;
        chosen.setText(d == null ? "" : search.match(d).toString());
    }

    /** Opens the tree down to a division and selects it. */
    private void reveal(Division d) {
        TreeItem<Division> item = tree.getRoot();
        for (Division step : search.divisions().path(d)) {
            item.setExpanded(true);
            TreeItem<Division> next = null;
            for (TreeItem<Division> child : item.getChildren()) {
                if (child.getValue().code().equals(step.code())) {
                    next = child;
                    break;
                }
            }
            if (next == null) {
                return;
            }
            item = next;
        }
        tree.getSelectionModel().select(item);
        int row = tree.getRow(item);
        if (row >= 0) {
            tree.scrollTo(Math.max(0, row - 3));
        }
    }

    /** A division whose children are read from the list the first time it is opened. */
    private final class Branch extends TreeItem<Division> {

        private boolean loaded;

        Branch(Division d) {
            super(d);
        }

        @Override
        public boolean isLeaf() {
            return getValue() != null && search.divisions().children(getValue().code()).isEmpty();
        }

        @Override
        public ObservableList<TreeItem<Division>> getChildren() {
            if (!loaded) {
                loaded = true;
                String parent = getValue() == null ? "" : getValue().code();
                super.getChildren().setAll(search.divisions().children(parent).stream()
                        .map(x -> (TreeItem<Division>) new Branch(x)).toList());
            }
            return super.getChildren();
        }
    }
}
