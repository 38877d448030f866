import CuentasCore
import CuentasTables

/// A recording's movement rows on PostgreSQL: many rows a statement (`BatchedInsert`), written through the one
/// description both stores share (`MovementColumns`). (The database's own trigger checks each row's number and hash
/// link, row by row in the order sent.)
public struct PostgresMovementRows: MovementRowWriter {
    let session: PostgresSession
    private var values = [ColumnValue](repeating: .null, count: MovementColumns.names.count)
    private var batch = BatchedInsert(table: "movement", columns: MovementColumns.names)

    init(_ session: PostgresSession) { self.session = session }

    public mutating func insert(_ movement: Movement, recordedAt: String, previousHash: String, hash: String) throws {
        MovementColumns.write(movement, recordedAt: recordedAt, previousHash: previousHash, hash: hash, into: &values, at: 0)
        try batch.add(values, into: session)
    }

    public mutating func finish() throws { try batch.finish(session) }
}
