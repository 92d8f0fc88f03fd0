package org.ogireview.check;

import org.ogireview.model.FieldCatalog;
import org.ogireview.model.FieldDef;

/** Field names for messages, in Chinese and English, from the catalogue (the key itself for an unknown key). */
final class Labels {

    private final FieldCatalog catalog;

    Labels(FieldCatalog catalog) {
        this.catalog = catalog;
    }

    String zh(String key) {
        return catalog.find(key).map(FieldDef::labelZh).orElse(key);
    }

    String en(String key) {
        return catalog.find(key).map(FieldDef::labelEn).orElse(key);
    }

    FieldCatalog catalog() {
        return catalog;
    }
}
