package org.ogireview.model;

import com.opencsv.CSVReaderHeaderAware;
import com.opencsv.exceptions.CsvValidationException;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The canonical fields, read from the bundled copy of {@code shared/spec/fields.csv}. Derived keys
 * ({@code K.pct}, {@code K@column}) are resolved on demand, so the catalogue keeps one line per real field.
 */
public final class FieldCatalog {

    private static final String RESOURCE = "/org/ogireview/model/fields.csv";
    private static volatile FieldCatalog standard;

    private final Map<String, FieldDef> fields;

    private FieldCatalog(Map<String, FieldDef> fields) {
        this.fields = Collections.unmodifiableMap(fields);
    }

    /** The catalogue bundled with the app. */
    public static FieldCatalog standard() {
        FieldCatalog c = standard;
        if (c == null) {
            synchronized (FieldCatalog.class) {
                if (standard == null) {
                    try (InputStream in = FieldCatalog.class.getResourceAsStream(RESOURCE)) {
                        if (in == null) {
                            throw new IllegalStateException("missing resource " + RESOURCE);
                        }
                        standard = read(new InputStreamReader(in, StandardCharsets.UTF_8));
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }
                c = standard;
            }
        }
        return c;
    }

    public static FieldCatalog read(Reader reader) throws IOException {
        Map<String, FieldDef> map = new LinkedHashMap<>();
        try (CSVReaderHeaderAware csv = new CSVReaderHeaderAware(reader)) {
            Map<String, String> row;
            while ((row = csv.readMap()) != null) {
                FieldDef def = new FieldDef(row.get("key").trim(), row.get("label_zh"), row.get("label_en"),
                        FieldType.fromCode(row.get("type")), row.get("unit"), row.get("section"),
                        row.get("era"), row.getOrDefault("notes", ""));
                map.put(def.key(), def);
            }
        } catch (CsvValidationException e) {
            throw new IOException("fields catalogue is malformed: " + e.getMessage(), e);
        }
        return new FieldCatalog(map);
    }

    /** Catalogue fields in fields.csv order (no derived keys). */
    public List<FieldDef> fields() {
        return new ArrayList<>(fields.values());
    }

    /** The field of a key, derived keys included; empty for a key the catalogue does not know. */
    public Optional<FieldDef> find(String key) {
        FieldDef direct = fields.get(key);
        if (direct != null) {
            return Optional.of(direct);
        }
        FieldDef base = fields.get(FieldDef.baseKeyOf(key));
        if (base == null) {
            return Optional.empty();
        }
        String zh = base.labelZh();
        String en = base.labelEn();
        FieldType type = base.type();
        String unit = base.unit();
        int at = key.indexOf('@');
        if (at >= 0) {
            ApplicantColumn col;
            try {
                col = ApplicantColumn.ofSuffix(key.substring(at + 1));
            } catch (IllegalArgumentException e) {
                return Optional.empty();
            }
            zh = zh + "·" + col.labelZh();
            en = en + " (" + col.labelEn() + ")";
        }
        if (FieldDef.baseKeyOf(key).length() < (at >= 0 ? at : key.length())) {
            // the key carries .pct
            zh = zh + "·占比";
            en = en + " (%)";
            type = FieldType.PERCENT;
            unit = "%";
        }
        return Optional.of(new FieldDef(key, zh, en, type, unit, base.section(), base.era(), base.notes()));
    }

    public FieldDef get(String key) {
        return find(key).orElseThrow(() -> new IllegalArgumentException("unknown field: " + key));
    }

    public boolean knows(String key) {
        return find(key).isPresent();
    }

    /** Catalogue fields that a report of the given format uses. */
    public List<FieldDef> fieldsFor(ReportFormat format) {
        List<FieldDef> out = new ArrayList<>();
        for (FieldDef f : fields.values()) {
            if (format == null || format.usesEra(f.era())) {
                out.add(f);
            }
        }
        return out;
    }
}
