import CuentasCore
import CuentasTables
import Foundation
import GRDB

/// The ledger in one SQLite file (WAL mode). Every write is one transaction: it either happens whole or not at all.
///
/// Writes are named for what they do (`addClub`, `record`); each one rebuilds the part of the ledger state it touches inside its
/// transaction, checks the new entries against the domain rules, and only then inserts them.
public final class LedgerStore: Sendable {
    let writer: DatabasePool
    /// Federations, governments and schemes, and the whole catalogue, kept between reads (`CatalogueVersionCache`).
    public let keptCatalogue = KeptCatalogue()
    public let path: String
    /// Whether donations get receipt codes when recorded (always, but for the migration tests, which write a ledger as
    /// the program before receipts did: `CUENTAS_LEDGER_BEFORE_RECEIPTS=1`).
    public let issuesReceipts = ProcessInfo.processInfo.environment["CUENTAS_LEDGER_BEFORE_RECEIPTS"] != "1"

    /// Opens an existing ledger file. Refuses a path with no file, so a typo does not create an empty ledger.
    public static func open(path: String) throws(StoreError) -> LedgerStore {
        guard FileManager.default.fileExists(atPath: path) else { throw StoreError.noLedger(path: path) }
        return try LedgerStore(path: path)
    }

    /// Creates a new, empty ledger file. Refuses to touch a file that already exists.
    public static func create(path: String) throws(StoreError) -> LedgerStore {
        guard !FileManager.default.fileExists(atPath: path) else { throw StoreError.ledgerExists(path: path) }
        return try LedgerStore(path: path)
    }

    private init(path: String) throws(StoreError) {
        var configuration = Configuration()
        configuration.foreignKeysEnabled = true
        // Two people recording at once wait for each other instead of failing.
        configuration.busyMode = .timeout(10)
        // A large import touches pages all over the movement table's indexes; with SQLite's default 2 MB page cache
        // they were written out to the WAL and read back many times within one transaction. 32 MiB: a larger cache saved
        // little of a national import's time for much more memory (bench/NOTES.md). The cache grows only as used;
        // readers keep SQLite's default: a whole-ledger read goes through each page once, and with the large cache each
        // of a check's reading connections held 128 MiB of pages it never read again.
        // Every movement insert needs a statement journal (the table has a BEFORE INSERT trigger and unique indexes, so
        // one insert can fail halfway). SQLite keeps it in memory up to 64 KiB and then in a temporary file for the rest
        // of the transaction: a national import wrote 3.2 million pages to /var/tmp. `temp_store = MEMORY` keeps it in
        // memory; it holds one statement's pages at a time.
        configuration.prepareDatabase { db in
            if !db.configuration.readonly { try db.execute(sql: "PRAGMA cache_size = -32768; PRAGMA temp_store = MEMORY") }
        }
        do {
            let pool = try DatabasePool(path: path, configuration: configuration)
            let applied = try pool.read { db in try LedgerMigrations.migrator.appliedIdentifiers(db) }
            try LedgerMigrations.migrator.migrate(pool)
            // A ledger from before the catalogue's seals, or before the writes' records: sealed now, as it stands, once.
            if !applied.contains("v10-catalogue-seals") { try pool.write { db in try CatalogueSeals.sealNew(SQLiteSession(db)) } }
            if !applied.contains("v12-recordings") { try pool.write { db in try Recordings.fillIn(db) } }
            // v18 copies the auditors' observations in as complaints: sealed now, once.
            if !applied.contains("v18-evidence-oversight") { try pool.write { db in try CatalogueSeals.sealNew(SQLiteSession(db)) } }
            writer = pool
        } catch let error as DatabaseError
            where [.SQLITE_READONLY, .SQLITE_CANTOPEN, .SQLITE_PERM].contains(error.resultCode.primaryResultCode)
        {
            writer = try Self.openReadOnly(path: path, configuration: configuration)
        } catch {
            throw StoreError(error)
        }
        self.path = path
    }

    /// A ledger the program may not write (a copy on a read-only medium, a file of another user): still checked and
    /// shown. SQLite opens it as immutable, which needs no lock file beside it; every write then fails with SQLite's
    /// "attempt to write a readonly database", and nothing is changed.
    private static func openReadOnly(path: String, configuration: Configuration) throws(StoreError) -> DatabasePool {
        var readOnly = configuration
        readOnly.readonly = true
        let uri = "file:" + (path.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed) ?? path) + "?immutable=1"
        do {
            let pool = try DatabasePool(path: uri, configuration: readOnly)
            guard try pool.read({ db in try LedgerMigrations.migrator.hasCompletedMigrations(db) }) else {
                throw StoreError.database(
                    "the ledger at \(path) is read-only and was written by an older version of the program; open it once where it can be written, to bring it up to date"
                )
            }
            return pool
        } catch let error as StoreError {
            throw error
        } catch {
            throw StoreError(error)
        }
    }

    /// Runs one write transaction, translating database errors.
    func write<T>(_ updates: (Database) throws -> T) throws(StoreError) -> T {
        do {
            return try writer.write(updates)
        } catch let error as StoreError {
            throw error
        } catch {
            throw StoreError(error)
        }
    }

    func read<T>(_ value: (Database) throws -> T) throws(StoreError) -> T {
        do {
            return try writer.read(value)
        } catch let error as StoreError {
            throw error
        } catch {
            throw StoreError(error)
        }
    }

    /// The names of the migrations applied to this file, in order.
    public func appliedMigrations() throws(StoreError) -> [String] {
        try read { db in try LedgerMigrations.migrator.appliedMigrations(db) }
    }
}
