package org.ogireview.store;

import java.util.Set;

/** The actions the store itself writes to the audit log; a coder's edit may use any other name. */
final class AuditActions {

    /** The key of the audit entry an import writes (it concerns the whole report, not one figure). */
    static final String WHOLE_REPORT = "*";
    static final String IMPORT = "import";
    static final String UNDO = "undo";
    static final String REDO = "redo";
    static final String CHECK_MARK = "check_mark";
    static final Set<String> RESERVED = Set.of(IMPORT, UNDO, REDO, CHECK_MARK);

    private AuditActions() {
    }
}
