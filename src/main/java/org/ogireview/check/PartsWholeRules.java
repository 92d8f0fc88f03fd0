package org.ogireview.check;

import org.ogireview.model.Severity;

import org.ogireview.check.PartsWholeRule.Completeness;

import org.ogireview.extract.FieldGroups;
import org.ogireview.model.ReportFormat;

import java.util.List;
import java.util.Set;

/** The parts-against-whole checks of one report, as a table: each line one instance of {@link PartsWholeRule}. */
final class PartsWholeRules {

    /** The proactive categories and the application channels: groups the field vocabulary declares. */
    static final List<String> CATEGORIES = FieldGroups.proactiveCategories();
    static final List<String> CHANNELS = FieldGroups.applicationChannels();
    static final List<String> OUTCOMES = List.of("applications.granted", "applications.partly_granted",
            "applications.denied", "applications.unable", "applications.not_processed",
            "applications.other_handling", "applications.not_this_agency", "applications.not_exist");
    /** The wholes outcomes are counted against, in order of preference. */
    static final List<String> OUTCOME_WHOLES = List.of("applications.answered", "applications.replies",
            "applications.received");

    private PartsWholeRules() {
    }

    static List<String> fourResults(String prefix) {
        return List.of(prefix + ".upheld", prefix + ".corrected", prefix + ".other", prefix + ".pending");
    }

    /** One instance; its title comes from the check bundle under its id. */
    private static PartsWholeRule rule(String id, Set<ReportFormat> formats, List<String> wholes, List<String> parts,
                                       Completeness completeness, String catchAll, Labels labels) {
        return new PartsWholeRule(id, Severity.ERROR, formats, CheckText.zh(id), CheckText.en(id), wholes, parts,
                completeness, catchAll, labels);
    }

    static List<Rule> all(Labels labels) {
        return List.of(
                new OwnCategoriesRule(rule("parts.proactive_categories", Formats.NARRATIVE,
                        List.of("proactive.total"), CATEGORIES, Completeness.CATCH_ALL, "proactive.other", labels)),
                rule("parts.application_channels", Formats.NARRATIVE, List.of("applications.received"), CHANNELS,
                        Completeness.ALL_PARTS, null, labels),
                rule("parts.application_outcomes", Formats.NARRATIVE, OUTCOME_WHOLES, OUTCOMES,
                        Completeness.AT_MOST, null, labels),
                rule("parts.review", Formats.ALL, List.of("review.total"), fourResults("review"),
                        Completeness.ALL_PARTS, null, labels),
                rule("parts.litigation", Formats.NARRATIVE, List.of("litigation.total"), fourResults("litigation"),
                        Completeness.ALL_PARTS, null, labels),
                rule("parts.litigation_direct", Formats.TABLES, List.of("litigation.direct.total"),
                        fourResults("litigation.direct"), Completeness.ALL_PARTS, null, labels),
                rule("parts.litigation_after_review", Formats.TABLES, List.of("litigation.after_review.total"),
                        fourResults("litigation.after_review"), Completeness.ALL_PARTS, null, labels),
                rule("parts.staff", Formats.ALL, List.of("staff.total"), List.of("staff.full_time", "staff.part_time"),
                        Completeness.ALL_PARTS, null, labels));
    }
}
