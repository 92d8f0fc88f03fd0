package org.ogireview.gui.form;

/**
 * The widths of the form's columns, in one place: the desk keeps the form at least {@link #MIN_FORM} wide so one
 * field's line (label, value, qualifier, status, confirm, more) is always whole without sideways scrolling.
 */
public final class FormWidths {

    static final double LABEL_MIN = 92;
    static final double EDITOR = 100;
    static final double QUALIFIER = 80;
    static final double STATUS = 70;

    /** The narrowest the form column may get: a field's line plus the section frames and the scroll bar. */
    public static final double MIN_FORM = LABEL_MIN + EDITOR + QUALIFIER + STATUS + 2 * 26 + 5 * 4 + 80;

    private FormWidths() {
    }
}
