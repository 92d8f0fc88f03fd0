package org.ogireview.gui.checks;

import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.Region;

/**
 * The right-hand column: the checks panel over the form, with a divider between them. Open, the panel takes the
 * share the coder last dragged it to (every finding scrolls inside it, never under the form); closed, it shrinks to
 * its title bar and the form gets the rest.
 */
public final class ChecksSplit extends SplitPane {

    /** Share of the column the open checks panel takes until the coder drags the divider. */
    static final double DEFAULT_SHARE = 0.32;
    private static final double MIN_SHARE = 0.12;
    private static final double MAX_SHARE = 0.7;

    private final TitledPane checks;
    private double share = DEFAULT_SHARE;
    private boolean placing;

    public ChecksSplit(TitledPane checks, Node form) {
        this.checks = checks;
        setId("checksSplit");
        getStyleClass().add("right-pane");
        setOrientation(Orientation.VERTICAL);
        getItems().setAll(checks, form);
        SplitPane.setResizableWithParent(checks, false);
        checks.setMinHeight(30); // its title bar; the list inside scrolls
        checks.expandedProperty().addListener((obs, was, open) -> place());
        getDividers().get(0).positionProperty().addListener((obs, old, now) -> {
            if (!placing && checks.isExpanded() && getHeight() > 0 && isPressed()) {
                share = Math.max(MIN_SHARE, Math.min(MAX_SHARE, now.doubleValue()));
            }
        });
        heightProperty().addListener((obs, old, now) -> place());
        if (checks.getContent() instanceof javafx.scene.control.ListView<?> list) {
            list.getItems().addListener((javafx.collections.ListChangeListener<Object>) c -> place());
            findings = list.getItems()::size;
        }
        place();
    }

    /** Height the panel needs for one finding (two wrapped lines and the row's button). */
    private static final double PER_FINDING = 64;
    private static final double TITLE = 44;
    private java.util.function.IntSupplier findings = () -> 3;

    /** The share the open panel takes: what its findings need, at most what the coder dragged it to. */
    private double openShare() {
        double height = getHeight();
        if (height <= 0) {
            return share;
        }
        double needed = (TITLE + PER_FINDING * Math.max(1, findings.getAsInt())) / height;
        return Math.min(share, Math.max(MIN_SHARE, needed));
    }

    /** The share of the column the open checks panel takes. */
    public double share() {
        return share;
    }

    private void place() {
        placing = true;
        try {
            if (checks.isExpanded()) {
                checks.setMaxHeight(Double.MAX_VALUE);
                setDividerPositions(openShare());
            } else {
                // Only the title bar: the divider cannot be dragged down into an empty panel.
                checks.setMaxHeight(Region.USE_PREF_SIZE);
                setDividerPositions(0);
            }
        } finally {
            placing = false;
        }
    }
}
