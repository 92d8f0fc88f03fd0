package org.ogireview.check;

import org.ogireview.extract.NormalizedText;
import org.ogireview.model.Figure;

import java.util.regex.Pattern;

/** Which body a report speaks for and which year, as the across-year rules pair reports up. */
final class Bodies {

    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final Pattern GOVERNMENT = Pattern.compile("(人民政府|政府)$");

    private Bodies() {
    }

    /** The report year: the coder's figure when there is one, else the metadata. */
    static Integer yearOf(ReportFacts r) {
        Reading y = Reading.of(r, "report.year");
        return y.present() ? Integer.valueOf(y.value().intValue()) : r.year();
    }

    static String regionOf(ReportFacts r) {
        Figure f = r.figures().get("report.region");
        return f != null && !f.value().isBlank() ? f.value() : r.region();
    }

    /**
     * Same body: the names agree once folded (Traditional/Simplified, spaces, a trailing 人民政府), or one is the
     * other with its parents in front (淮安市洪泽区 and 洪泽区, as the 2024 and 2023 Hongze reports title themselves).
     */
    static boolean sameBody(String a, String b) {
        if (a == null || b == null) {
            return false;
        }
        String x = canonical(a);
        String y = canonical(b);
        if (x.isEmpty() || y.isEmpty()) {
            return false;
        }
        String shorter = x.length() <= y.length() ? x : y;
        String longer = x.length() <= y.length() ? y : x;
        return longer.equals(shorter) || (shorter.length() >= 2 && longer.endsWith(shorter));
    }

    static String canonical(String name) {
        String s = WHITESPACE.matcher(NormalizedText.foldAll(name)).replaceAll("");
        return GOVERNMENT.matcher(s).replaceAll("");
    }
}
