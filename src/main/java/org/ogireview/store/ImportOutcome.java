package org.ogireview.store;

/** What adding a report did: its id, and whether the same content (same SHA-256) was already there. */
public record ImportOutcome(long reportId, boolean alreadyPresent) {
}
