package org.ogireview.model;

/**
 * One field of the catalogue ({@code fields.csv}), or a field derived from one: its stated percentage
 * ({@code K.pct}) or one applicant column of the standard table ({@code K@ngo}).
 *
 * @param section meta, proactive, applications, fees, review or other
 * @param era     the era column of fields.csv: narrative, table2019, table2021, both, or a '+' combination
 */
public record FieldDef(String key, String labelZh, String labelEn, FieldType type, String unit,
                       String section, String era, String notes) {

    public static final String PCT_SUFFIX = ".pct";

    /** The catalogue key this field derives from (itself for a catalogue field). */
    public String baseKey() {
        return baseKeyOf(key);
    }

    public boolean isPercentage() {
        return key.endsWith(PCT_SUFFIX);
    }

    /** The applicant column of a standard-table cell; TOTAL for every other field. */
    public ApplicantColumn column() {
        int at = key.indexOf('@');
        return at < 0 ? ApplicantColumn.TOTAL : ApplicantColumn.ofSuffix(key.substring(at + 1));
    }

    public static String baseKeyOf(String key) {
        String k = key;
        int at = k.indexOf('@');
        if (at >= 0) {
            k = k.substring(0, at);
        }
        if (k.endsWith(PCT_SUFFIX)) {
            k = k.substring(0, k.length() - PCT_SUFFIX.length());
        }
        return k;
    }
}
