package org.ogireview.gui.reportlist;

import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.VBox;
import org.ogireview.store.ReportSummary;

/** The list's first column: the region (or body) and, below it, the file's kind and name, each whole in a tooltip. */
final class ReportNameCell extends TableCell<ReportSummary, String> {

    private final Label region = new Label();
    private final Label file = new Label();
    private final VBox box = new VBox(0, region, file);

    ReportNameCell() {
        file.getStyleClass().add("report-file");
        region.getStyleClass().add("report-region");
        region.setMinWidth(0);
        file.setMinWidth(0);
        setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
    }

    @Override
    protected void updateItem(String item, boolean empty) {
        super.updateItem(item, empty);
        ReportSummary row = empty || getTableRow() == null ? null : getTableRow().getItem();
        if (empty || item == null || row == null) {
            setGraphic(null);
            setTooltip(null);
            return;
        }
        region.setText(item);
        file.setText(FileKind.line(row.fileName()));
        setTooltip(new Tooltip(item + "\n" + row.fileName()));
        setGraphic(box);
    }
}
