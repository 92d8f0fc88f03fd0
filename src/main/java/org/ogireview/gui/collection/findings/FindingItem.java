package org.ogireview.gui.collection.findings;

import org.ogireview.check.UnusualValues;
import org.ogireview.model.Division;
import org.ogireview.model.Divisions;
import org.ogireview.store.CollectionFindings;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One line of the findings list: a stored failed finding of some report, with what the list sorts and filters on.
 *
 * @param divisions the codes of the body's division and every division above it (a county's city and province), so
 *                  that choosing a province keeps its counties' findings
 */
public record FindingItem(CollectionFindings.Row row, List<String> divisions) {

    public FindingItem {
        divisions = List.copyOf(divisions);
    }

    static FindingItem of(CollectionFindings.Row row, Divisions known) {
        List<String> path = new ArrayList<>();
        if (row.divisionCode() != null) {
            known.byCode(row.divisionCode()).ifPresentOrElse(d -> {
                for (Division p : known.path(d)) {
                    path.add(p.code());
                }
            }, () -> path.add(row.divisionCode()));
        }
        return new FindingItem(row, path);
    }

    /** The rule without its instance: {@code apps.table.row@总计} → {@code apps.table.row}. */
    public String ruleBase() {
        String rule = row.finding().rule();
        int at = rule.indexOf('@');
        return at < 0 ? rule : rule.substring(0, at);
    }

    public boolean unusual() {
        return row.finding().rule().startsWith(UnusualValues.PREFIX);
    }

    public String message(boolean chinese) {
        return chinese ? row.finding().messageZh() : row.finding().messageEn();
    }

    /** True when the free text occurs in the body, region, file, rule, fields or either message (case ignored). */
    boolean mentions(String text) {
        String t = text.strip().toLowerCase(Locale.ROOT);
        if (t.isEmpty()) {
            return true;
        }
        for (String s : new String[] {row.bodyName(), row.region(), row.fileName(), row.finding().rule(),
                row.finding().fieldList(), row.finding().messageZh(), row.finding().messageEn(),
                row.mark() == null ? null : row.mark().note()}) {
            if (s != null && s.toLowerCase(Locale.ROOT).contains(t)) {
                return true;
            }
        }
        return false;
    }
}
