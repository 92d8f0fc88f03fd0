package org.ogireview.gui.importing;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.cell.ComboBoxTableCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.ogireview.gui.common.DeskPreferences;
import org.ogireview.gui.common.DialogService;
import org.ogireview.gui.common.FxDialogService;
import org.ogireview.gui.common.Messages;

import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The list of files about to be imported: add files or folders, set a charset per file (or for a selection of
 * files) where detection would guess wrong, then start. Returns the files to import.
 */
public final class ImportDialog extends Dialog<List<ImportItem>> {

    private final ImportPlanViewModel plan;

    public ImportDialog(Window owner, ImportPlanViewModel plan, DialogService dialogs, DeskPreferences prefs,
                        Messages m) {
        this.plan = plan;
        initOwner(owner);
        setTitle(m.get("import.title"));
        setHeaderText(m.get("import.header"));
        setResizable(true);
        FxDialogService.style(this);
        getDialogPane().setId("importDialog");

        TableView<ImportItem> table = new TableView<>(plan.items());
        table.setId("importTable");
        table.setEditable(true);
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        table.setPlaceholder(new Label(m.get("import.empty")));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TableColumn<ImportItem, String> file = new TableColumn<>(m.get("import.col.file"));
        file.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().file().getFileName().toString()));
        file.setPrefWidth(260);
        TableColumn<ImportItem, String> folder = new TableColumn<>(m.get("import.col.folder"));
        folder.setCellValueFactory(c -> new ReadOnlyStringWrapper(String.valueOf(c.getValue().file().getParent())));
        folder.setPrefWidth(260);
        StringConverter<Charset> names = charsetNames(m);
        TableColumn<ImportItem, Charset> charset = new TableColumn<>(m.get("import.col.charset"));
        charset.setId("importCharsetColumn");
        charset.setCellValueFactory(c -> c.getValue().charsetProperty());
        charset.setCellFactory(ComboBoxTableCell.forTableColumn(names,
                FXCollections.observableArrayList(ImportPlanViewModel.CHARSETS)));
        charset.setEditable(true);
        charset.setPrefWidth(130);
        table.getColumns().setAll(List.of(file, folder, charset));
        VBox.setVgrow(table, Priority.ALWAYS);

        FileChooser.ExtensionFilter reports = new FileChooser.ExtensionFilter(m.get("import.filter"),
                "*.txt", "*.html", "*.htm", "*.pdf", "*.TXT", "*.HTML", "*.HTM", "*.PDF");
        Button addFiles = new Button(m.get("import.addFiles"));
        addFiles.setId("importAddFiles");
        addFiles.setOnAction(e -> {
            List<Path> chosen = dialogs.chooseFiles(m.get("import.addFiles"), prefs.importFolder().orElse(null),
                    List.of(reports));
            if (!chosen.isEmpty()) {
                prefs.setImportFolder(chosen.get(0).getParent());
                addAll(chosen, dialogs, m);
            }
        });
        Button addFolder = new Button(m.get("import.addFolder"));
        addFolder.setId("importAddFolder");
        addFolder.setOnAction(e -> dialogs.chooseFolder(m.get("import.addFolder"), prefs.importFolder().orElse(null))
                .ifPresent(f -> {
                    prefs.setImportFolder(f);
                    addAll(List.of(f), dialogs, m);
                }));
        Button remove = new Button(m.get("import.remove"));
        remove.setId("importRemove");
        remove.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        remove.setOnAction(e -> plan.remove(List.copyOf(table.getSelectionModel().getSelectedItems())));
        ComboBox<Charset> setCharset = new ComboBox<>(FXCollections.observableArrayList(ImportPlanViewModel.CHARSETS));
        setCharset.setId("importSetCharset");
        setCharset.setConverter(names);
        setCharset.setPromptText(m.get("import.setCharset"));
        setCharset.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        setCharset.setOnAction(e -> {
            if (setCharset.getSelectionModel().getSelectedIndex() >= 0) {
                plan.setCharset(List.copyOf(table.getSelectionModel().getSelectedItems()), setCharset.getValue());
                table.refresh();
            }
        });
        HBox tools = new HBox(8, addFiles, addFolder, remove, new Label(m.get("import.charsetFor")), setCharset);
        tools.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        Label hint = new Label(m.get("import.hint"));
        hint.getStyleClass().add("hint");
        hint.setWrapText(true);
        hint.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE); // wrapped whole, never cut to one line
        VBox content = new VBox(8, tools, table, hint);
        content.setPadding(new Insets(4));
        content.setPrefSize(760, 420);
        getDialogPane().setContent(content);

        ButtonType start = new ButtonType(m.get("import.start"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(m.get("button.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        getDialogPane().getButtonTypes().setAll(start, cancel);
        Button startButton = (Button) getDialogPane().lookupButton(start);
        startButton.setId("importStart");
        startButton.disableProperty().bind(javafx.beans.binding.Bindings.isEmpty(plan.items()));
        setResultConverter(b -> b == start ? List.copyOf(plan.items()) : null);
    }

    private void addAll(List<Path> paths, DialogService dialogs, Messages m) {
        plan.add(paths);
        List<String> problems = plan.takeProblems(m.locale());
        if (!problems.isEmpty()) {
            dialogs.showError(m.get("import.title"), String.join("\n", problems));
        }
    }

    public Optional<List<ImportItem>> ask() {
        return showAndWait().filter(l -> !l.isEmpty());
    }

    static StringConverter<Charset> charsetNames(Messages m) {
        return new StringConverter<>() {
            @Override
            public String toString(Charset c) {
                return c == null ? m.get("import.charset.auto") : c.name();
            }

            @Override
            public Charset fromString(String s) {
                return s == null || s.equals(m.get("import.charset.auto")) ? null : Charset.forName(s);
            }
        };
    }
}
