import CuentasCore
import GRDB
import CuentasTables

extension LedgerStore {
    /// The club whose donation carries receipt `code`; nil when none does. Found through the receipts' own index.
    public func club(ofReceipt code: ReceiptCode) throws(StoreError) -> PartyID? {
        try read { db in
            try String.fetchOne(db, sql: "SELECT partyId FROM movement WHERE receipt = ?", arguments: [code.compact])
                .map { Identifier(trusted: $0) }
        }
    }
}
