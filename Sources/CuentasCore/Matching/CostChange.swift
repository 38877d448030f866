/// What a new approved cost records besides the re-programmed budget (`BudgetReprogramming.newCost`): the scheme's
/// pledges for the new cost, then a reversal of each pledge made for the old one, so the parties' commitments are
/// the scheme's shares of the cost in force and the old pledges stay in view, reversed with the minutes' reason.
/// The new pledges come first: a party that already gave money is never left, even for a moment, without a pledge.
public enum CostChange {
    /// - Parameters:
    ///   - catalogue: with the new cost in force (the re-programming applied).
    ///   - livePledges: the scheme's pledges of the project not yet reversed, by number.
    public static func drafts(
        folio: Folio, schemeID: Identifier, agreedParts: [FundingRole: Int64], livePledges: [MovementID], occurredOn: CalendarDate,
        recordedBy: String, reason: String, catalogue: Catalogue
    ) throws(ApprovalError) -> [MovementDraft] {
        guard let project = catalogue.projects[folio] else { throw .unknownProject(folio) }
        guard let scheme = catalogue.schemes[schemeID] else { throw .unknownScheme(schemeID) }
        let plan: PledgePlan
        do {
            plan = try PledgePlan(project: project, allocation: try scheme.allocate(cost: project.approvedCost, agreedParts: agreedParts), catalogue: catalogue)
        } catch let error as MatchingError {
            throw .matching(error)
        } catch let error as PledgePlanError {
            throw .plan(error)
        } catch {
            preconditionFailure("unexpected \(error)")
        }
        let pledges = plan.entries.map { entry in
            MovementDraft(
                occurredOn: occurredOn, recordedBy: recordedBy, note: "\(scheme.id): \(reason)",
                body: .pledge(Pledge(folio: folio, partyID: entry.partyID, amount: entry.amount, schemeID: schemeID, capBound: entry.capBound)))
        }
        let reversals = livePledges.map { id in
            MovementDraft(occurredOn: occurredOn, recordedBy: recordedBy, note: "", body: .reversal(Reversal(movementID: id, reason: reason)))
        }
        return pledges + reversals
    }
}
