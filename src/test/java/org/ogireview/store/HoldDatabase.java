package org.ogireview.store;

import java.nio.file.Path;

/** Run in a second JVM by DatabaseTest: opens a database, says so, and keeps it open until stdin closes. */
public final class HoldDatabase {

    private HoldDatabase() {
    }

    public static void main(String[] args) throws Exception {
        try (Database db = Database.open(Path.of(args[0]))) {
            System.out.println("open " + db.file());
            System.out.flush();
            while (System.in.read() >= 0) {
                // wait for the test to close our stdin
            }
        }
    }
}
