package org.ogireview.gui.document;

/** How the centre pane shows a PDF report: its text, its printed pages, or both side by side. */
public enum DocumentMode {
    TEXT, PAGE, BOTH;

    /** The name kept in the preferences. */
    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    /** The mode a stored name means; text for a name this version does not know. */
    public static DocumentMode fromCode(String code) {
        for (DocumentMode m : values()) {
            if (m.code().equals(code)) {
                return m;
            }
        }
        return TEXT;
    }

    public boolean showsPages() {
        return this != TEXT;
    }
}
