package org.ogireview.export;

import org.ogireview.model.Divisions;
import org.ogireview.model.FieldDef;

import java.util.ArrayList;
import java.util.List;

/**
 * One row per exported column of the wide and Stata layouts: its names, its field, labels, type, unit, section,
 * era and what its codes and missing values mean. Written as CSV and as a Markdown page beside the Stata files.
 */
final class Codebook {

    static final String[] HEADER = {"column", "stata_name", "field_key", "role", "label_zh", "label_en", "type",
            "unit", "section", "era", "codes"};

    static final String STATUS_CODES = "wide: auto | confirmed | corrected | blank_in_source | not_stated, empty = "
            + "the report has no such figure; Stata: 1 auto (not yet reviewed) 2 confirmed 3 corrected "
            + "4 blank_in_source 5 not_stated, . = no such figure";
    static final String QUALIFIER_CODES = "wide: exact | more_than | about | less_than | blank_in_source; Stata: "
            + "0 exact 1 more_than 2 about 3 less_than 4 blank_in_source 9 value not a number (see the long layout)";
    static final String VALUE_CODES = "empty in wide (Stata .a) when blank in the source, empty (Stata .b) when not "
            + "stated, empty (Stata .) when the report has no such figure: the _status column tells them apart";

    private Codebook() {
    }

    /** The rows, key columns first, in the column order of the export. */
    static List<String[]> rows(DatasetColumns columns, Labels labels) {
        List<String[]> out = new ArrayList<>();
        for (KeyColumns.Key k : KeyColumns.ALL) {
            String codes = switch (k.name()) {
                case "format" -> "narrative | table2019 | table2021; Stata: 1 narrative 2 table2019 3 table2021";
                case "review_state" -> "new | in_progress | verified; Stata: 1 new 2 in_progress 3 verified";
                case "division_code" -> "codes of the National Bureau of Statistics, from " + Divisions.SOURCE;
                case "body_kind" -> "government | office | department | zone_committee | township | street | other";
                default -> "";
            };
            out.add(new String[]{k.name(), k.name(), "", "key", k.zh(), k.en(), k.type(), "", "key", "", codes});
        }
        for (DatasetColumns.Column c : columns.columns()) {
            FieldDef f = c.field();
            String zh = labels.zh(c.key());
            String en = labels.en(c.key());
            String unit = labels.unit(c.key());
            out.add(new String[]{c.wideName(), c.stataName(), c.key(), "value", zh, en, f.type().name()
                    .toLowerCase(java.util.Locale.ROOT), unit, f.section(), f.era(), VALUE_CODES});
            out.add(new String[]{c.wideName() + WideLayout.STATUS, c.stataName() + StataExport.STATUS, c.key(),
                    "status", zh + "·状态", en + " (status)", "enum", "", f.section(), f.era(), STATUS_CODES});
            out.add(new String[]{c.wideName() + WideLayout.QUALIFIER, c.stataName() + StataExport.QUALIFIER,
                    c.key(), "qualifier", zh + "·限定", en + " (qualifier)", "enum", "", f.section(), f.era(),
                    QUALIFIER_CODES});
        }
        return out;
    }

    /** The codebook as a Markdown page. */
    static String markdown(List<String[]> rows) {
        StringBuilder b = new StringBuilder();
        b.append("# OGI Report Review: codebook of the wide and Stata exports\n\n")
                .append("One row per report (a further file of the same report is listed in `source_files`). ")
                .append("Every catalogue figure has three columns: the value, its status and its qualifier.\n\n")
                .append("- **status**: ").append(STATUS_CODES).append("\n")
                .append("- **qualifier**: ").append(QUALIFIER_CODES).append("\n")
                .append("- **value**: ").append(VALUE_CODES).append("\n")
                .append("- Divisions: ").append(Divisions.SOURCE).append("\n\n")
                .append("| column | Stata | field | role | 中文 | English | type | unit | section | era |\n")
                .append("|---|---|---|---|---|---|---|---|---|---|\n");
        for (String[] r : rows) {
            b.append('|');
            for (int i = 0; i < 10; i++) {
                b.append(' ').append(r[i].replace("|", "\\|")).append(" |");
            }
            b.append('\n');
        }
        return b.toString();
    }
}
