package org.ogireview.store;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ogireview.coding.Disagreement;
import org.ogireview.coding.DoubleCoding;
import org.ogireview.model.Figure;
import org.ogireview.model.FigureStatus;
import org.ogireview.model.Qualifier;
import org.ogireview.model.UserText;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

/**
 * Undo and redo on a team database (issue 13, docs/decisions/0330): two coders interleave edits and undos on the
 * same report and the same figure. A coder's undo takes back their own changes only, never the other's; when the
 * other changed the figure after it, the undo (redo) is refused with the value there now, the refusal is in the
 * audit log, and nothing changes. The same on an H2 file used under two names ({@link TeamUndoH2Test}) and on
 * PostgreSQL with two stores, one per desk ({@link TeamUndoPostgresTest}); blind coding's undo of a coder's own values
 * follows the same rules.
 */
abstract class TeamUndoContract {

    /** li's desk and wang's desk: two stores on one PostgreSQL database, or the same store on one H2 file. */
    ReportStore li;
    ReportStore wang;
    long report;
    String a;
    String b;
    String originalA;
    String originalB;

    /** Opens the database with the bundled reports in it; {@link #li} and {@link #wang} are its stores. */
    abstract void openTwoDesks() throws Exception;

    abstract void closeDesks() throws Exception;

    @BeforeEach
    void setUp() throws Exception {
        openTwoDesks();
        report = li.list().get(0).id();
        List<Figure> figures = li.figures(report).stream().filter(f -> !f.key().startsWith("report.")).toList();
        a = figures.get(0).key();
        b = figures.get(1).key();
        originalA = value(li, a);
        originalB = value(li, b);
    }

    @AfterEach
    void tearDown() throws Exception {
        closeDesks();
    }

    static Figure figure(ReportStore s, long report, String key) throws StoreException {
        return s.figures(report).stream().filter(f -> f.key().equals(key)).findFirst().orElseThrow();
    }

    private String value(ReportStore s, String key) throws StoreException {
        return figure(s, report, key).value();
    }

    private void edit(ReportStore s, String coder, String key, String value) throws StoreException {
        Figure seen = figure(s, report, key);
        s.save(report, seen, seen.withValue(value, Qualifier.EXACT), coder, "edit");
    }

    @Test
    void aCodersUndoTakesBackTheirOwnChangesNeverTheOthers() throws Exception {
        edit(li, "li", a, "111");
        edit(wang, "wang", b, "222");
        assertThat(li.canUndo(report, "li")).isTrue();

        // li's undo skips wang's later change of another figure and takes back her own
        assertThat(li.undo(report, "li")).get().extracting(Figure::key, Figure::value)
                .containsExactly(a, originalA);
        assertThat(value(wang, b)).isEqualTo("222");
        assertThat(li.canUndo(report, "li")).isFalse();
        assertThat(li.undo(report, "li")).isEmpty(); // nothing of li's left: wang's change stays
        assertThat(value(li, b)).isEqualTo("222");

        // li's redo re-applies her change; wang's undo then takes back only his
        assertThat(li.redo(report, "li")).get().extracting(Figure::value).isEqualTo("111");
        assertThat(wang.undo(report, "wang")).get().extracting(Figure::key, Figure::value)
                .containsExactly(b, originalB);
        assertThat(value(wang, a)).isEqualTo("111");
        assertThat(wang.undo(report, "wang")).isEmpty();
        assertThat(value(li, a)).isEqualTo("111");

        assertThat(li.history(report)).filteredOn(e -> e.action().equals("undo") || e.action().equals("redo"))
                .extracting(AuditEntry::coder, AuditEntry::action, AuditEntry::fieldKey)
                .containsExactly(tuple("li", "undo", a), tuple("li", "redo", a), tuple("wang", "undo", b));
    }

    @Test
    void anUndoAfterTheOtherCoderChangedTheFigureIsRefusedAndLogged() throws Exception {
        edit(li, "li", a, "111");
        edit(wang, "wang", a, "222"); // on top of li's value: an ordinary save, accepted

        assertThatThrownBy(() -> li.undo(report, "li")).isInstanceOfSatisfying(UndoConflictException.class, e -> {
            assertThat(e.changedBy()).isEqualTo("wang");
            assertThat(e.key()).isEqualTo(a);
            assertThat(e.current()).get().extracting(Figure::value).isEqualTo("222");
            assertThat(e.getMessage()).startsWith("Not undone: wang changed " + a + " of report " + report)
                    .contains("put back " + (originalA.isEmpty() ? "(blank)" : originalA) + " over wang's value 222");
            assertThat(UserText.of(e, Locale.SIMPLIFIED_CHINESE)).startsWith("未撤销：").contains("wang", "222");
        });
        assertThat(value(li, a)).isEqualTo("222"); // wang's later work stands
        assertThat(value(wang, a)).isEqualTo("222");
        List<AuditEntry> refusals = li.history(report).stream()
                .filter(e -> e.action().equals("undo_conflict")).toList();
        assertThat(refusals).extracting(AuditEntry::coder, AuditEntry::fieldKey, AuditEntry::oldValue,
                AuditEntry::newValue).containsExactly(tuple("li", a, "222", originalA));
        assertThat(DatabaseVerifier.verify(((H2ReportStore) li).database()).problems()).isEmpty();

        // wang's own undo is his to make; once his change is taken back, nothing of his later work is left to
        // overwrite and li's undo goes through
        assertThat(wang.undo(report, "wang")).get().extracting(Figure::value).isEqualTo("111");
        assertThat(li.undo(report, "li")).get().extracting(Figure::value).isEqualTo(originalA);
        assertThat(value(wang, a)).isEqualTo(originalA);
        assertThat(DatabaseVerifier.verify(((H2ReportStore) li).database()).problems()).isEmpty();
    }

    @Test
    void aRedoAfterTheOtherCoderChangedTheFigureIsRefusedAndLogged() throws Exception {
        edit(li, "li", a, "111");
        assertThat(li.undo(report, "li")).get().extracting(Figure::value).isEqualTo(originalA);
        edit(wang, "wang", a, "333");
        assertThat(li.canRedo(report, "li")).isTrue(); // wang's edit does not clear li's redo
        assertThatThrownBy(() -> li.redo(report, "li")).isInstanceOfSatisfying(UndoConflictException.class, e -> {
            assertThat(e.undo()).isFalse();
            assertThat(e.getMessage()).startsWith("Not redone: wang changed " + a)
                    .contains("put 111 over wang's value 333");
        });
        assertThat(value(li, a)).isEqualTo("333");
        assertThat(li.history(report)).filteredOn(e -> e.action().equals("redo_conflict"))
                .extracting(AuditEntry::coder, AuditEntry::oldValue, AuditEntry::newValue)
                .containsExactly(tuple("li", "333", "111"));
    }

    @Test
    void interleavedEditsAndUndosOfOneFigureNeverLoseTheOthersWork() throws Exception {
        edit(li, "li", a, "1");
        edit(wang, "wang", b, "2");
        edit(li, "li", b, "3");    // li on top of wang's b
        edit(wang, "wang", a, "4"); // wang on top of li's a
        // li's latest change is b (wang has not touched it since): undone to wang's 2
        assertThat(li.undo(report, "li")).get().extracting(Figure::key, Figure::value).containsExactly(b, "2");
        // li's next is a, which wang changed since: refused, a stays wang's 4
        assertThatThrownBy(() -> li.undo(report, "li")).isInstanceOf(UndoConflictException.class);
        assertThat(value(li, a)).isEqualTo("4");
        // wang's latest is a (his own, untouched since): back to li's 1
        assertThat(wang.undo(report, "wang")).get().extracting(Figure::key, Figure::value).containsExactly(a, "1");
        // wang's next is b: li changed it after him but undid that, so his own 2 goes back to the original
        assertThat(wang.undo(report, "wang")).get().extracting(Figure::key, Figure::value)
                .containsExactly(b, originalB);
        // li's a is now as she left it and wang's change of it is undone: her undo goes through
        assertThat(li.undo(report, "li")).get().extracting(Figure::key, Figure::value).containsExactly(a, originalA);
        assertThat(value(wang, a)).isEqualTo(originalA);
        assertThat(value(wang, b)).isEqualTo(originalB);
        assertThat(li.history(report)).extracting(AuditEntry::action).containsOnlyOnce("undo_conflict");
        assertThat(DatabaseVerifier.verify(((H2ReportStore) li).database()).problems()).isEmpty();
    }

    @Test
    void anAdjudicatedValueIsLaterWorkAnUndoMustNotOverwrite() throws Exception {
        long other = li.list().get(1).id();
        Figure seen = figure(li, other, a);
        li.save(other, seen, seen.withValue("5", Qualifier.EXACT), "li", "edit");
        DoubleCoding coding = DoubleCoding.of(li).orElseThrow();
        coding.assign(List.of(other), "li", "wang", "zhao");
        coding.save(other, "wang", DoubleCoding.of(wang).orElseThrow().figuresFor(other, "wang").stream()
                .filter(f -> f.key().equals(a)).findFirst().orElseThrow(), seen.withValue("6", Qualifier.EXACT)
                .withStatus(FigureStatus.CORRECTED), "edit");
        Disagreement d = coding.disagreements().stream().filter(x -> x.reportId() == other && x.key().equals(a))
                .findFirst().orElseThrow();
        coding.adjudicate(d, "zhao", DoubleCoding.Choice.SECOND, null, "the table says 6");
        assertThat(figure(li, other, a).value()).isEqualTo("6");

        assertThatThrownBy(() -> li.undo(other, "li")).isInstanceOfSatisfying(UndoConflictException.class,
                e -> assertThat(e.changedBy()).isEqualTo("zhao"));
        assertThat(figure(wang, other, a).value()).isEqualTo("6");
    }

    @Test
    void blindCodersUndoTheirOwnValuesOnlyAndTheDatasetStaysAsItIs() throws Exception {
        DoubleCoding liCoding = DoubleCoding.of(li).orElseThrow();
        DoubleCoding wangCoding = DoubleCoding.of(wang).orElseThrow();
        liCoding.assign(List.of(report), "li", "wang", "zhao");
        Figure proposal = liCoding.figuresFor(report, "li").stream().filter(f -> f.key().equals(a)).findFirst()
                .orElseThrow();
        Map<String, Figure> datasetBefore = byKey(li.figures(report));

        liCoding.save(report, "li", proposal, coded(proposal, "456"), "edit");
        wangCoding.save(report, "wang", proposal, coded(proposal, "465"), "edit");
        liCoding.save(report, "li", coded(proposal, "456"), coded(proposal, "457"), "edit");
        assertThat(li.canUndo(report, "li")).isFalse(); // a coder's values are not the dataset's undo

        assertThat(liCoding.undo(report, "li")).get().extracting(Figure::value).isEqualTo("456");
        assertThat(codedValue(liCoding, "li")).isEqualTo("456");
        assertThat(codedValue(wangCoding, "wang")).isEqualTo("465");
        assertThat(liCoding.undo(report, "li")).get().extracting(Figure::value, Figure::status)
                .containsExactly(proposal.value(), FigureStatus.AUTO);
        assertThat(liCoding.codingStore().codings(report, "li")).doesNotContainKey(a); // back to the proposal
        assertThat(liCoding.undo(report, "li")).isEmpty(); // wang's value is not li's to take back
        assertThat(codedValue(wangCoding, "wang")).isEqualTo("465");

        assertThat(liCoding.redo(report, "li")).get().extracting(Figure::value).isEqualTo("456");
        assertThat(wangCoding.undo(report, "wang")).get().extracting(Figure::value).isEqualTo(proposal.value());
        assertThat(codedValue(liCoding, "li")).isEqualTo("456");
        assertThat(byKey(li.figures(report))).isEqualTo(datasetBefore); // the dataset never moved

        List<AuditEntry> steps = li.history(report).stream()
                .filter(e -> e.action().equals("undo") || e.action().equals("redo")).toList();
        assertThat(steps).extracting(AuditEntry::coder, AuditEntry::action)
                .containsExactly(tuple("li", "undo"), tuple("li", "undo"), tuple("li", "redo"),
                        tuple("wang", "undo"));
        Map<Long, String[]> roles = liCoding.codingStore().auditRoles();
        assertThat(steps).allSatisfy(e -> assertThat(roles.get(e.id())[0]).isIn(CodingStore.FIRST,
                CodingStore.SECOND));
        assertThat(DatabaseVerifier.verify(((H2ReportStore) li).database()).problems()).isEmpty();
    }

    @Test
    void blindCodersUndoOfAValueTheyAgreeOnLeavesTheAgreedDatasetValueAndReopensTheDisagreement() throws Exception {
        DoubleCoding liCoding = DoubleCoding.of(li).orElseThrow();
        DoubleCoding wangCoding = DoubleCoding.of(wang).orElseThrow();
        liCoding.assign(List.of(report), "li", "wang", "zhao");
        Figure proposal = liCoding.figuresFor(report, "li").stream().filter(f -> f.key().equals(a)).findFirst()
                .orElseThrow();
        liCoding.save(report, "li", proposal, coded(proposal, "789"), "edit");
        wangCoding.save(report, "wang", proposal, coded(proposal, "789"), "edit");
        assertThat(value(li, a)).isEqualTo("789"); // agreed: the dataset value
        liCoding.undo(report, "li");
        assertThat(liCoding.disagreements()).extracting(Disagreement::key).contains(a);
        liCoding.redo(report, "li");
        assertThat(liCoding.disagreements()).extracting(Disagreement::key).doesNotContain(a);
        assertThat(value(wang, a)).isEqualTo("789");
    }

    private static Figure coded(Figure proposal, String value) {
        return proposal.withValue(value, Qualifier.EXACT).withStatus(FigureStatus.CORRECTED);
    }

    private String codedValue(DoubleCoding coding, String coder) throws StoreException {
        return coding.figuresFor(report, coder).stream().filter(f -> f.key().equals(a)).findFirst().orElseThrow()
                .value();
    }

    private static Map<String, Figure> byKey(List<Figure> figures) {
        Map<String, Figure> out = new java.util.LinkedHashMap<>();
        figures.forEach(f -> out.put(f.key(), f));
        return out;
    }
}
