package org.ogireview.store;

/**
 * {@link TeamUndoContract} on a real PostgreSQL server ({@link TestPostgres}; skipped with the reason where none can
 * start): li and wang each have their own store, as two desks on two machines.
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
}
