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

    private static final String[] QUERIES = {
        "SELECT COUNT(sha256), COUNT(file_name), COUNT(region), MAX(review_state) FROM reports",
        "SELECT COUNT(field_key), COUNT(coder), MAX(action) FROM audit_log",
        "SELECT COUNT(field_key) FROM figure_keys",
        "SELECT COUNT(rule) FROM check_marks",
        "SELECT COUNT(snippet), MAX(status) FROM figures",
    };

    private DamageProbe() {
    }

    /** What is damaged, or null when every probe read cleanly. */
    static UserText probe(Database db) throws StoreException {
        try {
            return db.read("check", c -> {
                try (Statement s = c.createStatement()) {
                    for (String q : QUERIES) {
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
