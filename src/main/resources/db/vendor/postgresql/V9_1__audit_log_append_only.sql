-- OGI Report Review, schema 9.1, PostgreSQL only: the audit log stays append-only on a team database.
-- On H2, V1's Java trigger (org.ogireview.store.AuditLogGuard) refuses UPDATE and DELETE; PostgreSQL cannot call Java,
-- so V1 is run there without that statement (see org.ogireview.store.PostgresSchema) and this PL/pgSQL trigger takes
-- its place, for TRUNCATE too. Same SQLSTATE (42000) and words as the H2 guard.
CREATE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'the audit log is append-only: entries are never changed or deleted (% refused)', TG_OP
        USING ERRCODE = '42000';
END
$$;

CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON audit_log
    FOR EACH ROW EXECUTE FUNCTION audit_log_append_only();

CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
    FOR EACH STATEMENT EXECUTE FUNCTION audit_log_append_only();
