package org.ogireview.coding;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ogireview.model.Figure;
import org.ogireview.model.FigureStatus;
import org.ogireview.store.AuditEntry;
import org.ogireview.store.CodingStore;
import org.ogireview.store.ExportFixtures;
import org.ogireview.store.H2ReportStore;
import org.ogireview.store.StoreException;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.LongStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Double coding on a real database: assignment, the blind view, agreed values, and what undo leaves alone. */
class DoubleCodingTest {

    @TempDir
    Path dir;

    @Test
    void aRandomShareIsReproducibleWithItsSeedWhateverTheOrder() {
        List<Long> ids = LongStream.rangeClosed(1, 100).boxed().toList();
        List<Long> reversed = new ArrayList<>(ids);
        java.util.Collections.reverse(reversed);
        List<Long> a = CodingSample.draw(ids, 0.2, 7);
        assertThat(a).hasSize(20).isSorted().isSubsetOf(ids);
        assertThat(CodingSample.draw(reversed, 0.2, 7)).isEqualTo(a);
        assertThat(CodingSample.draw(ids, 0.2, 8)).isNotEqualTo(a);
        assertThat(CodingSample.draw(ids, 0.001, 7)).hasSize(1);
        assertThatThrownBy(() -> CodingSample.draw(ids, 1.5, 7)).hasMessageContaining("share");
    }

    @Test
    void eachCoderKeepsTheirOwnValueAndAgreementBecomesTheDatasetValue() throws Exception {
        try (H2ReportStore store = H2ReportStore.open(dir.resolve("db"))) {
            Map<String, Long> ids = ExportFixtures.importBundled(store);
            long report = ids.values().iterator().next();
            DoubleCoding coding = DoubleCoding.of(store).orElseThrow();
            assertThat(coding.assign(List.of(report), "li", "wang", "zhao")).isEmpty();
            // the same report for another pair is refused, not re-assigned
            assertThat(coding.assign(List.of(report), "li", "chen", "zhao")).containsExactly(report);
            assertThat(coding.codingStore().assignment(report).orElseThrow().secondCoder()).isEqualTo("wang");

            Figure proposal = coding.figuresFor(report, "li").get(0);
            String key = proposal.key();
            Figure liValue = proposal.withValue("111", proposal.qualifier()).withStatus(FigureStatus.CORRECTED);
            coding.save(report, "li", proposal, liValue, "edit");
            // wang still sees the proposal, the dataset is unchanged
            assertThat(value(coding.figuresFor(report, "wang"), key)).isEqualTo(proposal.value());
            assertThat(value(coding.figuresFor(report, "li"), key)).isEqualTo("111");
            Figure stored = store.figures(report).stream().filter(f -> f.key().equals(key)).findFirst().orElseThrow();
            assertThat(stored.status()).isEqualTo(FigureStatus.AUTO);
            assertThat(coding.disagreements()).extracting(Disagreement::key).contains(key);

            // a coder not assigned to the report cannot save into it
            assertThatThrownBy(() -> coding.save(report, "chen", proposal, liValue, "edit"))
                    .isInstanceOf(StoreException.class).hasMessageContaining("not by chen");

            coding.save(report, "wang", proposal, liValue, "edit");
            assertThat(value(store.figures(report), key)).isEqualTo("111"); // agreed: the dataset value
            assertThat(coding.disagreements()).extracting(Disagreement::key).doesNotContain(key);
            List<AuditEntry> log = store.history(report);
            assertThat(log).extracting(AuditEntry::action).contains("double_coding", "edit", "agree");
            assertThat(log).filteredOn(e -> e.action().equals("agree")).extracting(AuditEntry::coder)
                    .containsExactly("li+wang");

            // the desk's undo takes back neither a coder's own coding nor the value they agree on
            assertThat(store.canUndo(report)).isFalse();
            assertThat(store.undo(report, "zhao")).isEmpty();
            assertThat(value(store.figures(report), key)).isEqualTo("111");
        }
    }

    private static String value(List<Figure> figures, String key) {
        return figures.stream().filter(f -> f.key().equals(key)).findFirst().orElseThrow().value();
    }
}
