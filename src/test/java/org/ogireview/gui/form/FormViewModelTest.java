package org.ogireview.gui.form;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ogireview.gui.document.SelectedValue;
import org.ogireview.gui.testing.Fixtures;
import org.ogireview.gui.testing.InMemoryReportStore;
import org.ogireview.gui.testing.SessionFixture;
import org.ogireview.model.ApplicantColumn;
import org.ogireview.model.FieldCatalog;
import org.ogireview.model.Figure;
import org.ogireview.model.FigureStatus;
import org.ogireview.model.Qualifier;
import org.ogireview.store.AuditEntry;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class FormViewModelTest {

    private InMemoryReportStore store;
    private SessionFixture fx;
    private FormViewModel form;
    private long luzhou;
    private long hongze;

    @BeforeEach
    void setUp() throws Exception {
        store = new InMemoryReportStore();
        luzhou = Fixtures.luzhou(store);
        hongze = Fixtures.hongze(store);
        fx = new SessionFixture(store).withCoder("lw");
        form = new FormViewModel(fx.session, FieldCatalog.standard());
    }

    @Test
    void narrativeReportShowsItsFieldsBySectionWithStatedPercentagesAfterTheirBase() {
        fx.session.open(luzhou);
        assertThat(form.sections()).extracting(FormSection::id)
                .containsExactly("meta", "proactive", "applications", "fees", "review", "other");
        assertThat(form.gridProperty().get()).isNull();
        List<String> proactive = form.sections().get(1).fields().stream().map(FieldViewModel::key).toList();
        assertThat(proactive.indexOf("proactive.overview.pct")).isEqualTo(proactive.indexOf("proactive.overview") + 1);
        assertThat(proactive).doesNotContain("proactive.rules.issued");
        FieldViewModel total = form.field("proactive.total").orElseThrow();
        assertThat(total.textProperty().get()).isEqualTo("61540");
        assertThat(total.status()).isEqualTo(FigureStatus.AUTO);
        assertThat(form.field("applications.in_person").orElseThrow().absent()).isTrue();
    }

    @Test
    void anEditIsStoredAtOnceAsCorrectedUnderTheCodersName() throws Exception {
        fx.session.open(luzhou);
        FieldViewModel total = form.field("proactive.total").orElseThrow();
        total.textProperty().set("61,541");
        assertThat(total.commit()).isTrue();
        Figure stored = store.figures(luzhou).stream().filter(f -> f.key().equals("proactive.total")).findFirst()
                .orElseThrow();
        assertThat(stored.value()).isEqualTo("61541");
        assertThat(stored.status()).isEqualTo(FigureStatus.CORRECTED);
        assertThat(stored.extractedValue()).isEqualTo("61540");
        assertThat(total.textProperty().get()).isEqualTo("61541");
        AuditEntry last = store.history(luzhou).get(store.history(luzhou).size() - 1);
        assertThat(last.coder()).isEqualTo("lw");
        assertThat(last.action()).isEqualTo("edit");
        assertThat(last.oldValue()).isEqualTo("61540");
        // committing the same value again stores nothing
        int changes = store.history(luzhou).size();
        total.commit();
        assertThat(store.history(luzhou)).hasSize(changes);
    }

    @Test
    void anInvalidValueStaysInTheEditorWithAnErrorAndIsNotStored() throws Exception {
        fx.session.open(luzhou);
        FieldViewModel received = form.field("applications.received").orElseThrow();
        received.textProperty().set("2.5");
        assertThat(received.commit()).isFalse();
        assertThat(received.errorProperty().get()).contains("whole number");
        assertThat(received.textProperty().get()).isEqualTo("2.5");
        assertThat(received.figure().value()).isEqualTo("27");
        assertThat(store.history(luzhou)).filteredOn(e -> !e.action().equals("import")).isEmpty();
    }

    @Test
    void confirmBlankAndNotStated() throws Exception {
        fx.session.open(luzhou);
        FieldViewModel granted = form.field("applications.granted").orElseThrow();
        assertThat(granted.confirm()).isTrue();
        assertThat(granted.status()).isEqualTo(FigureStatus.CONFIRMED);
        assertThat(granted.confirm()).as("a reviewed figure needs no confirming").isFalse();

        FieldViewModel overview = form.field("proactive.overview").orElseThrow();
        overview.qualifierProperty().set(Qualifier.BLANK_IN_SOURCE);
        assertThat(overview.commit()).isTrue();
        assertThat(overview.status()).isEqualTo(FigureStatus.BLANK_IN_SOURCE);
        assertThat(overview.textProperty().get()).isEmpty();

        FieldViewModel inPerson = form.field("applications.in_person").orElseThrow();
        assertThat(inPerson.markNotStated()).isTrue();
        assertThat(inPerson.absent()).isFalse();
        assertThat(inPerson.status()).isEqualTo(FigureStatus.NOT_STATED);
        assertThat(store.figures(luzhou)).extracting(Figure::key).contains("applications.in_person");
    }

    @Test
    void aFieldTheReportDoesNotStateIsStoredOnceAValueIsTyped() throws Exception {
        fx.session.open(luzhou);
        FieldViewModel online = form.field("applications.online").orElseThrow();
        online.commit();
        assertThat(store.figures(luzhou)).extracting(Figure::key).doesNotContain("applications.online");
        online.textProperty().set("4");
        online.qualifierProperty().set(Qualifier.MORE_THAN);
        assertThat(online.commit()).isTrue();
        Figure stored = store.figures(luzhou).stream().filter(f -> f.key().equals("applications.online"))
                .findFirst().orElseThrow();
        assertThat(stored.value()).isEqualTo("4");
        assertThat(stored.qualifier()).isEqualTo(Qualifier.MORE_THAN);
        assertThat(stored.status()).isEqualTo(FigureStatus.CORRECTED);
        assertThat(stored.hasSource()).isFalse();
    }

    @Test
    void addingADerivedFieldPutsItAfterItsBase() {
        fx.session.open(luzhou);
        assertThat(form.addable()).extracting(d -> d.key()).contains("applications.received.pct")
                .doesNotContain("proactive.overview.pct", "proactive.total");
        FieldViewModel pct = form.add("applications.received.pct").orElseThrow();
        assertThat(pct.absent()).isTrue();
        List<String> apps = form.sections().get(2).fields().stream().map(FieldViewModel::key).toList();
        assertThat(apps.indexOf("applications.received.pct")).isEqualTo(apps.indexOf("applications.received") + 1);
        assertThat(fx.session.selectedKeyProperty().get()).isEqualTo("applications.received.pct");
    }

    @Test
    void assigningASelectedNumberRecordsItsSpanAsTheSource() throws Exception {
        fx.session.open(luzhou);
        String text = fx.session.current().report().text();
        FieldViewModel partly = form.field("applications.partly_granted").orElseThrow();
        int start = text.indexOf("部分公開2件");
        SelectedValue number = SelectedValue.number(text, start + 4, start + 6).orElseThrow();
        assertThat(partly.assign(number)).isTrue();
        Figure stored = store.figures(luzhou).stream().filter(f -> f.key().equals("applications.partly_granted"))
                .findFirst().orElseThrow();
        assertThat(stored.value()).isEqualTo("2");
        assertThat(text.substring(stored.start(), stored.end())).isEqualTo("2件");
        assertThat(stored.snippet()).isEqualTo("2件");
        assertThat(stored.status()).isEqualTo(FigureStatus.CORRECTED);

        // the same value from another span: the figure is confirmed, its source moves
        FieldViewModel received = form.field("applications.received").orElseThrow();
        int again = text.indexOf("共辦理答覆27件");
        assertThat(received.assign(SelectedValue.number(text, again + 5, again + 7).orElseThrow())).isTrue();
        assertThat(received.status()).isEqualTo(FigureStatus.CONFIRMED);
        assertThat(received.figure().start()).isEqualTo(again + 5);

        // a text field takes the selected words, its span the source
        FieldViewModel region = form.field("report.region").orElseThrow();
        int name = text.indexOf("瀘州市");
        assertThat(region.assign(SelectedValue.text(text, name, name + 3).orElseThrow())).isTrue();
        assertThat(region.figure().value()).isEqualTo("瀘州市");
        assertThat(region.figure().start()).isEqualTo(name);
        // a date field reads the selected date
        FieldViewModel published = form.field("report.published_on").orElseGet(() -> form.add("report.published_on")
                .orElseThrow());
        String dated = "发布日期：2013年3月28日";
        assertThat(published.assign(SelectedValue.text(dated, 5, dated.length()).orElseThrow())).isTrue();
        assertThat(published.figure().value()).isEqualTo("2013-03-28");
        // words are not a count
        assertThat(received.assign(SelectedValue.text(text, name, name + 3).orElseThrow())).isFalse();
        assertThat(received.errorProperty().get()).isNotNull();
    }

    @Test
    void aRefusedSaveKeepsTheTypedValueAndSaysSo() {
        fx.session.open(luzhou);
        store.failSaves = "memory.mv.db: the database is read-only";
        FieldViewModel total = form.field("proactive.total").orElseThrow();
        total.textProperty().set("1");
        assertThat(total.commit()).isFalse();
        assertThat(total.textProperty().get()).isEqualTo("1");
        assertThat(total.errorProperty().get()).contains("Not saved");
        assertThat(fx.dialogs.errors).singleElement().asString().contains("read-only");
        assertThat(total.pending()).isTrue();
        store.failSaves = null;
        form.commitPending();
        assertThat(total.pending()).isFalse();
        assertThat(total.status()).isEqualTo(FigureStatus.CORRECTED);
    }

    @Test
    void theCoderIsAskedOnceAndRemembered() throws Exception {
        SessionFixture fresh = new SessionFixture(store);
        FormViewModel f = new FormViewModel(fresh.session, FieldCatalog.standard());
        fresh.session.open(luzhou);
        FieldViewModel total = f.field("proactive.total").orElseThrow();
        total.textProperty().set("1");
        assertThat(total.commit()).as("no name given: nothing saved").isFalse();
        fresh.dialogs.textAnswers.add("  王 伟 ");
        assertThat(total.commit()).isTrue();
        f.field("proactive.overview").orElseThrow().confirm();
        assertThat(fresh.preferences.coder()).contains("王 伟");
        assertThat(fresh.dialogs.textAnswers).isEmpty();
        assertThat(store.history(luzhou)).filteredOn(e -> !e.action().equals("import")).extracting(AuditEntry::coder)
                .containsOnly("王 伟");
    }

    @Test
    void tableReportsEditTheApplicationTableAsAGrid() throws Exception {
        fx.session.open(hongze);
        ApplicationGrid grid = form.gridProperty().get();
        assertThat(grid).isNotNull();
        assertThat(grid.rows()).extracting(r -> r.def().key())
                .startsWith("applications.received", "applications.carried_in", "applications.granted")
                .contains("applications.denied.state_secret", "applications.total_handled",
                        "applications.carried_out");
        ApplicationGrid.Row received = grid.rows().get(0);
        assertThat(received.cell(ApplicantColumn.NATURAL_PERSON).textProperty().get()).isEqualTo("21");
        assertThat(received.cell(ApplicantColumn.TOTAL).key()).isEqualTo("applications.received");
        FieldViewModel ngo = received.cell(ApplicantColumn.NGO);
        assertThat(ngo.key()).isEqualTo("applications.received@ngo");
        assertThat(ngo.absent()).isTrue();
        ngo.textProperty().set("0");
        assertThat(ngo.commit()).isTrue();
        assertThat(store.figures(hongze)).extracting(Figure::key).contains("applications.received@ngo");
        // grid cells are not listed again as lines of the applications section
        assertThat(form.sections()).filteredOn(s -> s.id().equals("applications")).singleElement()
                .satisfies(s -> assertThat(s.fields()).isEmpty());
    }

    @Test
    void changingTheFormatRebuildsTheForm() {
        fx.session.open(luzhou);
        FieldViewModel format = form.field("report.format").orElseThrow();
        format.textProperty().set("table2021");
        assertThat(format.commit()).isTrue();
        assertThat(fx.session.current().report().format().code()).isEqualTo("table2021");
        assertThat(form.gridProperty().get()).isNotNull();
        assertThat(form.field("proactive.rules.issued")).isPresent();
        // figures of the old format stay visible
        assertThat(form.field("proactive.total")).isPresent();
    }

    @Test
    void selectionFollowsTheSession() {
        fx.session.open(luzhou);
        form.select("proactive.total");
        assertThat(form.selectedProperty().get().key()).isEqualTo("proactive.total");
        fx.session.open(hongze);
        assertThat(form.selectedProperty().get()).isNull();
    }
}
