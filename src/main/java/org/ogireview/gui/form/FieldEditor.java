package org.ogireview.gui.form;

import javafx.beans.value.ChangeListener;
import javafx.collections.FXCollections;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.TextField;
import javafx.scene.control.TextFormatter;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.util.StringConverter;
import org.ogireview.gui.common.Listeners;
import org.ogireview.gui.common.Messages;
import org.ogireview.model.FieldType;
import org.ogireview.model.FigureStatus;
import org.ogireview.model.ReportFormat;

import java.util.Arrays;

/**
 * The editor of one field, typed by the field: a text field that refuses characters its type cannot hold
 * (whole numbers for counts, decimals for money and percentages, a year, a date), or a choice for the format.
 * A typed value is stored when the editor loses focus or on Enter (the stock cells drop edits on focus loss,
 * JDK-8089514; a correction tool must not); Escape brings back the stored value.
 */
final class FieldEditor {

    private FieldEditor() {
    }

    static Control create(FieldViewModel field, Messages m, Runnable onFocus) {
        Control editor = field.def().type() == FieldType.ENUM && field.key().equals("report.format")
                ? formatChoice(field, m) : textEditor(field, m);
        editor.setId(FormIds.editor(field.key()));
        editor.getStyleClass().add("field-editor");
        editor.focusedProperty().addListener((obs, was, now) -> {
            if (now) {
                onFocus.run();
            }
        });
        ChangeListener<Object> restyle = (obs, o, n) -> style(editor, field, m);
        Listeners.attach(editor, field.figureProperty(), restyle);
        Listeners.attach(editor, field.errorProperty(), restyle);
        Listeners.attach(editor, field.failedCheckProperty(), restyle);
        style(editor, field, m);
        return editor;
    }

    private static TextField textEditor(FieldViewModel field, Messages m) {
        TextField text = new TextField();
        FieldType type = field.def().type();
        text.setTextFormatter(new TextFormatter<String>(change ->
                ValueFormat.allowsTyping(type, change.getControlNewText()) ? change : null));
        text.setText(field.textProperty().get());
        text.textProperty().bindBidirectional(field.textProperty());
        text.setPromptText(prompt(type, m));
        text.setPrefColumnCount(type == FieldType.TEXT ? 14 : 7);
        if (type.numeric()) {
            text.getStyleClass().add("numeric");
        }
        text.setOnAction(e -> field.commit());
        text.focusedProperty().addListener((obs, was, now) -> {
            if (!now) {
                field.commit();
            }
        });
        text.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                field.show(field.figure());
                e.consume();
            }
        });
        return text;
    }

    private static ComboBox<String> formatChoice(FieldViewModel field, Messages m) {
        ComboBox<String> box = new ComboBox<>(FXCollections.observableArrayList(
                Arrays.stream(ReportFormat.values()).map(ReportFormat::code).toList()));
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(String code) {
                return code == null || code.isEmpty() ? "" : m.get("format." + code);
            }

            @Override
            public String fromString(String s) {
                return s;
            }
        });
        box.setValue(field.textProperty().get());
        Listeners.attach(box, field.textProperty(), (obs, o, n) -> box.setValue(n));
        box.valueProperty().addListener((obs, o, n) -> {
            if (n != null && !n.equals(field.textProperty().get())) {
                field.textProperty().set(n);
                field.commit();
            }
        });
        return box;
    }

    /** Colours the editor by the field's status and explains it in the tooltip. */
    static void style(Control editor, FieldViewModel field, Messages m) {
        editor.getStyleClass().removeIf(c -> c.startsWith("status-") || c.equals("invalid") || c.equals("unsure")
                || c.equals("check-failed"));
        editor.getStyleClass().add(statusClass(field));
        if (field.errorProperty().get() != null) {
            editor.getStyleClass().add("invalid");
        }
        if (field.failedCheckProperty().get() != null) {
            editor.getStyleClass().add("check-failed");
        }
        if (field.figure() != null && field.status() == FigureStatus.AUTO
                && field.figure().confidence() < org.ogireview.gui.document.DocumentLayout.UNSURE_BELOW) {
            editor.getStyleClass().add("unsure");
        }
        editor.setTooltip(new Tooltip(describe(field, m)));
    }

    static String statusClass(FieldViewModel field) {
        return field.absent() ? "status-absent" : "status-" + field.status().code().replace('_', '-');
    }

    static String statusText(FieldViewModel field, Messages m) {
        return field.absent() ? m.get("status.absent") : m.get("status." + field.status().code());
    }

    /** Key, both labels, status, source and confidence: everything the coder may want while hovering. */
    static String describe(FieldViewModel field, Messages m) {
        StringBuilder b = new StringBuilder();
        b.append(field.def().labelZh()).append(" — ").append(field.def().labelEn()).append('\n');
        String shown = field.textProperty().get();
        if (shown != null && !shown.isBlank()) {
            // the value whole: a narrow editor or the format box may show it cut
            b.append(field.key().equals("report.format") ? m.get("format." + shown) : shown).append('\n');
        }
        b.append(field.key());
        if (field.def().unit() != null && !field.def().unit().isBlank()) {
            b.append("  [").append(field.def().unit()).append(']');
        }
        b.append('\n').append(m.get("field.status")).append(": ").append(statusText(field, m));
        if (field.figure() != null && !field.figure().snippet().isBlank()) {
            b.append('\n').append(m.get("field.source")).append(": ").append(field.figure().snippet());
        }
        if (field.figure() != null && !field.figure().extractedValue().isEmpty()) {
            b.append('\n').append(m.format("field.extracted", field.figure().extractedValue(),
                    Math.round(field.figure().confidence() * 100)));
        }
        if (field.errorProperty().get() != null) {
            b.append('\n').append(field.errorProperty().get());
        }
        if (field.failedCheckProperty().get() != null) {
            b.append('\n').append(m.get("field.failedCheck")).append(":\n")
                    .append(field.failedCheckProperty().get());
        }
        if (field.def().notes() != null && !field.def().notes().isBlank()) {
            b.append('\n').append(field.def().notes());
        }
        return b.toString();
    }

    private static String prompt(FieldType type, Messages m) {
        return switch (type) {
            case DATE -> "YYYY-MM-DD";
            case YEAR -> "YYYY";
            default -> "";
        };
    }
}
