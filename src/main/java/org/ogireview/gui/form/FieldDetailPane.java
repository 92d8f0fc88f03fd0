package org.ogireview.gui.form;

import javafx.beans.value.ChangeListener;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.ogireview.gui.common.Messages;
import org.ogireview.model.Figure;
import org.ogireview.model.Qualifier;

/**
 * The selected field in full, under the form: both labels and the key, the qualifier, the status with the
 * verdict buttons, the source snippet and what the extractor proposed. Grid cells have no room for these.
 */
final class FieldDetailPane extends VBox {

    private final Messages m;
    private final Label title = new Label();
    private final Label key = new Label();
    private final Label source = new Label();
    private final HBox actions = new HBox(6);
    private FieldViewModel shown;
    private final ChangeListener<Object> refresh = (obs, o, n) -> refresh();

    FieldDetailPane(Messages m) {
        this.m = m;
        setId("fieldDetail");
        getStyleClass().add("field-detail");
        setPadding(new Insets(8, 10, 8, 10));
        setSpacing(4);
        title.getStyleClass().add("detail-title");
        title.setWrapText(true);
        key.getStyleClass().add("detail-key");
        source.getStyleClass().add("detail-source");
        source.setWrapText(true);
        source.setId("detailSource");
        HBox head = new HBox(8, title, spacer(), key);
        // A long id is cut before the title is: the tooltip holds it whole.
        key.setMinWidth(40);
        title.setMinWidth(120);
        getChildren().addAll(head, actions, source);
        show(null);
    }

    void show(FieldViewModel field) {
        if (shown != null) {
            shown.figureProperty().removeListener(refresh);
            shown.errorProperty().removeListener(refresh);
        }
        shown = field;
        actions.getChildren().clear();
        if (field == null) {
            title.setText(m.get("detail.none"));
            key.setText("");
            source.setText("");
            return;
        }
        field.figureProperty().addListener(refresh);
        field.errorProperty().addListener(refresh);
        ComboBox<Qualifier> qualifier = QualifierChoice.create(field, m);
        qualifier.setId("detailQualifier");
        Button confirm = FieldActions.confirmButton(field, m);
        confirm.setId("detailConfirm");
        Button blank = new Button(m.get("field.markBlank"));
        blank.setId("detailBlank");
        blank.setOnAction(e -> field.markBlank());
        Button notStated = new Button(m.get("field.markNotStated"));
        notStated.setId("detailNotStated");
        notStated.setOnAction(e -> field.markNotStated());
        Label status = FieldActions.statusBadge(field, m);
        status.setId("detailStatus");
        actions.getChildren().addAll(new Label(m.get("field.qualifier")), qualifier, status, confirm, blank,
                notStated);
        refresh();
    }

    private void refresh() {
        FieldViewModel field = shown;
        if (field == null) {
            return;
        }
        title.setText(field.def().labelZh() + "   " + field.def().labelEn());
        key.setText(field.key());
        key.setTooltip(new javafx.scene.control.Tooltip(field.key()));
        String error = field.errorProperty().get();
        source.setText(error != null ? error : detailText(field, m));
    }

    /** One line under a field: the source snippet and the extractor's confidence. */
    static String sourceText(FieldViewModel field, Messages m) {
        Figure f = field.figure();
        if (f == null) {
            return "";
        }
        StringBuilder b = new StringBuilder();
        if (!f.snippet().isBlank()) {
            b.append('“').append(f.snippet().strip().replaceAll("\\s+", " ")).append('”');
        }
        if (!f.extractedValue().isEmpty() || f.confidence() > 0) {
            if (b.length() > 0) {
                b.append("  ·  ");
            }
            b.append(m.format("field.confidence", Math.round(f.confidence() * 100)));
        }
        return b.toString();
    }

    private static String detailText(FieldViewModel field, Messages m) {
        Figure f = field.figure();
        if (f == null) {
            return m.get("detail.absent");
        }
        StringBuilder b = new StringBuilder(sourceText(field, m));
        if (!f.extractedValue().isEmpty() && !f.extractedValue().equals(f.value())) {
            b.append(b.length() > 0 ? "\n" : "").append(m.format("field.extracted", f.extractedValue(),
                    Math.round(f.confidence() * 100)));
        }
        if (!f.hasSource()) {
            b.append(b.length() > 0 ? "\n" : "").append(m.get("detail.noSource"));
        }
        return b.toString();
    }

    private static Region spacer() {
        Region r = new Region();
        HBox.setHgrow(r, Priority.ALWAYS);
        return r;
    }
}
