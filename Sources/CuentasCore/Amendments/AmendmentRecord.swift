/// One line of an entry's history: an amendment as recorded (its number in the ledger and when), with the value it
/// replaced, so a statement can say what changed from what to what.
public struct AmendmentRecord: Hashable, Sendable {
    public let number: Int64
    public let amendment: CatalogueAmendment
    /// The field's value before; empty when it had none (a first administration, a first planned end date).
    public let previousValue: String
}
