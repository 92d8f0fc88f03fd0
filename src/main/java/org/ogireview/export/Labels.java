package org.ogireview.export;

import org.ogireview.model.FieldCatalog;
import org.ogireview.model.FieldDef;
import org.ogireview.model.OwnKeys;

import java.util.HashMap;
import java.util.Map;

/**
 * Field labels for the exports, looked up once per key (derived keys are built on each catalogue lookup); a
 * report-specific key ({@code own.*}) by the label it was derived from.
 */
final class Labels {

    private static final FieldDef UNKNOWN = null;

    private final FieldCatalog catalog;
    private final Map<String, FieldDef> cache = new HashMap<>();

    Labels(FieldCatalog catalog) {
        this.catalog = catalog;
    }

    /** The field of a key, or null for a key the catalogue does not know. */
    FieldDef of(String key) {
        if (cache.containsKey(key)) {
            return cache.get(key);
        }
        FieldDef def = catalog.find(key).orElse(OwnKeys.isOwn(key) ? OwnKeys.fieldOf(key, null, null) : UNKNOWN);
        cache.put(key, def);
        return def;
    }

    String zh(String key) {
        FieldDef d = of(key);
        return d == null ? "" : d.labelZh();
    }

    String en(String key) {
        FieldDef d = of(key);
        return d == null ? "" : d.labelEn();
    }

    String unit(String key) {
        FieldDef d = of(key);
        return d == null || d.unit() == null ? "" : d.unit();
    }
}
