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
        // The column's width decides, not the longest file name: no pref width of their own, cut with an ellipsis
        // (the cell's tooltip has both whole).
        for (Label l : new Label[] {region, file}) {
            l.setMinWidth(0);
            l.setPrefWidth(0);
            l.setMaxWidth(Double.MAX_VALUE);
        }
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
