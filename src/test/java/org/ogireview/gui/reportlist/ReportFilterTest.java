package org.ogireview.gui.reportlist;

import org.junit.jupiter.api.Test;
import org.ogireview.model.ReportFormat;
import org.ogireview.model.ReviewState;
import org.ogireview.store.ReportSummary;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class ReportFilterTest {

    private static final ReportSummary LUZHOU_2012 = new ReportSummary(1, "luzhou-2012.txt", "泸州市", 2012,
            ReportFormat.NARRATIVE, 10, 0, 2, ReviewState.NEW, null);
    private static final ReportSummary HONGZE_2023 = new ReportSummary(2, "hongze-2023.txt", "洪泽区", 2023,
            ReportFormat.TABLE2021, 40, 12, 0, ReviewState.IN_PROGRESS, null);
    private static final ReportSummary HONGZE_2024 = new ReportSummary(3, "hongze-2024.pdf", "洪泽区", 2024,
            ReportFormat.TABLE2021, 40, 40, 0, ReviewState.VERIFIED, null);
    private static final ReportSummary SCAN = new ReportSummary(4, "scan.pdf", null, null, null, 0, 0, 0,
            ReviewState.NEW, org.ogireview.model.UserText.plain("no text layer"));
    private static final List<ReportSummary> ALL = List.of(LUZHOU_2012, HONGZE_2023, HONGZE_2024, SCAN);

    private static List<Long> shown(ReportFilter f) {
        return ALL.stream().filter(f.matcher()).map(ReportSummary::id).toList();
    }

    @Test
    void everyPartNarrowsAndThePartsCombine() {
        assertThat(ReportFilter.NONE.isEmpty()).isTrue();
        assertThat(shown(ReportFilter.NONE)).containsExactly(1L, 2L, 3L, 4L);
        assertThat(shown(ReportFilter.NONE.withYear(2023))).containsExactly(2L);
        assertThat(shown(ReportFilter.NONE.withFormat(FormatChoice.TABLE2021))).containsExactly(2L, 3L);
        assertThat(shown(ReportFilter.NONE.withFormat(FormatChoice.UNKNOWN))).containsExactly(4L);
        assertThat(shown(ReportFilter.NONE.withStatus(StatusChoice.NEW))).containsExactly(1L, 4L);
        assertThat(shown(ReportFilter.NONE.withStatus(StatusChoice.VERIFIED))).containsExactly(3L);
        assertThat(shown(ReportFilter.NONE.withStatus(StatusChoice.NEEDS_MANUAL))).containsExactly(4L);
        assertThat(shown(ReportFilter.NONE.withFailing(Set.of(1L, 3L)))).containsExactly(1L, 3L);
        assertThat(shown(ReportFilter.NONE.withTextMatches(Set.of()))).isEmpty();
        assertThat(shown(ReportFilter.NONE.withRegion("洪泽").withStatus(StatusChoice.IN_PROGRESS)))
                .containsExactly(2L);
        assertThat(shown(ReportFilter.NONE.withRegion("洪泽").withYear(2024).withTextMatches(Set.of(2L, 3L))))
                .containsExactly(3L);
        assertThat(ReportFilter.NONE.withRegion("  ").withWords(" ").isEmpty()).isTrue();
    }

    @Test
    void wordsAndRegionAreComparedFolded() {
        // Traditional, full-width and upper case all find the stored Simplified / ASCII forms
        assertThat(shown(ReportFilter.NONE.withRegion("瀘州"))).containsExactly(1L);
        assertThat(shown(ReportFilter.NONE.withWords("ＨＯＮＧＺＥ ２０２３"))).containsExactly(2L);
        assertThat(shown(ReportFilter.NONE.withWords("洪澤 verified"))).containsExactly(3L);
        assertThat(shown(ReportFilter.NONE.withWords("pdf"))).containsExactly(3L, 4L);
        assertThat(shown(ReportFilter.NONE.withWords("2023 narrative"))).isEmpty();
    }
}
