package org.ogireview.check;

import org.ogireview.model.ApplicantColumn;

import java.util.ArrayList;
import java.util.List;

/** The rows and columns of the standard application table (table 三), as figure keys. */
final class ApplicationTable {

    static final String RECEIVED = "applications.received";
    static final String CARRIED_IN = "applications.carried_in";
    static final String TOTAL_HANDLED = "applications.total_handled";
    static final String CARRIED_OUT = "applications.carried_out";
    static final String OTHER_HANDLING = "applications.other_handling";

    /** （一）…（五）: the result rows every version prints. */
    static final List<String> RESULT_ROWS = List.of(
            "applications.granted", "applications.partly_granted",
            "applications.denied.state_secret", "applications.denied.law_prohibited",
            "applications.denied.security_stability", "applications.denied.third_party",
            "applications.denied.internal_affairs", "applications.denied.process_info",
            "applications.denied.enforcement_files", "applications.denied.query_matters",
            "applications.unable.not_held", "applications.unable.needs_creation", "applications.unable.unclear",
            "applications.not_processed.petition", "applications.not_processed.repeated",
            "applications.not_processed.publications", "applications.not_processed.mass_repeated",
            "applications.not_processed.confirm_reissue");

    /** （六）其他处理 split into sub-rows (revised version); the trial version prints one row instead. */
    static final List<String> OTHER_HANDLING_ROWS = List.of("applications.other_handling.overdue_amendment",
            "applications.other_handling.overdue_fee", "applications.other_handling.other");

    /** The six applicant columns, without 总计. */
    static final List<ApplicantColumn> APPLICANTS = List.of(ApplicantColumn.NATURAL_PERSON,
            ApplicantColumn.COMMERCIAL, ApplicantColumn.RESEARCH, ApplicantColumn.NGO,
            ApplicantColumn.LEGAL_SERVICES, ApplicantColumn.OTHER_ORG);

    private ApplicationTable() {
    }

    /** Every row with numbers, in table order. */
    static List<String> allRows() {
        List<String> rows = new ArrayList<>(List.of(RECEIVED, CARRIED_IN));
        rows.addAll(RESULT_ROWS);
        rows.add(OTHER_HANDLING);
        rows.addAll(OTHER_HANDLING_ROWS);
        rows.add(TOTAL_HANDLED);
        rows.add(CARRIED_OUT);
        return rows;
    }

    /** The column's name in rule ids: the suffix, or "total" for 总计. */
    static String columnId(ApplicantColumn c) {
        return c == ApplicantColumn.TOTAL ? "total" : c.suffix();
    }

    static List<String> keys(List<String> rows, ApplicantColumn c) {
        return rows.stream().map(c::key).toList();
    }
}
