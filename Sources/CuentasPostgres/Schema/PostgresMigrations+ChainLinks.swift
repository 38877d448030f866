/// The hash chain kept by the database itself, beyond the SQLite store (where one writer at a time is the file's own
/// rule): with several app servers writing to one database, each new movement must take the next number and carry the
/// hash of the movement before it (of the empty ledger's `HashChain.genesis` for the first). Writers take turns with the
/// writers' advisory lock (`PostgresLedgerDatabase.write`); this trigger refuses what a writer that did not would
/// leave: a repeated or skipped number, or a fork of the chain. The hash itself is the program's to compute (and
/// `check`'s to verify); the database checks the links.
extension PostgresMigrations {
    /// `HashChain.genesis` (checked equal by a test): the previous hash of the first movement.
    static let genesis = String(repeating: "0", count: 64)

    /// PostgreSQL fires a table's BEFORE triggers in the order of their names: this one after `movementNeedsHash`,
    /// so a movement without hashes is told that first.
    static let chainLinks: [String] = [
        """
        CREATE FUNCTION movement_links_chain() RETURNS trigger LANGUAGE plpgsql AS $$
        DECLARE
            last_id BIGINT;
            last_hash TEXT;
        BEGIN
            SELECT id, hash INTO last_id, last_hash FROM movement ORDER BY id DESC LIMIT 1;
            IF NOT FOUND THEN
                last_id := 0;
                last_hash := '\(genesis)';
            END IF;
            IF NEW.id <> last_id + 1 THEN
                RAISE EXCEPTION 'movement #% would not be the next: the ledger ends at #%', NEW.id, last_id;
            END IF;
            IF NEW.previousHash IS DISTINCT FROM last_hash THEN
                RAISE EXCEPTION 'movement #% does not carry the hash of #%: the chain would fork', NEW.id, last_id;
            END IF;
            RETURN NEW;
        END $$
        """,
        "CREATE TRIGGER movementTakesTheNextLink BEFORE INSERT ON movement FOR EACH ROW EXECUTE FUNCTION movement_links_chain()",
    ]
}
