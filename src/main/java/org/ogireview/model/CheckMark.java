package org.ogireview.model;

import java.time.Instant;

/**
 * The coder's word on a failed check: the report really says so ("as published"), with a note.
 *
 * @param rule   the rule's id
 * @param fields the field keys the finding involves, space-separated (identifies the finding within the rule)
 */
public record CheckMark(long reportId, String rule, String fields, boolean asPublished, String note, String coder,
                        Instant at) {
}
