package org.ogireview.store;

import java.time.Instant;

/**
 * One line of the append-only audit log: a change to one figure (or a check mark), who made it and when.
 *
 * @param action edit, confirm, blank, not_stated, source, undo, redo, check_mark, import
 */
public record AuditEntry(long id, long reportId, String fieldKey, String oldValue, String oldQualifier,
                         String oldStatus, String newValue, String newQualifier, String newStatus, String coder,
                         Instant at, String action) {
}
