/// Every foreign key may wait to the end of its transaction when a transaction asks (`SET CONSTRAINTS ALL DEFERRED`),
/// and is checked at once otherwise (INITIALLY IMMEDIATE: no write of the program changes). A copy of a whole ledger
/// (`PostgresLedgerCopy`) asks, because rows of one table refer to rows of the same table (a state government to the
/// federal one, a reversal to the movement it undoes) in no order a copy could always follow; the references are
/// still all checked, at its commit.
extension PostgresMigrations {
    static let deferrableReferences: [String] = [
        """
        DO $$
        DECLARE
            reference RECORD;
        BEGIN
            FOR reference IN
                SELECT conrelid::regclass::text AS holder, conname::text AS name FROM pg_constraint
                WHERE contype = 'f' AND connamespace = current_schema()::regnamespace
            LOOP
                EXECUTE format('ALTER TABLE %s ALTER CONSTRAINT %I DEFERRABLE INITIALLY IMMEDIATE', reference.holder, reference.name);
            END LOOP;
        END $$
        """
    ]
}
