package org.ogireview.gui.form;

import org.ogireview.gui.common.OpenReport;
import org.ogireview.gui.common.ReviewSession;
import org.ogireview.model.FieldDef;
import org.ogireview.model.OwnField;
import org.ogireview.model.OwnKeys;
import org.ogireview.store.StoreException;

import java.util.Map;
import java.util.Optional;

/**
 * The form's view of report-specific figures ({@code own.*} keys): the field of such a key under the label the
 * report writes (kept by the store beside the figure), in the proactive section for one of the report's own
 * categories and in "other" for any other count. A store that keeps no labels gives the label the key was
 * derived from.
 */
final class OwnFormFields {

    private OwnFormFields() {
    }

    static Map<String, OwnField> of(ReviewSession session, OpenReport open) {
        if (open == null || open.figures().stream().noneMatch(f -> OwnKeys.isOwn(f.key()))) {
            return Map.of();
        }
        try {
            return session.store().ownFields(open.id());
        } catch (StoreException e) {
            return Map.of(); // the figures still show, under the label their keys were derived from
        }
    }

    static Optional<FieldDef> def(String key, Map<String, OwnField> fields) {
        if (!OwnKeys.isOwn(key)) {
            return Optional.empty();
        }
        OwnField f = fields.get(key);
        return Optional.of(f == null ? OwnKeys.fieldOf(key, null, null) : f.def());
    }
}
