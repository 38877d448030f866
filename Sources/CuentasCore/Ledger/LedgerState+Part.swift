/// A state replayed from only part of the ledger (the movements of some projects and clubs), to record new movements
/// about them without replaying the whole ledger. Its accounts and funds are exact for those projects and clubs; two
/// things still come from the whole ledger and are handed in here.
extension LedgerState {
    /// Bank references of live deposits and transfers outside the part replayed: the same money cannot be recorded
    /// twice anywhere in the ledger.
    public mutating func assumeLiveReferences(_ references: [String: MovementID]) {
        for (reference, id) in references {
            let key = Remittance.referenceKey(reference)
            if liveReferences[key] == nil { liveReferences[key] = id }
        }
    }

    /// CFDI invoices paid by payments in force outside the part replayed: one invoice is paid once in the ledger.
    public mutating func assumeLiveInvoices(_ invoices: [String: MovementID]) {
        for (uuid, id) in invoices {
            guard let number = InvoiceUUID.number(uuid) else { continue }
            if liveInvoices[number] == nil { liveInvoices[number] = id }
        }
    }

    /// New movements are numbered after the whole ledger's last one, not after the last one of the part replayed.
    public mutating func continueNumbering(after lastOfLedger: MovementID) {
        precondition(lastOfLedger >= lastMovementID, "the ledger's last movement is at least the part's last")
        lastMovementID = lastOfLedger
    }
}
