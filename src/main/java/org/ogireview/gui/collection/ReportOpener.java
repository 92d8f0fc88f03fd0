package org.ogireview.gui.collection;

/** Opens a report in the desk, at a figure when one is named. */
@FunctionalInterface
public interface ReportOpener {

    /** @param fieldKey the figure to select, or null for the report alone */
    void open(long reportId, String fieldKey);
}
