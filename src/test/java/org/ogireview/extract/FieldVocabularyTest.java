package org.ogireview.extract;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.ogireview.ingest.IngestedDocument;
import org.ogireview.model.ExtractedFigure;
import org.ogireview.model.FieldCatalog;
import org.ogireview.model.ReportFormat;

import java.io.StringReader;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The field vocabulary (field-vocabulary.txt) against the catalogue, and each field's example sentences read by the
 * prose rules: adding a field's words is a data change that these tests check.
 */
class FieldVocabularyTest {

    private static final FieldVocabulary VOCABULARY = FieldVocabulary.standard();
    private static final FieldCatalog CATALOG = FieldCatalog.standard();

    @Test
    void everyKeyTheVocabularyNamesIsInTheCatalogue() {
        assertThat(VOCABULARY.keys()).isNotEmpty().allMatch(CATALOG::knows);
        assertThat(VOCABULARY.proseRules()).extracting(ProseRules.Rule::key).allMatch(CATALOG::knows);
        VOCABULARY.statsRows().stream().filter(r -> r.key() != null)
                .forEach(r -> assertThat(CATALOG.knows(r.key())).as(r.key()).isTrue());
        VOCABULARY.table3().stream().filter(r -> !r.isGroup())
                .forEach(r -> assertThat(CATALOG.knows(r.key())).as(r.key()).isTrue());
    }

    @Test
    void everyRowAndColumnOfTable2NamesCatalogueFields() {
        for (FieldVocabulary.Table2Row row : VOCABULARY.table2Rows()) {
            assertThat(VOCABULARY.table2Columns().keySet())
                    .as("table 二 row %s has a column in the catalogue", row.part())
                    .anyMatch(c -> CATALOG.knows("proactive." + row.part() + "." + c));
        }
        for (String column : VOCABULARY.table2Columns().keySet()) {
            assertThat(VOCABULARY.table2Rows())
                    .as("table 二 column %s is in the catalogue for some row", column)
                    .anyMatch(r -> CATALOG.knows("proactive." + r.part() + "." + column));
        }
    }

    @Test
    void eachEraTemplateOfTable2NamesFieldsOfThatEra() {
        int columns = 0;
        for (ReportFormat era : List.of(ReportFormat.TABLE2019, ReportFormat.TABLE2021)) {
            for (FieldVocabulary.Table2Row row : VOCABULARY.table2Rows()) {
                for (String column : VOCABULARY.table2Template(era, row.part())) {
                    String key = "proactive." + row.part() + "." + column;
                    assertThat(era.usesEra(CATALOG.get(key).era())).as("%s in %s", key, era).isTrue();
                    assertThat(VOCABULARY.table2Columns()).containsKey(column);
                    columns++;
                }
            }
        }
        assertThat(columns).isEqualTo((3 + 3 + 3 * 4 + 2 + 2) + (3 + 3 + 3 + 1));
        assertThat(VOCABULARY.table2Template(ReportFormat.TABLE2021, "procurement")).isEmpty();
    }

    @Test
    void aKeyTheCatalogueDoesNotKnowFailsTheLoadNamingItsLine() {
        String text = "define FILL := [ ]?\nfield proactive.total\n  topic PROACTIVE\n\nfield proactive.totl\n"
                + "  topic PROACTIVE\n";
        assertThatThrownBy(() -> FieldVocabulary.read(new StringReader(text), CATALOG))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("line 5").hasMessageContaining("proactive.totl")
                .hasMessageContaining("fields.csv");
        String change = "field proactive.total\n  change proactive.total_chnage\n";
        assertThatThrownBy(() -> FieldVocabulary.read(new StringReader(change), CATALOG))
                .hasMessageContaining("line 2").hasMessageContaining("proactive.total_chnage");
    }

    @Test
    void aMalformedLineFailsTheLoadNamingItsLine() {
        assertThatThrownBy(() -> FieldVocabulary.read(new StringReader(
                "define ITEMS := 条|件\nfield proactive.total\n  topic PROACTIVE\n"
                        + "  prose label 0.85 channel ITEMS := 主动公开{WORD}\n"), CATALOG))
                .hasMessageContaining("line 4").hasMessageContaining("undefined {WORD}");
        assertThatThrownBy(() -> FieldVocabulary.read(new StringReader(
                "field proactive.total\n  topic PROACTIVE\n  stats-row := ^主动(公开\n"), CATALOG))
                .hasMessageContaining("line 3").hasMessageContaining("does not compile");
        assertThatThrownBy(() -> FieldVocabulary.read(new StringReader(
                "field proactive.total\n  topic PROACTIVE\nfield proactive.total\n"), CATALOG))
                .hasMessageContaining("line 3").hasMessageContaining("a second block");
        assertThatThrownBy(() -> FieldVocabulary.read(new StringReader(
                "field proactive.total\n  topic PROACTIVES\n"), CATALOG))
                .hasMessageContaining("unknown topic PROACTIVES");
        assertThatThrownBy(() -> FieldVocabulary.read(new StringReader(
                "field proactive.overview\n  topic PROACTIVE\n  share # read 占x% too\n"), CATALOG))
                .hasMessageContaining("line 3").hasMessageContaining("'share' takes 0 words");
    }

    @Test
    void everyFieldWithProseWordingsHasAnExampleSentence() {
        Set<String> withProse = VOCABULARY.proseRules().stream().map(ProseRules.Rule::key)
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> withExample = VOCABULARY.examples().stream().map(FieldVocabulary.Example::key)
                .collect(Collectors.toSet());
        assertThat(withExample).containsAll(withProse);
    }

    @Test
    void theCategoriesAndChannelsAreTheFieldsTheChecksSum() {
        // the order is the order the checks list them in their messages
        assertThat(FieldGroups.proactiveCategories()).containsExactly("proactive.overview", "proactive.plans",
                "proactive.regulatory_docs", "proactive.work_updates", "proactive.personnel", "proactive.finance",
                "proactive.enforcement", "proactive.other");
        assertThat(FieldGroups.applicationChannels()).containsExactly("applications.in_person",
                "applications.online", "applications.mail", "applications.fax", "applications.email");
    }

    @Test
    void theZeroWordingsTheZeroReaderUsesAreDeclared() {
        for (String key : List.of("review.total", "litigation.total", "complaints.total", "fees.collected",
                "applications.received", "applications.denied")) {
            assertThat(VOCABULARY.field(key).zero()).as(key).isNotNull();
        }
        assertThat(VOCABULARY.field("applications.received").zeroAsked()).isNotNull();
    }

    /** Each example sentence, read as a narrative report, gives its field the stated value and qualifier. */
    @TestFactory
    Stream<DynamicTest> eachExampleSentenceReadsAsItsValue() {
        return VOCABULARY.examples().stream().map(e -> DynamicTest.dynamicTest(
                e.key() + " (line " + e.line() + "): " + e.sentence(), () -> {
                    ExtractedFigure f = read(e.sentence()).stream().filter(x -> x.key().equals(e.key()))
                            .findFirst().orElse(null);
                    assertThat(f).as("%s in «%s»", e.key(), e.sentence()).isNotNull();
                    assertThat(f.value()).isEqualTo(e.value());
                    assertThat(f.qualifier().code()).isEqualTo(e.qualifier());
                    assertThat(f.snippet()).isEqualTo(e.sentence().substring(f.start(), f.end()));
                }));
    }

    private static List<ExtractedFigure> read(String text) {
        IngestedDocument doc = new IngestedDocument("t.txt", "", "txt", "UTF-8", text, List.of(), List.of(), 0, null,
                List.of());
        ExtractionContext context = new ExtractionContext(doc, NormalizedText.of(text), List.of(),
                ReportFormat.NARRATIVE, null);
        return new NarrativeExtractor().extract(context);
    }
}
