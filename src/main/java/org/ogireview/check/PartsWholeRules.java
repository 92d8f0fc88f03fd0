package org.ogireview.check;

import org.ogireview.check.PartsWholeRule.Completeness;

import java.util.List;

/** The parts-against-whole checks of one report, as a table: each line one instance of {@link PartsWholeRule}. */
final class PartsWholeRules {

    static final List<String> CATEGORIES = List.of("proactive.overview", "proactive.plans",
            "proactive.regulatory_docs", "proactive.work_updates", "proactive.personnel", "proactive.finance",
            "proactive.enforcement", "proactive.other");
    static final List<String> CHANNELS = List.of("applications.in_person", "applications.online",
            "applications.mail", "applications.fax", "applications.email");
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

    static List<Rule> all(Labels labels) {
        return List.of(
                new OwnCategoriesRule(new PartsWholeRule("parts.proactive_categories", Severity.ERROR,
                        Formats.NARRATIVE, "主动公开分类", "Proactive disclosure by category",
                        List.of("proactive.total"), CATEGORIES, Completeness.CATCH_ALL, "proactive.other", labels)),
                new PartsWholeRule("parts.application_channels", Severity.ERROR, Formats.NARRATIVE,
                        "申请方式", "Applications by channel", List.of("applications.received"), CHANNELS,
                        Completeness.ALL_PARTS, null, labels),
                new PartsWholeRule("parts.application_outcomes", Severity.ERROR, Formats.NARRATIVE,
                        "答复结果", "Replies by outcome", OUTCOME_WHOLES, OUTCOMES, Completeness.AT_MOST, null, labels),
                new PartsWholeRule("parts.review", Severity.ERROR, Formats.ALL,
                        "行政复议", "Administrative reconsideration", List.of("review.total"),
                        fourResults("review"), Completeness.ALL_PARTS, null, labels),
                new PartsWholeRule("parts.litigation", Severity.ERROR, Formats.NARRATIVE,
                        "行政诉讼", "Administrative litigation", List.of("litigation.total"),
                        fourResults("litigation"), Completeness.ALL_PARTS, null, labels),
                new PartsWholeRule("parts.litigation_direct", Severity.ERROR, Formats.TABLES,
                        "未经复议直接起诉", "Suits filed directly", List.of("litigation.direct.total"),
                        fourResults("litigation.direct"), Completeness.ALL_PARTS, null, labels),
                new PartsWholeRule("parts.litigation_after_review", Severity.ERROR, Formats.TABLES,
                        "复议后起诉", "Suits after reconsideration", List.of("litigation.after_review.total"),
                        fourResults("litigation.after_review"), Completeness.ALL_PARTS, null, labels),
                new PartsWholeRule("parts.staff", Severity.ERROR, Formats.ALL,
                        "工作人员", "Staff", List.of("staff.total"), List.of("staff.full_time", "staff.part_time"),
                        Completeness.ALL_PARTS, null, labels));
    }
}
