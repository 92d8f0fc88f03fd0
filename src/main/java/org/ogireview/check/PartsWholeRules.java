package org.ogireview.check;

import org.ogireview.model.Severity;

import org.ogireview.check.FieldRelations.Sum;

import java.util.ArrayList;
import java.util.List;

/**
 * The parts-against-whole checks of one report: one instance of {@link PartsWholeRule} per {@code sum} line of
 * field-relations.txt, in file order. Which keys add up to which is data ({@link FieldRelations}); how a sum is
 * judged is {@link PartsWholeRule}'s.
 */
final class PartsWholeRules {

    private PartsWholeRules() {
    }

    /**
     * One instance. Its title comes from the check bundle under its id; a relation the bundles have no title for yet
     * is titled by its first whole's label, so a new relation runs before its words are written.
     */
    private static PartsWholeRule rule(Sum sum, Labels labels) {
        String id = sum.id();
        String zh = CheckText.has(id) ? CheckText.zh(id) : labels.zh(sum.wholes().get(0));
        String en = CheckText.has(id) ? CheckText.en(id) : labels.en(sum.wholes().get(0));
        return new PartsWholeRule(id, Severity.ERROR, sum.formats(), zh, en, sum.wholes(), sum.parts(),
                sum.completeness(), sum.catchAll(), labels);
    }

    static List<Rule> all(FieldRelations relations, Labels labels) {
        List<Rule> out = new ArrayList<>();
        for (Sum sum : relations.sums()) {
            PartsWholeRule rule = rule(sum, labels);
            out.add(sum.ownCategories() ? new OwnCategoriesRule(rule) : rule);
        }
        return List.copyOf(out);
    }
}
