package org.ogireview.extract;

import org.ogireview.extract.TableTokens.Token;
import org.ogireview.model.ApplicantColumn;

import java.util.ArrayList;
import java.util.List;

/**
 * The order of table 三's seven columns as the {@link TemplateDecoder} decides it: the header's order, the
 * template's, and the table's own arithmetic (总计 is the sum of the applicant columns) to choose between them.
 */
final class ApplicantColumnOrder {

    private ApplicantColumnOrder() {
    }


    /** Whether column c holds the same value under both readings of the columns. */
    static boolean sameUnder(DecodedRow r, List<ApplicantColumn> a, List<ApplicantColumn> b, ApplicantColumn c) {
        int ia = a.indexOf(c);
        int ib = b.indexOf(c);
        if (ia >= r.values.size() || ib >= r.values.size()) {
            return false;
        }
        return r.values.get(ia).value().value().equals(r.values.get(ib).value().value());
    }


    /** The order table 三's header names the seven columns in, when it names each once and not the template's. */
    static List<ApplicantColumn> headerOrder(List<Token> applicationHeader) {
        List<ApplicantColumn> cols = new ArrayList<>();
        for (Token h : applicationHeader) {
            ApplicantColumn c = ApplicationTableReader.applicant(h.folded());
            if (c != null && !cols.contains(c)) {
                cols.add(c);
            }
        }
        return cols.size() == TemplateDecoder.STANDARD.size() && !cols.equals(TemplateDecoder.STANDARD) ? cols : null;
    }


    /** Rows whose total column is the sum of the applicant columns (and not all zero) under a reading. */
    static int sums(List<DecodedRow> rows, List<ApplicantColumn> order) {
        int hits = 0;
        int total = order.indexOf(ApplicantColumn.TOTAL);
        for (DecodedRow r : rows) {
            if (r.values.size() != TemplateDecoder.STANDARD.size() || r.values.stream().anyMatch(v -> !v.value().isNumber())) {
                continue;
            }
            java.math.BigDecimal sum = java.math.BigDecimal.ZERO;
            for (int k = 0; k < TemplateDecoder.STANDARD.size(); k++) {
                if (k != total) {
                    sum = sum.add(new java.math.BigDecimal(r.values.get(k).value().value()));
                }
            }
            java.math.BigDecimal t = new java.math.BigDecimal(r.values.get(total).value().value());
            if (t.signum() != 0 && t.compareTo(sum) == 0) {
                hits++;
            }
        }
        return hits;
    }
}
