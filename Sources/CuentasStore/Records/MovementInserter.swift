import CuentasCore
import CuentasTables
import GRDB
import GRDBSQLite

/// Inserts movements in statements of `rowsPerStatement` rows each (the last few one by one). Every insert statement
/// opens and closes a statement journal (the table has a BEFORE INSERT trigger and unique indexes), and is bound and
/// reset: 64 rows a statement share that cost (measured: bench/NOTES.md, "Figures moved out of the code").
///
/// Values are bound with SQLite's `sqlite3_bind_*` (`ColumnValue`), not through GRDB's `StatementArguments`, which
/// boxes each value and converts it to a `DatabaseValue` before binding it: a tenth of a payments file's import in
/// perf (bench/NOTES.md).
public struct MovementInserter: MovementRowWriter {
    static let rowsPerStatement = 64

    private let db: Database
    private var pending: [ColumnValue]
    private var pendingRows = 0

    init(_ db: Database) {
        self.db = db
        pending = Array(repeating: .null, count: Self.rowsPerStatement * MovementColumns.names.count)
    }

    public mutating func insert(_ movement: Movement, recordedAt: String, previousHash: String, hash: String) throws {
        MovementColumns.write(
            movement, recordedAt: recordedAt, previousHash: previousHash, hash: hash,
            into: &pending, at: pendingRows * MovementColumns.names.count)
        pendingRows += 1
        if pendingRows == Self.rowsPerStatement {
            try Self.execute(try db.cachedStatement(sql: Self.batchSQL), values: pending[...])
            pendingRows = 0
        }
    }

    /// Inserts what is left. Call it once, after the last movement.
    public mutating func finish() throws {
        let columns = MovementColumns.names.count
        let single = try db.cachedStatement(sql: Self.singleSQL)
        for row in 0..<pendingRows {
            try Self.execute(single, values: pending[(row * columns)..<((row + 1) * columns)])
        }
        pendingRows = 0
    }

    /// Binds one value to each of the statement's parameters, in order, and runs it.
    private static func execute(_ statement: Statement, values: ArraySlice<ColumnValue>) throws {
        precondition(values.count == Int(sqlite3_bind_parameter_count(statement.sqliteStatement)), "one value a parameter")
        // Resets the statement and clears its bindings (every parameter null), and tells GRDB they are set.
        statement.setUncheckedArguments(StatementArguments())
        let handle = statement.sqliteStatement
        for (offset, value) in zip(values.indices, values) {
            let parameter = Int32(offset - values.startIndex + 1)
            let code: Int32
            switch value {
            case .null: continue
            case .integer(let integer): code = sqlite3_bind_int64(handle, parameter, integer)
            case .text(var text):
                code = text.withUTF8 { bytes in
                    sqlite3_bind_text(handle, parameter, bytes.baseAddress, Int32(bytes.count), transient)
                }
            }
            // Binding reads no file; it fails only for a parameter out of range or a value over SQLite's limits.
            precondition(code == SQLITE_OK, "binding parameter \(parameter) failed with SQLite code \(code)")
        }
        try statement.execute()
    }

    /// SQLite copies the text before the binding call returns (`SQLITE_TRANSIENT`).
    private static let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)

    private static let batchSQL: String = {
        precondition(rowsPerStatement * MovementColumns.names.count <= 32_766, "SQLite takes at most 32,766 values in one statement")
        return MovementColumns.insertSQL(rows: rowsPerStatement) { _ in "?" }
    }()

    private static let singleSQL = MovementColumns.insertSQL(rows: 1) { _ in "?" }
}
