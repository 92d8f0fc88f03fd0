package org.ogireview.store;

import org.junit.jupiter.api.Test;
import org.ogireview.model.Figure;
import org.ogireview.model.Qualifier;

import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link TeamUndoContract} on a real PostgreSQL server ({@link TestPostgres}; skipped with the reason where none can
 * start): li and wang each have their own store, as two desks on two machines. Also: li's undo and wang's save of
 * the same figure at the same moment, many times: exactly one of the two goes through, never both.
 */
class TeamUndoPostgresTest extends TeamUndoContract {

    @Override
    void openTwoDesks() throws Exception {
        ServerAddress server = TestPostgres.freshDatabase();
        li = H2ReportStore.open(Database.openServer(server, ServerCredentials.PasswordPrompt.NONE));
        ExportFixtures.importBundled(li);
        wang = H2ReportStore.open(Database.openServer(server, ServerCredentials.PasswordPrompt.NONE));
    }

    @Override
    void closeDesks() {
        if (li != null) {
            li.close();
        }
        if (wang != null) {
            wang.close();
        }
    }

    @Test
    void anUndoRacingTheOthersSaveOfTheSameFigureNeverOverwritesIt() throws Exception {
        ExecutorService two = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 10; round++) {
                Figure seen = figure(li, report, a);
                li.save(report, seen, seen.withValue("li-" + round, Qualifier.EXACT), "li", "edit");
                Figure wangSees = figure(wang, report, a); // li's value
                Figure wangsValue = wangSees.withValue("wang-" + round, Qualifier.EXACT);
                CountDownLatch go = new CountDownLatch(1);
                Future<Boolean> undo = two.submit(() -> {
                    go.await();
                    try {
                        return li.undo(report, "li").isPresent();
                    } catch (UndoConflictException e) {
                        return false;
                    }
                });
                Future<Boolean> save = two.submit(() -> {
                    go.await();
                    try {
                        wang.save(report, wangSees, wangsValue, "wang", "edit");
                        return true;
                    } catch (FigureConflictException e) {
                        return false;
                    }
                });
                go.countDown();
                boolean undone = undo.get();
                boolean saved = save.get();
                assertThat(undone ^ saved).as("round %d: exactly one of li's undo and wang's save", round).isTrue();
                String now = figure(wang, report, a).value();
                assertThat(now).isEqualTo(saved ? "wang-" + round : seen.value());
                if (!undone) {
                    // li's undo was refused over wang's value: take wang's back so the next round starts clean
                    assertThat(wang.undo(report, "wang")).get().extracting(Figure::value).isEqualTo("li-" + round);
                    assertThat(li.undo(report, "li")).get().extracting(Figure::value).isEqualTo(seen.value());
                }
            }
            List<AuditEntry> log = li.history(report).stream().filter(e -> e.fieldKey().equals(a)).toList();
            long refusedUndos = log.stream().filter(e -> e.action().equals("undo_conflict")).count();
            long refusedSaves = log.stream().filter(e -> e.action().equals("conflict")).count();
            assertThat(refusedUndos + refusedSaves).isEqualTo(10);
            assertThat(DatabaseVerifier.verify(((H2ReportStore) li).database()).problems()).isEmpty();
        } finally {
            two.shutdownNow();
        }
    }
}
