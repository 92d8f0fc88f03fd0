package org.ogireview.store;

import java.nio.file.Path;

/**
 * Run in a second JVM by DailyCheckTest: opens a database as the window does, runs its daily check and prints each
 * phase as it starts; at the phase named by the second argument it stops and waits (to be killed there).
 */
public final class RunDailyCheck {

    private RunDailyCheck() {
    }

    public static void main(String[] args) throws Exception {
        DailyCheck.Phase stopAt = args.length > 1 ? DailyCheck.Phase.valueOf(args[1]) : null;
        try (Database db = Database.openDeferringCheck(Path.of(args[0]))) {
            DailyCheck check = db.dailyCheck().orElseThrow();
            check.onPhase(phase -> {
                System.out.println("phase " + phase);
                System.out.flush();
                if (phase == stopAt) {
                    try {
                        Thread.sleep(600_000);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }
            });
            System.out.println("outcome " + check.run().kind());
        }
    }
}
