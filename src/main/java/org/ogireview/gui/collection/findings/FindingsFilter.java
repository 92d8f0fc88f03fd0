package org.ogireview.gui.collection.findings;

/**
 * What the findings list shows: every criterion null (or blank) means "any".
 *
 * @param rule          a rule without its instance ({@code parts.review}, {@code unusual.peers}) or
 *                      {@link #UNUSUAL} for every unusual value
 * @param bodyId        one body
 * @param year          one report year
 * @param division      a division code: the findings of bodies in it or below it
 * @param text          free text (see {@link FindingItem#mentions})
 * @param withSettled   also the findings marked "as published"
 */
public record FindingsFilter(String rule, Long bodyId, Integer year, String division, String text,
                             boolean withSettled) {

    /** The rule choice that keeps every unusual value, of any kind. */
    public static final String UNUSUAL = "unusual.*";

    public static final FindingsFilter NONE = new FindingsFilter(null, null, null, null, "", false);

    public boolean keeps(FindingItem item) {
        if (!withSettled && !item.row().open()) {
            return false;
        }
        if (rule != null && !(rule.equals(UNUSUAL) ? item.unusual() : rule.equals(item.ruleBase()))) {
            return false;
        }
        if (bodyId != null && !bodyId.equals(item.row().bodyId())) {
            return false;
        }
        if (year != null && !year.equals(item.row().year())) {
            return false;
        }
        if (division != null && !item.divisions().contains(division)) {
            return false;
        }
        return text == null || item.mentions(text);
    }
}
