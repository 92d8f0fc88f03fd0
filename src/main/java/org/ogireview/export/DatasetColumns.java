package org.ogireview.export;

import org.ogireview.model.ApplicantColumn;
import org.ogireview.model.FieldCatalog;
import org.ogireview.model.FieldDef;
import org.ogireview.model.FieldType;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The figure columns of the wide and Stata layouts: fixed by the catalogue alone, so every export of every
 * database has the same columns. Every catalogue field but the report.* ones (which are key columns) in fields.csv
 * order, each followed by its stated percentage where reports state one (count fields of the proactive and
 * applications sections that narrative reports carry) and, for the standard table's applications rows (era
 * table2019/table2021), its six applicant columns. Keys outside the catalogue are in the long layout only.
 */
final class DatasetColumns {

    /** One figure column: the field, its wide (CSV) name and its Stata name. */
    record Column(String key, FieldDef field, String wideName, String stataName) {
    }

    private final List<Column> columns;
    private final Map<String, Integer> index = new HashMap<>();

    DatasetColumns(FieldCatalog catalog, Set<String> keyColumnNames) {
        List<String> keys = new ArrayList<>();
        for (FieldDef f : catalog.fields()) {
            if (f.key().startsWith("report.")) {
                continue;
            }
            keys.add(f.key());
            boolean pct = hasPercentage(f);
            if (pct) {
                keys.add(f.key() + FieldDef.PCT_SUFFIX);
            }
            if (hasApplicantColumns(f)) {
                for (ApplicantColumn c : ApplicantColumn.values()) {
                    if (c == ApplicantColumn.TOTAL) {
                        continue;
                    }
                    keys.add(f.key() + "@" + c.suffix());
                    if (pct) {
                        keys.add(f.key() + FieldDef.PCT_SUFFIX + "@" + c.suffix());
                    }
                }
            }
        }
        List<String> stata = StataNames.forKeys(keys, keyColumnNames);
        Set<String> wideUsed = new HashSet<>(keyColumnNames);
        List<Column> out = new ArrayList<>();
        for (int i = 0; i < keys.size(); i++) {
            String k = keys.get(i);
            String wide = WideLayout.columnName(k);
            String unique = wide;
            for (int n = 2; !wideUsed.add(unique); n++) {
                unique = wide + "__" + n;
            }
            out.add(new Column(k, catalog.find(k).orElseThrow(), unique, stata.get(i)));
            index.put(k, i);
        }
        this.columns = List.copyOf(out);
    }

    static boolean hasPercentage(FieldDef f) {
        return f.type() == FieldType.COUNT && (f.section().equals("proactive") || f.section().equals("applications"))
                && (f.era().contains("narrative") || f.era().equals("both"));
    }

    static boolean hasApplicantColumns(FieldDef f) {
        return f.section().equals("applications") && !f.era().equals("narrative");
    }

    List<Column> columns() {
        return columns;
    }

    /** The position of a key's column; -1 for a key with none. */
    int indexOf(String key) {
        return index.getOrDefault(key, -1);
    }
}
