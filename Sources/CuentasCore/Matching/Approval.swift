/// What approving a project records: the status change, then one pledge per party from the scheme.
public enum Approval {
    public static func drafts(
        folio: Folio, schemeID: SchemeID, agreedParts: [FundingRole: Int64], sessionDate: CalendarDate,
        minutesReference: String, occurredOn: CalendarDate, recordedBy: String, note: String, catalogue: Catalogue
    ) throws(ApprovalError) -> (drafts: [MovementDraft], plan: PledgePlan) {
        let (scheme, plan) = try pledgePlan(folio: folio, schemeID: schemeID, agreedParts: agreedParts, catalogue: catalogue)
        let status = StatusChange(
            folio: folio, status: .approved, sessionDate: sessionDate, minutesReference: minutesReference, schemeID: schemeID)
        var drafts = [MovementDraft(occurredOn: occurredOn, recordedBy: recordedBy, note: note, body: .status(status))]
        for entry in plan.entries {
            let pledge = Pledge(folio: folio, partyID: entry.partyID, amount: entry.amount, schemeID: schemeID, capBound: entry.capBound)
            let pledgeNote = entry.capBound ? "\(scheme.id): cap bound" : "\(scheme.id)"
            drafts.append(MovementDraft(occurredOn: occurredOn, recordedBy: recordedBy, note: pledgeNote, body: .pledge(pledge)))
        }
        return (drafts, plan)
    }
}

extension Approval {
    /// The scheme's pledges for the project's approved cost as the catalogue has it: an approval's, and a new cost's
    /// (`CostChange`).
    static func pledgePlan(
        folio: Folio, schemeID: SchemeID, agreedParts: [FundingRole: Int64], catalogue: Catalogue
    ) throws(ApprovalError) -> (scheme: MatchingScheme, plan: PledgePlan) {
        guard let project = catalogue.projects[folio] else { throw .unknownProject(folio) }
        guard let scheme = catalogue.schemes[schemeID] else { throw .unknownScheme(schemeID) }
        do {
            let allocation = try scheme.allocate(cost: project.approvedCost, agreedParts: agreedParts)
            return (scheme, try PledgePlan(project: project, allocation: allocation, catalogue: catalogue))
        } catch let error as MatchingError {
            throw .matching(error)
        } catch let error as PledgePlanError {
            throw .plan(error)
        } catch {
            preconditionFailure("unexpected \(error)")
        }
    }
}

/// Why a project cannot be approved as asked.
public enum ApprovalError: ExplainedError, Equatable {
    case unknownProject(Folio)
    case unknownScheme(SchemeID)
    case matching(MatchingError)
    case plan(PledgePlanError)

    public func explanation(in language: Language) -> String {
        switch self {
        case .unknownProject(let folio): return say(language, es: "no existe el proyecto \(folio)", en: "there is no project \(folio)")
        case .unknownScheme(let id):
            return say(
                language, es: "no existe el esquema \(id); vea `cuentas scheme list`",
                en: "there is no scheme \(id); see `cuentas scheme list`")
        case .matching(let error): return error.explanation(in: language)
        case .plan(let error): return error.explanation(in: language)
        }
    }
}

extension Approval {
    /// A split by agreement as people write it, one "ROLE=PARTS" each ("state=30", "municipal=20"): each role named
    /// once, parts a plain whole number. The command line gives a list, a CSV one cell split at ";".
    public static func agreedParts(parsing texts: [String], field: String) throws(InputError) -> [FundingRole: Int64] {
        var parts: [FundingRole: Int64] = [:]
        for text in texts {
            let pieces = text.split(separator: "=", omittingEmptySubsequences: false)
            guard pieces.count == 2, let role = FundingRole(rawValue: String(pieces[0]).trimmingSpaces()),
                let value = PlainNumber.parse(String(pieces[1]).trimmingSpaces()), parts[role] == nil
            else {
                throw InputError(
                    field: field, value: texts.joined(separator: ";"),
                    expected: .oneOf(["ROLE=PARTS naming each role once, e.g. state=30;municipal=20"]))
            }
            parts[role] = value
        }
        return parts
    }
}
