/// What a new approved cost records besides the re-programmed budget (`BudgetReprogramming.newCost`): the scheme's
/// pledges for the new cost, then a reversal of each pledge made for the old one, so the parties' commitments are
/// the scheme's shares of the cost in force and the old pledges stay in view, reversed with the minutes' reason.
/// The new pledges come first: a party that already gave money is never left, even for a moment, without a pledge.
public enum CostChange {
    /// - Parameters:
    ///   - catalogue: with the new cost in force (the re-programming applied).
    ///   - livePledges: the scheme's pledges of the project not yet reversed, by number.
    public static func drafts(
        folio: Folio, schemeID: SchemeID, agreedParts: [FundingRole: Int64], livePledges: [MovementID], occurredOn: CalendarDate,
        recordedBy: String, reason: String, catalogue: Catalogue
    ) throws(ApprovalError) -> [MovementDraft] {
        let (scheme, plan) = try Approval.pledgePlan(folio: folio, schemeID: schemeID, agreedParts: agreedParts, catalogue: catalogue)
        let pledges = plan.entries.map { entry in
            MovementDraft(
                occurredOn: occurredOn, recordedBy: recordedBy, note: "\(scheme.id): \(reason)",
                body: .pledge(
                    Pledge(folio: folio, partyID: entry.partyID, amount: entry.amount, schemeID: schemeID, capBound: entry.capBound)))
        }
        let reversals = livePledges.map { id in
            MovementDraft(
                occurredOn: occurredOn, recordedBy: recordedBy, note: "", body: .reversal(Reversal(movementID: id, reason: reason)))
        }
        return pledges + reversals
    }
}
