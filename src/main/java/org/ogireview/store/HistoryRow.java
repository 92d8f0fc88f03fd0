package org.ogireview.store;

/**
 * One audit-log entry with what the history export adds: the report's file name, the entry an undo or redo takes
 * back or re-applies, and the rule of a check mark (whose {@code fieldKey} holds the finding's field list).
 */
public record HistoryRow(AuditEntry entry, String fileName, Long reverts, String checkRule) {
}
