package org.ogireview.check;

import org.ogireview.model.Finding;

import org.ogireview.model.Figure;
import org.ogireview.model.OwnKeys;
import org.ogireview.model.ReportFormat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * "Categories add up to the total" over the list the report gives: the catalogue's categories plus the report's own
 * ({@code own.cat.*}, e.g. 机构职能类, 重大建设项目). A province's scheme of sixteen categories, two of which the
 * catalogue names, would otherwise be summed as those two and fall short of the total; with the report's own
 * categories the sum is the report's own, so a consistent list raises nothing and an inconsistent one (147 + 47 + 4
 * = 198 against 192) still does. Without report-specific categories it is exactly the catalogue rule.
 */
final class OwnCategoriesRule implements Rule {

    private final PartsWholeRule catalogue;

    OwnCategoriesRule(PartsWholeRule catalogue) {
        this.catalogue = catalogue;
    }

    @Override
    public String id() {
        return catalogue.id();
    }

    @Override
    public boolean appliesTo(ReportFormat format) {
        return catalogue.appliesTo(format);
    }

    @Override
    public List<Finding> check(ReportFacts report) {
        List<Figure> own = report.figures().values().stream().filter(f -> OwnKeys.isCategory(f.key()))
                .sorted(Comparator.comparingInt((Figure f) -> f.start() < 0 ? Integer.MAX_VALUE : f.start())
                        .thenComparing(Figure::key))
                .toList();
        if (own.isEmpty()) {
            return catalogue.check(report);
        }
        List<String> parts = new ArrayList<>(catalogue.parts());
        own.forEach(f -> parts.add(f.key()));
        PartsWholeRule c = catalogue;
        return new PartsWholeRule(c.id(), c.severity(), c.formats(), c.titleZh(), c.titleEn(), c.wholes(), parts,
                c.completeness(), c.catchAll(), c.labels()).check(report);
    }
}
