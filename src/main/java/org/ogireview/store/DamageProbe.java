package org.ogireview.store;

import org.ogireview.model.UserText;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A quick look for damage when a database is opened: H2 notices a damaged page only when it reads it, so a file
 * with a broken page opens as if healthy and then takes new writes on top of the damage. Reading every row of the
 * small tables (the report list, the audit log, the marks) touches their pages; the figures and the texts are
 * checked in full by {@link DatabaseVerifier} (the verify command).
 */
final class DamageProbe {

    /** The tables a window's list needs, read before it shows. */
    private static final String[] SMALL = {
        "SELECT COUNT(sha256), COUNT(file_name), COUNT(region), MAX(review_state) FROM reports",
        "SELECT COUNT(field_key), COUNT(coder), MAX(action) FROM audit_log",
        "SELECT COUNT(field_key) FROM figure_keys",
        "SELECT COUNT(rule) FROM check_marks",
    };
    /** The figures: 730,000 rows and most of the time (about 2 CPU-s) on 10,000 reports. */
    private static final String[] FIGURES = {
        "SELECT COUNT(snippet), MAX(status) FROM figures",
    };

    private DamageProbe() {
    }

    /** What is damaged, or null when every probe read cleanly. */
    static UserText probe(Database db) throws StoreException {
        UserText small = probeSmall(db);
        return small != null ? small : probeFigures(db);
    }

    /** {@link #probe} of the small tables only (the window reads the figures later, see {@link DailyCheck}). */
    static UserText probeSmall(Database db) throws StoreException {
        return probe(db, SMALL);
    }

    /** {@link #probe} of the figures table only. */
    static UserText probeFigures(Database db) throws StoreException {
        return probe(db, FIGURES);
    }

    private static UserText probe(Database db, String[] queries) throws StoreException {
        try {
            return db.read("check", c -> {
                try (Statement s = c.createStatement()) {
                    for (String q : queries) {
                        try (ResultSet rs = s.executeQuery(q)) {
                            rs.next();
                        }
                    }
                }
                return null;
            });
        } catch (StoreException e) {
            if (e.getCause() instanceof SQLException sql && Database.isDamage(sql)) {
                return Database.damageWords(sql);
            }
            throw e;
        }
    }
}
