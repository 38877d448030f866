import CuentasCore
import CuentasTables

/// A recording's movement rows on PostgreSQL: one bound statement a row, written through the one description both
/// stores share (`MovementColumns`). (The database's own trigger checks each row's number and hash link.)
struct PostgresMovementRows: MovementRowWriter {
    let session: PostgresSession
    private var values = [ColumnValue](repeating: .null, count: MovementColumns.names.count)
    private static let insert = MovementColumns.insertSQL(rows: 1) { _ in "?" }

    init(_ session: PostgresSession) { self.session = session }

    mutating func insert(_ movement: Movement, recordedAt: String, previousHash: String, hash: String) throws {
        MovementColumns.write(movement, recordedAt: recordedAt, previousHash: previousHash, hash: hash, into: &values, at: 0)
        try session.execute(Self.insert, values)
    }

    mutating func finish() throws {}
}
