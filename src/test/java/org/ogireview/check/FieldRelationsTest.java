package org.ogireview.check;

import com.opencsv.CSVReaderHeaderAware;
import com.opencsv.exceptions.CsvValidationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ogireview.check.FieldRelations.ResultGroup;
import org.ogireview.check.FieldRelations.Sum;
import org.ogireview.check.PartsWholeRule.Completeness;
import org.ogireview.extract.FieldGroups;
import org.ogireview.model.FieldCatalog;
import org.ogireview.model.FieldDef;
import org.ogireview.model.Figure;
import org.ogireview.model.FigureStatus;
import org.ogireview.model.Finding;
import org.ogireview.model.Qualifier;
import org.ogireview.model.ReportFormat;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.ogireview.check.Findings.one;

/**
 * check/field-relations.txt against the catalogue (fields.csv), the check bundles and the field vocabulary: every
 * key a field, every sum well formed, every share the extractor reads with a base, table 三's rows the vocabulary's.
 * And the point of it: a relation added to the file, with a field added to the catalogue, is checked with no code.
 */
class FieldRelationsTest {

    private static final FieldCatalog CATALOG = FieldCatalog.standard();
    private static final FieldRelations RELATIONS = FieldRelations.standard();

    // ------------------------------------------------------------------ the shipped file

    @Test
    void everyKeyTheRelationsNameIsALineOfTheCatalogue() {
        Set<String> lines = CATALOG.fields().stream().map(FieldDef::key).collect(Collectors.toSet());
        assertThat(RELATIONS.keys()).hasSizeGreaterThan(70);
        assertThat(RELATIONS.keys()).allSatisfy(k -> assertThat(lines).as("fields.csv has " + k).contains(k));
        assertThat(RELATIONS.keys()).allSatisfy(k -> assertThat(CATALOG.get(k).type().numeric()).isTrue());
    }

    @Test
    void everySumIsWellFormedAndTitled() {
        assertThat(RELATIONS.sums()).extracting(Sum::id).containsExactly("parts.proactive_categories",
                "parts.application_channels", "parts.application_outcomes", "parts.review", "parts.litigation",
                "parts.litigation_direct", "parts.litigation_after_review", "parts.staff");
        Set<String> partsSeen = new HashSet<>();
        for (Sum s : RELATIONS.sums()) {
            assertThat(s.wholes()).as(s.id()).isNotEmpty();
            assertThat(s.parts()).as(s.id()).hasSizeGreaterThanOrEqualTo(2).doesNotHaveDuplicates()
                    .doesNotContainAnyElementsOf(s.wholes());
            String unit = CATALOG.get(s.wholes().get(0)).unit();
            s.parts().forEach(p -> assertThat(CATALOG.get(p).unit()).as(s.id() + ": unit of " + p).isEqualTo(unit));
            s.parts().forEach(p -> assertThat(partsSeen.add(p)).as(p + " is a part of one sum only").isTrue());
            assertThat(s.completeness() == Completeness.CATCH_ALL).isEqualTo(s.catchAll() != null);
            if (s.catchAll() != null) {
                assertThat(s.parts()).contains(s.catchAll());
            }
            assertThat(CheckText.has(s.id())).as("a title for " + s.id() + " in both check bundles").isTrue();
            // a part's share is of the sum's whole
            s.parts().forEach(p -> assertThat(RELATIONS.shareBase(p)).isEqualTo(s.wholes()));
        }
    }

    @Test
    void theVocabularysGroupsAreSummed() {
        Sum categories = RELATIONS.sums().get(0);
        assertThat(categories.parts()).isEqualTo(FieldGroups.proactiveCategories());
        assertThat(categories.catchAll()).isEqualTo("proactive.other");
        assertThat(categories.ownCategories()).isTrue();
        assertThat(RELATIONS.sums().get(1).parts()).isEqualTo(FieldGroups.applicationChannels());
        assertThat(RELATIONS.sums().get(2).wholes()).containsExactly("applications.answered",
                "applications.replies", "applications.received");
    }

    @Test
    void everyShareTheExtractorReadsHasABase() {
        assertThat(FieldGroups.statedShares()).hasSizeGreaterThan(15)
                .allSatisfy(k -> assertThat(RELATIONS.shareBase(k)).as("base of " + k + ".pct").isNotEmpty());
        assertThat(RELATIONS.shareBase("applications.answered")).containsExactly("applications.received");
        assertThat(RELATIONS.shareBase("proactive.total_change")).containsExactly("proactive.total");
        assertThat(RELATIONS.isGrowth("proactive.total_change")).isTrue();
        assertThat(RELATIONS.isGrowth("applications.granted")).isFalse();
        assertThat(RELATIONS.shareBase("fees.collected")).isEmpty();
    }

    /** Every percentage a coder confirmed in the hand-verified gold files of the test reports has a base to check. */
    @Test
    void everyShareTheHandVerifiedReportsStateHasABase() throws IOException {
        Set<String> pct = new TreeSet<>();
        List<Path> golds;
        try (Stream<Path> files = Files.walk(Path.of("src/test/resources"))) {
            golds = files.filter(f -> f.getFileName().toString().matches(".*gold.*\\.csv")).toList();
        }
        for (Path gold : golds) {
            try (Reader in = Files.newBufferedReader(gold, StandardCharsets.UTF_8);
                 CSVReaderHeaderAware csv = new CSVReaderHeaderAware(in)) {
                Map<String, String> row;
                while ((row = csv.readMap()) != null) {
                    String key = row.get("field");
                    if (key.endsWith(FieldDef.PCT_SUFFIX) && key.indexOf('@') < 0) {
                        pct.add(key);
                    }
                }
            } catch (CsvValidationException e) {
                throw new IOException(gold + ": " + e.getMessage(), e);
            }
        }
        assertThat(golds).hasSizeGreaterThanOrEqualTo(8);
        assertThat(pct).hasSizeGreaterThan(10).allSatisfy(k -> assertThat(
                RELATIONS.shareBase(FieldDef.baseKeyOf(k))).as("base of " + k).isNotEmpty());
    }

    @Test
    void tableThreeHasTheVocabularysRowsInTemplateOrder() {
        assertThat(RELATIONS.table3Rows()).isEqualTo(FieldGroups.applicationTableRows());
        assertThat(RELATIONS.table3Rows()).hasSize(26).startsWith("applications.received",
                "applications.carried_in").endsWith("applications.total_handled", "applications.carried_out");
        assertThat(RELATIONS.resultGroups()).extracting(ResultGroup::name).containsExactly("granted",
                "partly_granted", "denied", "unable", "not_processed", "other_handling");
        assertThat(RELATIONS.resultGroups()).allSatisfy(g ->
                assertThat(CheckText.has("results." + g.name())).as("results." + g.name()).isTrue());
        ResultGroup other = RELATIONS.resultGroups().get(5);
        assertThat(other.rows()).containsExactly("applications.other_handling");
        assertThat(other.split()).hasSize(3).allMatch(k -> k.startsWith("applications.other_handling."));
    }

    @Test
    void theYearAndCollectionRelationsAreWorded() {
        assertThat(RELATIONS.inForce()).extracting(FieldRelations.InForce::kind)
                .containsExactly("rules", "normative_docs");
        assertThat(RELATIONS.inForce()).allSatisfy(k -> assertThat(CheckText.has("inForce." + k.kind())).isTrue());
        assertThat(RELATIONS.unusualShares()).allSatisfy(s ->
                assertThat(CheckText.has("unusual.metric." + s.id())).as(s.id()).isTrue());
        assertThat(UnusualValues.keysRead()).contains("proactive.total", "applications.answered",
                "applications.denied.query_matters");
    }

    // ------------------------------------------------------------------ what the reader refuses

    @Test
    void aMalformedRelationIsRefusedNamingItsLine() throws IOException {
        String good = shipped();
        int lines = (int) good.lines().count();
        assertRefused(good + "sum parts.x all all-parts := staff.total = staff.full_tme + staff.part_time\n",
                "line " + (lines + 1), "'staff.full_tme' is not a field of fields.csv");
        assertRefused(good + "sum parts.x all all-parts := staff.total + staff.full_time\n", "WHOLE | ... = PART");
        assertRefused(good + "sum parts.x all all-parts := review.total = review.upheld + review.other\n",
                "review.upheld: its share already has a base");
        assertRefused(good + "sum parts.x all all-parts := proactive.total = applications.email + fees.collected\n",
                "is not in the unit of proactive.total");
        assertRefused(good + "sum parts.x all catch-all=fees.collected := litigation.total = review.total"
                + " + complaints.total\n", "the catch-all fees.collected is not one of the parts");
        assertRefused(good + "share applications.granted.pct := applications.received\n", "not a field of fields.csv");
        assertRefused(good + "share report.region := applications.received\n", "not a number");
        assertRefused(good + "sum parts.x sometimes all-parts := staff.total = review.total + litigation.total\n",
                "formats 'sometimes'");
        assertRefused(good + "table3-result extra := {NOSUCH}\n", "no group {NOSUCH}");
        assertRefused(good + "table3-result extra := applications.granted\n", "a second time in table3");
        assertRefused(good.replace("table3 carried_out := applications.carried_out\n", ""),
                "no 'table3 carried_out' line");
        assertRefused(good + "checksum := staff.total\n", "unknown line 'checksum'");
    }

    private static void assertRefused(String text, String... messageParts) {
        assertThatThrownBy(() -> FieldRelations.read(new StringReader(text), CATALOG))
                .isInstanceOf(IllegalArgumentException.class)
                .satisfies(e -> assertThat(e.getMessage()).contains(messageParts));
    }

    // ------------------------------------------------------------------ adding a field is a data change

    /**
     * A made-up field, volunteers on disclosure work, added the way docs/vocabulary.md says: a line in a copy of
     * fields.csv and its name added to the staff sum in a copy of field-relations.txt. No code changes, and the staff
     * check and the stated-percentage check take it up; with the shipped files the same report reads differently.
     */
    @Test
    void aFieldAddedToACopyOfTheRelationsIsCheckedWithNoCode(@TempDir Path dir) throws IOException {
        Path fields = dir.resolve("fields.csv");
        Files.writeString(fields, resource("/org/ogireview/model/fields.csv")
                + "staff.volunteers,志愿者,Volunteers,count,人,other,both,\n", StandardCharsets.UTF_8);
        Path relations = dir.resolve("field-relations.txt");
        String staffLine = "sum parts.staff all all-parts := staff.total = staff.full_time + staff.part_time";
        assertThat(shipped()).contains(staffLine);
        Files.writeString(relations, shipped().replace(staffLine, staffLine + " + staff.volunteers"),
                StandardCharsets.UTF_8);
        FieldCatalog catalog;
        FieldRelations extended;
        try (Reader c = Files.newBufferedReader(fields); Reader r = Files.newBufferedReader(relations)) {
            catalog = FieldCatalog.read(c);
            extended = FieldRelations.read(r, catalog);
        }
        Checker withVolunteers = new Checker(catalog, extended);
        Checker shippedChecker = new Checker(catalog);

        // 3 + 4 + 3 = 10: complete with the new part, short without it
        ReportFacts report = Facts.of(ReportFormat.NARRATIVE, "staff.total", "10", "staff.full_time", "3",
                "staff.part_time", "4", "staff.volunteers", "3", "staff.volunteers.pct", "30");
        Finding staff = one(withVolunteers.check(report), "parts.staff");
        assertThat(staff.failed()).isFalse();
        assertThat(staff.messageEn()).contains("Volunteers 3").contains("= 10");
        assertThat(one(shippedChecker.check(report), "parts.staff").failed()).isTrue();

        // 3 of 10 is 30%: its share has staff.total as its base; the shipped relations know no base for it
        Finding pct = one(withVolunteers.check(report), PercentageRule.ID, "staff.volunteers.pct");
        assertThat(pct.ran()).isTrue();
        assertThat(pct.failed()).isFalse();
        assertThat(pct.fields()).contains("staff.total");
        assertThat(one(shippedChecker.check(report), PercentageRule.ID, "staff.volunteers.pct").ran()).isFalse();

        // one volunteer too many is a contradiction
        ReportFacts wrong = Facts.with(report, "staff.volunteers", "4");
        assertThat(one(withVolunteers.check(wrong), "parts.staff").failed()).isTrue();
    }

    /**
     * A relation of a made-up id the bundles have no words for runs too (titled by its whole) and in file order, so
     * a relation between fields the catalogue has is one line.
     */
    @Test
    void aNewRelationRunsBeforeItsWordsAreWritten() throws IOException {
        String line = "sum parts.made_up tables at-most := applications.received = applications.carried_in"
                + " + applications.carried_out\n";
        FieldRelations extended = FieldRelations.read(new StringReader(shipped() + line), CATALOG);
        Checker checker = new Checker(CATALOG, extended);
        ReportFacts report = Facts.of(ReportFormat.TABLE2021, "applications.received", "5",
                "applications.carried_in", "4", "applications.carried_out", "2");
        Finding f = one(checker.check(report), "parts.made_up");
        assertThat(f.failed()).isTrue();
        assertThat(f.messageEn()).startsWith(CATALOG.get("applications.received").labelEn() + ":")
                .contains("= 6");
        assertThat(new Checker().check(report)).noneMatch(x -> x.rule().equals("parts.made_up"));
        assertThat(checker.ruleIds()).containsSubsequence("parts.staff", "parts.made_up", PercentageRule.ID);
    }

    /** A count added to the collection check's list in a copy of the relations is compared across reports. */
    @Test
    void aCountAddedToACopyOfTheRelationsIsComparedAcrossTheCollection() throws IOException {
        String counts = "unusual-count := proactive.total + applications.received + applications.granted"
                + " + review.total + litigation.total";
        assertThat(shipped()).contains(counts + "\n");
        FieldRelations extended = FieldRelations.read(new StringReader(shipped().replace(counts,
                counts + " + staff.total")), CATALOG);
        List<UnusualValues.Entry> entries = new ArrayList<>();
        int[] staff = {2, 3, 3, 4, 4, 5, 5, 6, 7, 8, 300};
        for (int i = 0; i < staff.length; i++) {
            Figure f = new Figure("staff.total", String.valueOf(staff[i]), Qualifier.EXACT, FigureStatus.AUTO, -1,
                    -1, "", 1, String.valueOf(staff[i]), Qualifier.EXACT);
            entries.add(new UnusualValues.Entry(i + 1, (long) i + 1, "government", "county", 2023,
                    Map.of("staff.total", f)));
        }

        Map<Long, List<Finding>> found = new UnusualValues(CATALOG, extended).check(entries);
        assertThat(found).containsOnlyKeys(11L);
        assertThat(found.get(11L)).extracting(Finding::rule).containsExactly("unusual.peers@staff.total");
        assertThat(new UnusualValues().check(entries)).isEmpty();
    }

    private static String shipped() throws IOException {
        return resource(FieldRelations.RESOURCE);
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = FieldRelationsTest.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
