package org.ogireview.check;

import org.ogireview.model.FieldCatalog;
import org.ogireview.model.FieldDef;
import org.ogireview.model.OwnKeys;

import java.util.Optional;

/**
 * Field names for messages, in Chinese and English, from the catalogue; a report-specific key ({@code own.*}) by
 * its label; the key itself for an unknown key.
 */
final class Labels {

    private final FieldCatalog catalog;

    Labels(FieldCatalog catalog) {
        this.catalog = catalog;
    }

    String zh(String key) {
        return find(key).map(FieldDef::labelZh).orElse(key);
    }

    String en(String key) {
        return find(key).map(FieldDef::labelEn).orElse(key);
    }

    /** The field of a catalogue key or of a report-specific one; empty for any other key. */
    Optional<FieldDef> find(String key) {
        Optional<FieldDef> def = catalog.find(key);
        if (def.isEmpty() && OwnKeys.isOwn(key)) {
            return Optional.of(OwnKeys.fieldOf(key, null, null));
        }
        return def;
    }

    FieldCatalog catalog() {
        return catalog;
    }
}
