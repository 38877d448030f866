import CuentasCore
import CuentasStatements

/// Which receipts' pages a re-publish renders again (`SiteChanges`). A receipt shows where its donation's money went
/// (its path by the fund's rule) and how the projects it reached stand; so it is rendered again when its path differs
/// from the one the ledger gave when the folder was last published, when it reached a project whose statement is
/// rendered again, or when its club was renamed, is new or lost files. A club's statement rendered for another reason
/// (a payment on a project one of its other donations reached) leaves the rest of its receipts alone.
public struct ReceiptSelection: Sendable, Equatable {
    /// The ledger's last movement when the folder was last published.
    public let publishedThrough: MovementID
    public let changedProjects: Set<Folio>
    public let everyReceiptOf: Set<PartyID>

    /// Whether the receipt of `donation` must be rendered again, given its path now and when last published.
    func needs(_ receipt: DonationReceipt, clubID: PartyID, now: FundFollowing, then: FundFollowing) -> Bool {
        everyReceiptOf.contains(clubID) || receipt.movementID > publishedThrough
            || now.paths[receipt.movementID] != then.paths[receipt.movementID]
            || receipt.parts.contains { changedProjects.contains($0.folio) }
    }
}
