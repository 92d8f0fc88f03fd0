package org.ogireview.store;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ogireview.cli.Cli;
import org.ogireview.model.Figure;
import org.ogireview.model.Qualifier;
import org.ogireview.testing.TestFiles;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Two coders at once on one PostgreSQL database, each with their own store (two desks): edits of the same figure are
 * never lost, the later save based on an older copy is refused with the current value, and the audit log holds
 * both attempts. Also: each sees the other's work through the change mark the desk polls.
 */
class ConcurrentCodersTest {

    private ServerAddress server;
    private long report;
    private String key;

    @BeforeEach
    void importSeeds() throws Exception {
        server = TestPostgres.freshDatabase();
        List<String> args = new ArrayList<>(List.of("import", "--db", server.toString(), "--coder", "importer"));
        TestFiles.seeds().forEach(p -> args.add(p.toString()));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = new Cli(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)).run(args.toArray(String[]::new));
        assertThat(code).as(err.toString(StandardCharsets.UTF_8)).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains(server.toString()).contains("5 imported");
        try (H2ReportStore s = open()) {
            report = s.list().get(0).id();
            key = s.figures(report).get(0).key();
        }
    }

    private H2ReportStore open() throws StoreException {
        return H2ReportStore.open(Database.openServer(server, ServerCredentials.PasswordPrompt.NONE));
    }

    private static Figure figure(ReportStore s, long report, String key) throws StoreException {
        return s.figures(report).stream().filter(f -> f.key().equals(key)).findFirst().orElseThrow();
    }

    @Test
    void theLaterSaveOfAnOlderCopyIsRefusedWithTheCurrentValueAndBothAttemptsAreLogged() throws Exception {
        try (H2ReportStore li = open(); H2ReportStore wang = open()) {
            Object markBefore = wang.changeMark().orElseThrow();
            Figure liCopy = figure(li, report, key);
            Figure wangCopy = figure(wang, report, key);
            assertThat(wangCopy).isEqualTo(liCopy);

            li.save(report, liCopy, liCopy.withValue("111", Qualifier.EXACT), "li", "edit");
            assertThat(wang.changeMark().orElseThrow()).isNotEqualTo(markBefore); // wang's list reloads

            Figure wangsValue = wangCopy.withValue("222", Qualifier.MORE_THAN);
            assertThatThrownBy(() -> wang.save(report, wangCopy, wangsValue, "wang", "edit"))
                    .isInstanceOfSatisfying(FigureConflictException.class, e -> {
                        assertThat(e.current()).get().extracting(Figure::value).isEqualTo("111");
                        assertThat(e.changedBy()).isEqualTo("li");
                        assertThat(e.getMessage()).startsWith("Not saved: li saved " + key + " of report " + report)
                                .contains("Your value 222 (more_than) was not stored; the value now is 111.");
                    });
            assertThat(figure(li, report, key).value()).isEqualTo("111"); // li's save was not overwritten
            assertThat(figure(wang, report, key).value()).isEqualTo("111");

            // wang looks at the value now there and saves again on top of it: accepted
            Figure current = figure(wang, report, key);
            wang.save(report, current, current.withValue("222", Qualifier.MORE_THAN), "wang", "edit");
            assertThat(figure(li, report, key).value()).isEqualTo("222");

            List<AuditEntry> log = li.history(report).stream().filter(e -> e.fieldKey().equals(key)).toList();
            assertThat(log).extracting(AuditEntry::coder, AuditEntry::action, AuditEntry::newValue).containsExactly(
                    org.assertj.core.groups.Tuple.tuple("li", "edit", "111"),
                    org.assertj.core.groups.Tuple.tuple("wang", "conflict", "222"),
                    org.assertj.core.groups.Tuple.tuple("wang", "edit", "222"));
            // undo takes back wang's accepted edit, never the refused attempt
            assertThat(wang.undo(report, "wang")).get().extracting(Figure::value).isEqualTo("111");
        }
    }

    @Test
    void interleavedSavesOfTheSameFigureLoseNothing() throws Exception {
        int rounds = 12;
        int accepted = 0;
        int refused = 0;
        List<String> lost = new ArrayList<>();
        ExecutorService two = Executors.newFixedThreadPool(2);
        try (H2ReportStore li = open(); H2ReportStore wang = open()) {
            for (int round = 0; round < rounds; round++) {
                Figure seenByLi = figure(li, report, key);
                Figure seenByWang = figure(wang, report, key);
                CountDownLatch go = new CountDownLatch(1);
                int r = round;
                Future<Boolean> a = two.submit(() -> saveWhenTold(go, li, report, seenByLi, "li-" + r, "li"));
                Future<Boolean> b = two.submit(() -> saveWhenTold(go, wang, report, seenByWang, "wang-" + r, "wang"));
                go.countDown();
                boolean liWon = a.get();
                boolean wangWon = b.get();
                assertThat(liWon ^ wangWon).as("round %d: exactly one of the two saves is accepted", round).isTrue();
                accepted++;
                refused++;
                String winner = liWon ? "li-" + r : "wang-" + r;
                lost.add(liWon ? "wang-" + r : "li-" + r);
                assertThat(figure(li, report, key).value()).isEqualTo(winner);
            }
            List<AuditEntry> log = li.history(report).stream().filter(e -> e.fieldKey().equals(key)).toList();
            assertThat(log.stream().filter(e -> e.action().equals("edit"))).hasSize(accepted);
            assertThat(log.stream().filter(e -> e.action().equals("conflict"))).hasSize(refused)
                    .extracting(AuditEntry::newValue).containsExactlyInAnyOrderElementsOf(lost); // each refused value
            assertThat(log.stream().filter(e -> e.action().equals("conflict")))
                    .allSatisfy(e -> assertThat(e.coder()).isEqualTo(e.newValue().substring(0, e.newValue().indexOf('-'))));
            // every accepted change starts where the one before it left the figure: nothing was overwritten unseen
            String before = null;
            for (AuditEntry e : log) {
                if (e.action().equals("edit")) {
                    if (before != null) {
                        assertThat(e.oldValue()).isEqualTo(before);
                    }
                    before = e.newValue();
                }
            }
            assertThat(DatabaseVerifier.verify(li.database()).problems()).isEmpty();
        } finally {
            two.shutdownNow();
        }
    }

    private static boolean saveWhenTold(CountDownLatch go, ReportStore store, long report, Figure seen, String value,
                                        String coder) throws Exception {
        go.await();
        try {
            store.save(report, seen, seen.withValue(value, Qualifier.EXACT), coder, "edit");
            return true;
        } catch (FigureConflictException e) {
            return false;
        }
    }
}
