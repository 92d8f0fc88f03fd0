package org.ogireview.gui.reportlist;

import org.ogireview.extract.SearchText;
import org.ogireview.store.ReportSummary;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * What the coder chose above the report list; a report is shown when it meets every part that is set (null or
 * blank: that part lets everything through). Plain Java, so the list's logic is tested without a window. Words,
 * region and phrases are compared folded ({@link SearchText}): 瀘州 finds 泸州市.
 *
 * @param words       words typed in the quick filter; each must be in the file name, region, year, format or state
 * @param region      part of the region's name
 * @param year        the report year
 * @param format      the report format
 * @param status      the review state, or "needs manual entry"
 * @param failing     ids of the reports failing the chosen check (computed by the list from the store's findings)
 * @param textMatches ids of the reports whose text contains the searched phrase
 */
public record ReportFilter(String words, String region, Integer year, FormatChoice format, StatusChoice status,
                           Set<Long> failing, Set<Long> textMatches) {

    public static final ReportFilter NONE = new ReportFilter(null, null, null, null, null, null, null);

    public ReportFilter {
        failing = failing == null ? null : Set.copyOf(failing);
        textMatches = textMatches == null ? null : Set.copyOf(textMatches);
    }

    /** True when no part is set: the whole list shows. */
    public boolean isEmpty() {
        return wordList().isEmpty() && SearchText.fold(region).isEmpty() && year == null && format == null
                && status == null && failing == null && textMatches == null;
    }

    /** A report's region and words as the filter compares them: folded once, not at every keystroke. */
    public record Folded(ReportSummary summary, String region, String words) {

        public static Folded of(ReportSummary r) {
            return new Folded(r, SearchText.fold(r.region()), SearchText.fold(String.join("|",
                    r.fileName() == null ? "" : r.fileName(), r.region() == null ? "" : r.region(),
                    r.year() == null ? "" : r.year().toString(), r.format() == null ? "" : r.format().code(),
                    r.state() == null ? "" : r.state().code())));
        }
    }

    /** The filter as a predicate, folding each report as it goes. */
    public Predicate<ReportSummary> matcher() {
        return matcher(Folded::of);
    }

    /**
     * The filter as a predicate for the list, which runs it on every report at every keystroke: the filter's own
     * words are folded once here, the reports' by {@code folded} (the list keeps them).
     */
    public Predicate<ReportSummary> matcher(Function<ReportSummary, Folded> folded) {
        List<String> wordList = wordList();
        String place = SearchText.fold(region);
        return r -> (year == null || year.equals(r.year()))
                && (format == null || format.matches(r.format()))
                && (status == null || status.matches(r))
                && (failing == null || failing.contains(r.id()))
                && (textMatches == null || textMatches.contains(r.id()))
                && (place.isEmpty() || folded.apply(r).region().contains(place))
                && (wordList.isEmpty() || containsAll(folded.apply(r).words(), wordList));
    }

    private static boolean containsAll(String haystack, List<String> words) {
        for (String w : words) {
            if (!haystack.contains(w)) {
                return false;
            }
        }
        return true;
    }

    private List<String> wordList() {
        return words == null ? List.of() : Arrays.stream(words.split("\\s+")).map(SearchText::fold)
                .filter(w -> !w.isEmpty()).toList();
    }

    public ReportFilter withWords(String w) {
        return new ReportFilter(w, region, year, format, status, failing, textMatches);
    }

    public ReportFilter withRegion(String r) {
        return new ReportFilter(words, r, year, format, status, failing, textMatches);
    }

    public ReportFilter withYear(Integer y) {
        return new ReportFilter(words, region, y, format, status, failing, textMatches);
    }

    public ReportFilter withFormat(FormatChoice f) {
        return new ReportFilter(words, region, year, f, status, failing, textMatches);
    }

    public ReportFilter withStatus(StatusChoice s) {
        return new ReportFilter(words, region, year, format, s, failing, textMatches);
    }

    public ReportFilter withFailing(Set<Long> ids) {
        return new ReportFilter(words, region, year, format, status, ids, textMatches);
    }

    public ReportFilter withTextMatches(Set<Long> ids) {
        return new ReportFilter(words, region, year, format, status, failing, ids);
    }
}
