package org.ogireview.gui.exporting;

/** Which reports an export from the window holds: every report, the list as filtered, or the rows selected in it. */
public enum ExportScope {
    ALL("all"), FILTERED("filtered"), SELECTED("selected");

    private final String code;

    ExportScope(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }
}
