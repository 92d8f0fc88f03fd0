package org.ogireview.store;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.ResourceProvider;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.flywaydb.core.api.migration.JavaMigration;
import org.flywaydb.core.api.resource.LoadableResource;
import org.flywaydb.core.internal.scanner.Scanner;

import javax.sql.DataSource;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Builds and upgrades a team database on PostgreSQL with the same Flyway migrations as the embedded H2 database
 * ({@code db/migration}), plus the few that only PostgreSQL needs ({@code db/vendor/postgresql}: the audit log's
 * append-only trigger in PL/pgSQL, V9.1). The released migrations were written for H2 and are never edited, so
 * {@link #translate} maps their three H2-only words as they are read: CLOB is TEXT, BLOB is BYTEA, and H2's Java
 * trigger statement ({@code CREATE TRIGGER … CALL 'org.ogireview.store.AuditLogGuard'}) is left out (V9.1 puts the
 * PostgreSQL trigger in its place). Everything else is the same SQL on both.
 */
final class PostgresSchema {

    static final String COMMON = "classpath:db/migration";
    static final String VENDOR = "classpath:db/vendor/postgresql";

    private static final Pattern CLOB = Pattern.compile("\\bCLOB\\b");
    private static final Pattern BLOB = Pattern.compile("\\bBLOB\\b");
    private static final Pattern JAVA_TRIGGER = Pattern.compile(
            "(?is)CREATE\\s+TRIGGER\\s+(\\w+)[^;]*?\\bCALL\\s+'([^']*)'\\s*;");

    private PostgresSchema() {
    }

    /** Applies every pending migration; the messages name the server and what to do. */
    static void migrate(ServerAddress address, DataSource pool) throws StoreException {
        try {
            FluentConfiguration conf = Flyway.configure(PostgresSchema.class.getClassLoader())
                    .loggers(FlywayLog.class.getName())
                    .dataSource(pool)
                    .locations(COMMON, VENDOR)
                    .failOnMissingLocations(true)
                    .ignoreMigrationPatterns(new String[0]);
            Scanner<JavaMigration> scanner = new Scanner<>(JavaMigration.class, conf, conf.getLocations());
            conf.resourceProvider(translating(scanner));
            conf.load().migrate();
        } catch (FlywayException e) {
            String m = String.valueOf(e.getMessage());
            String lower = m.toLowerCase(Locale.ROOT);
            if (lower.contains("non-empty schema") || lower.contains("without schema history")) {
                throw new StoreException(new org.ogireview.model.UserText("store.server.foreign", address), e);
            }
            if (lower.contains("not resolved locally") || lower.contains("newer")) {
                throw new StoreException(new org.ogireview.model.UserText("store.server.newer", address), e);
            }
            if (lower.contains("permission denied")) {
                throw new StoreException(new org.ogireview.model.UserText("store.server.noGrant", address,
                        org.ogireview.model.UserText.foreign(Database.firstLine(e))), e);
            }
            throw new StoreException(new org.ogireview.model.UserText("store.server.setupFailed", address,
                    org.ogireview.model.UserText.foreign(Database.firstLine(e))), e);
        }
    }

    /** A migration's text as PostgreSQL runs it (see the class comment). */
    static String translate(String sql) {
        String out = JAVA_TRIGGER.matcher(sql).replaceAll(
                "-- H2's Java trigger $1 ($2): on PostgreSQL, PL/pgSQL in db/vendor/postgresql");
        out = CLOB.matcher(out).replaceAll("TEXT");
        return BLOB.matcher(out).replaceAll("BYTEA");
    }

    private static ResourceProvider translating(ResourceProvider scanned) {
        return new ResourceProvider() {
            @Override
            public LoadableResource getResource(String name) {
                LoadableResource r = scanned.getResource(name);
                return r == null ? null : new Translated(r);
            }

            @Override
            public Collection<LoadableResource> getResources(String prefix, String[] suffixes) {
                List<LoadableResource> out = new java.util.ArrayList<>();
                for (LoadableResource r : scanned.getResources(prefix, suffixes)) {
                    out.add(new Translated(r));
                }
                return out;
            }
        };
    }

    /** A scanned migration read through {@link #translate}. */
    private static final class Translated extends LoadableResource {
        private final LoadableResource original;

        Translated(LoadableResource original) {
            this.original = original;
        }

        @Override
        public Reader read() {
            try (Reader r = original.read()) {
                StringBuilder sb = new StringBuilder();
                char[] buf = new char[8192];
                for (int n; (n = r.read(buf)) > 0; ) {
                    sb.append(buf, 0, n);
                }
                return new StringReader(translate(sb.toString()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public String getAbsolutePath() {
            return original.getAbsolutePath();
        }

        @Override
        public String getAbsolutePathOnDisk() {
            return original.getAbsolutePathOnDisk();
        }

        @Override
        public String getFilename() {
            return original.getFilename();
        }

        @Override
        public String getRelativePath() {
            return original.getRelativePath();
        }
    }
}
