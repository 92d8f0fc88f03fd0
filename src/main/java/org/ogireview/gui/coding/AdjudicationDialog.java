package org.ogireview.gui.coding;

import org.ogireview.model.UserText;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.ogireview.coding.Disagreement;
import org.ogireview.coding.DoubleCoding.Choice;
import org.ogireview.gui.common.DialogService;
import org.ogireview.gui.common.FxDialogService;
import org.ogireview.gui.common.Messages;
import org.ogireview.model.FieldCatalog;
import org.ogireview.model.Figure;

import java.util.function.Function;

/**
 * The adjudication queue: report, field, each coder's value with the text it was read from and the checks failing
 * on that coder's figures. One key per decision: 1 takes the first coder's value, 2 the second's, 3 asks for a third
 * value; the note field's text goes with the decision.
 */
public final class AdjudicationDialog extends Dialog<Void> {

    @FunctionalInterface
    private interface Step {
        void run() throws Exception;
    }

    private final AdjudicationViewModel model;
    private final DialogService dialogs;
    private final Messages m;
    private final Label summary = new Label();

    public AdjudicationDialog(Window owner, AdjudicationViewModel model, DialogService dialogs, Messages m) {
        this.model = model;
        this.dialogs = dialogs;
        this.m = m;
        initOwner(owner);
        setTitle(m.get("coding.adjudication.title"));
        setHeaderText(m.get("coding.adjudication.header"));
        FxDialogService.style(this);
        getDialogPane().setId("adjudicationDialog");
        setResizable(true);
        FieldCatalog catalog = FieldCatalog.standard();

        TableView<Disagreement> table = new TableView<>(model.items());
        table.setId("adjudicationTable");
        table.getColumns().add(column(m.get("coding.col.report"), Disagreement::fileName, 150));
        table.getColumns().add(column(m.get("coding.col.field"), d -> catalog.find(d.key())
                .map(f -> m.chinese() ? f.labelZh() : f.labelEn()).orElse(d.key()), 170));
        table.getColumns().add(column(m.get("coding.col.first"), d -> d.firstCoder() + ": "
                + AdjudicationViewModel.show(d.first()), 130));
        table.getColumns().add(column(m.get("coding.col.firstSource"), d -> snippet(d.first()), 150));
        table.getColumns().add(column(m.get("coding.col.firstChecks"), d -> String.join(" ", d.firstFailing()), 100));
        table.getColumns().add(column(m.get("coding.col.second"), d -> d.secondCoder() + ": "
                + AdjudicationViewModel.show(d.second()), 130));
        table.getColumns().add(column(m.get("coding.col.secondSource"), d -> snippet(d.second()), 150));
        table.getColumns().add(column(m.get("coding.col.secondChecks"), d -> String.join(" ", d.secondFailing()),
                100));
        table.getColumns().add(column(m.get("coding.col.decision"), d -> d.decision() == null ? ""
                : AdjudicationViewModel.show(d.decision().figure()) + " · " + d.decision().adjudicator()
                + (d.decision().note().isEmpty() ? "" : " · " + d.decision().note()), 170));
        table.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (b != null) {
                model.selectedProperty().set(b);
            }
        });
        model.selectedProperty().addListener((o, a, b) -> {
            if (b != null && table.getSelectionModel().getSelectedItem() != b) {
                table.getSelectionModel().select(b);
                table.scrollTo(b);
            }
        });
        table.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            Choice choice = switch (e.getCode()) {
                case DIGIT1, NUMPAD1 -> Choice.FIRST;
                case DIGIT2, NUMPAD2 -> Choice.SECOND;
                case DIGIT3, NUMPAD3 -> Choice.THIRD;
                default -> null;
            };
            if (choice != null) {
                e.consume();
                decide(choice);
            }
        });
        VBox.setVgrow(table, Priority.ALWAYS);

        TextField note = new TextField();
        note.setId("adjudicationNote");
        note.setPromptText(m.get("coding.adjudication.note"));
        note.textProperty().bindBidirectional(model.noteProperty());
        HBox.setHgrow(note, Priority.ALWAYS);
        Button first = button("adjudicateFirst", m.get("coding.adjudication.first"), () -> decide(Choice.FIRST));
        Button second = button("adjudicateSecond", m.get("coding.adjudication.second"), () -> decide(Choice.SECOND));
        Button third = button("adjudicateThird", m.get("coding.adjudication.third"), () -> decide(Choice.THIRD));
        for (Button b : new Button[]{first, second, third}) {
            b.disableProperty().bind(model.selectedProperty().isNull());
        }
        HBox actions = new HBox(6, note, first, second, third);
        VBox box = new VBox(8, table, actions, summary);
        box.setPadding(new Insets(6, 4, 6, 4));
        box.setPrefSize(1200, 520);
        getDialogPane().setContent(box);
        getDialogPane().getButtonTypes().setAll(new ButtonType(m.get("button.close"),
                ButtonBar.ButtonData.CANCEL_CLOSE));
        act(model::reload);
        table.requestFocus();
    }

    private void decide(Choice choice) {
        if (model.selectedProperty().get() == null) {
            return;
        }
        if (choice == Choice.THIRD) {
            Disagreement d = model.selectedProperty().get();
            dialogs.askText(m.get("coding.adjudication.third"), m.format("coding.adjudication.thirdPrompt",
                    d.key(), AdjudicationViewModel.show(d.first()), AdjudicationViewModel.show(d.second())), "")
                    .ifPresent(v -> act(() -> model.decideThird(v)));
        } else {
            act(() -> model.decide(choice));
        }
    }

    private void act(Step step) {
        try {
            step.run();
        } catch (Exception e) {
            dialogs.showError(m.get("coding.adjudication.title"), UserText.of(e, m.locale()), e);
        }
        summary.setText(m.format("coding.adjudication.summary", model.items().size(), model.undecided()));
    }

    private static String snippet(Figure f) {
        return f == null || f.snippet() == null ? "" : f.snippet().replaceAll("\\s+", " ");
    }

    private static TableColumn<Disagreement, String> column(String title, Function<Disagreement, String> value,
                                                            double width) {
        TableColumn<Disagreement, String> c = new TableColumn<>(title);
        c.setCellValueFactory(d -> new ReadOnlyStringWrapper(value.apply(d.getValue())));
        c.setPrefWidth(width);
        return c;
    }

    private Button button(String id, String text, Runnable action) {
        Button b = new Button(text);
        b.setId(id);
        b.setOnAction(e -> action.run());
        return b;
    }

}
