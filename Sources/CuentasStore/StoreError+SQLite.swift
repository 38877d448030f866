import CuentasCore
import CuentasTables
import GRDB

extension StoreError {
    /// Any error met while reading or writing the file, as the store says it: SQLite's own codes for a full disk, a
    /// read-only file and a damaged file; the shared code's refusals and damaged rows by what they mean.
    init(_ error: any Error) {
        if let error = error as? DatabaseError {
            switch error.resultCode.primaryResultCode {
            case .SQLITE_FULL: self = .diskFull
            case .SQLITE_READONLY: self = .readOnly
            case .SQLITE_CORRUPT, .SQLITE_NOTADB: self = .corruptRow(table: "file", id: "?", detail: error.message ?? "\(error)")
            default: self = .database(error.message ?? "\(error)")
            }
        } else {
            self.init(shared: error)
        }
    }
}
