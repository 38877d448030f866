import CuentasCore

/// The ledger as IATI activities: a pure function. The mapping is documented in the README (section "IATI").
public enum IATIExport {
    public struct Settings: Sendable {
        /// The publisher's IATI organisation identifier, e.g. "XM-DAC-12345" or a registration-agency prefix.
        public let publisherPrefix: String
        /// Where the published statements live, if on the web: adds a document-link per activity.
        public let baseURL: String?

        public init(publisherPrefix: String, baseURL: String?) {
            self.publisherPrefix = publisherPrefix
            self.baseURL = baseURL
        }
    }

    public static func sector(for kind: ProjectKind) -> String {
        switch kind {
        case .infrastructure: return "43040"
        case .agriculture: return "31120"
        case .commercialization: return "32130"
        case .scholarship: return "11320"
        case .communityServices: return "16050"
        case .education: return "11120"
        }
    }

    public static func activityStatus(for status: ProjectStatus) -> String {
        switch status {
        case .proposed, .approved: return "1"
        case .inExecution: return "2"
        case .completed: return "3"
        case .closed: return "4"
        case .rejected, .cancelled: return "5"
        }
    }

    public static func activities(
        state: LedgerState, settings: Settings, folios: [Folio]? = nil, municipalityID: PartyID? = nil
    ) -> [IATIActivity] {
        let accounts = state.projects.values
            .filter { folios == nil || folios!.contains($0.project.folio) }
            .filter { municipalityID == nil || $0.project.municipalityID == municipalityID }
            .sorted { $0.project.folio < $1.project.folio }
        return accounts.map { activity($0, state: state, settings: settings) }
    }

    static func organisation(_ id: PartyID, _ catalogue: Catalogue, _ settings: Settings) -> IATIActivity.Organisation {
        let type: String
        if let government = catalogue.governments[id] {
            type = government.level == .federal ? "10" : "11"
        } else {
            type = "21"
        }
        return IATIActivity.Organisation(ref: "\(settings.publisherPrefix)-\(id.text)", type: type, name: catalogue.partyName(id))
    }

    static func activity(_ account: ProjectAccount, state: LedgerState, settings: Settings) -> IATIActivity {
        let project = account.project
        let catalogue = state.catalogue
        func org(_ id: PartyID) -> IATIActivity.Organisation { organisation(id, catalogue, settings) }
        var funders: [PartyID] = []
        for id in state.projectMovementIDs[project.folio, default: []] {
            if case .pledge(let pledge) = state.movements[id]!.body, !funders.contains(pledge.partyID) { funders.append(pledge.partyID) }
        }
        for club in catalogue.acceptedSponsors(of: project) where !funders.contains(club) { funders.insert(club, at: 0) }
        var participants = funders.map { IATIActivity.Participant(organisation: org($0), role: "1") }
        participants.append(.init(organisation: org(project.executingAgencyID), role: "4"))

        var transactions: [IATIActivity.Transaction] = []
        func add(_ movement: Movement, sign: Int64, date: CalendarDate, ref: String) {
            func money(_ value: Money) -> Money { Money(minorUnits: sign * value.minorUnits, currency: value.currency) }
            switch movement.body {
            case .pledge(let pledge):
                transactions.append(
                    .init(
                        ref: ref, type: "11", date: date, value: money(pledge.amount), description: movement.note,
                        provider: org(pledge.partyID), receiver: nil))
            case .deposit(let deposit):
                transactions.append(
                    .init(
                        ref: ref, type: "1", date: date, value: money(deposit.remittance.received), description: movement.note,
                        provider: org(deposit.partyID), receiver: nil))
            case .transfer(let transfer):
                transactions.append(
                    .init(
                        ref: ref, type: "1", date: date, value: money(transfer.remittance.received), description: movement.note,
                        provider: org(transfer.clubID), receiver: nil))
            case .refund(let refund):
                // Money given back to a funder: incoming funds less.
                transactions.append(
                    .init(
                        ref: ref, type: "1", date: date, value: money(-refund.amount), description: movement.note,
                        provider: org(refund.partyID), receiver: nil))
            case .payment(let payment):
                let payee =
                    PublishedPayee(payment, of: project.kind).payee ?? "Becarios (datos reservados) / Scholarship students (private)"
                let receiver = IATIActivity.Organisation(ref: "", type: "", name: payee)
                transactions.append(
                    .init(
                        ref: ref, type: "4", date: date, value: money(payment.amount), description: movement.note, provider: nil,
                        receiver: receiver))
            case .arrival(let arrival):
                // Incoming funds only once the executing agency confirmed them: a sending in transit is not yet.
                transactions.append(
                    .init(
                        ref: ref, type: "1", date: date, value: money(arrival.received), description: movement.note,
                        provider: org(arrival.clubID), receiver: nil))
            case .donation, .progress, .status, .reversal, .sending, .returned:
                break
            }
        }
        for id in state.projectMovementIDs[project.folio, default: []] {
            let movement = state.movements[id]!
            if case .reversal(let reversal) = movement.body, let original = state.movements[reversal.movementID] {
                add(original, sign: -1, date: movement.occurredOn, ref: "\(movement.id)")
            } else {
                add(movement, sign: 1, date: movement.occurredOn, ref: "\(movement.id)")
            }
        }
        var dates: [(String, CalendarDate)] = []
        if let approval = account.statusHistory.first(where: { $0.change.status == .approved }) {
            dates.append(("1", approval.change.sessionDate ?? approval.date))
        }
        if let start = account.date(of: .inExecution) { dates.append(("2", start)) }
        if let end = account.date(of: .completed) { dates.append(("4", end)) }
        if dates.isEmpty { dates.append(("1", project.proposedOn)) }
        let budgetStart = dates.first!.1
        // IATI type 3, planned end: set by an amendment of the project.
        if let plannedEnd = project.plannedEndOn { dates.append(("3", plannedEnd)) }
        let budgetEnd = account.date(of: .completed) ?? CalendarDate.adding(days: 364, to: budgetStart)
        let municipality = catalogue.partyName(project.municipalityID)
        return IATIActivity(
            identifier: "\(settings.publisherPrefix)-\(project.folio.text)", reportingOrg: org(project.municipalityID),
            title: project.title, description: description(of: project, in: municipality), participants: participants,
            status: activityStatus(for: account.status), dates: dates,
            countryCode: catalogue.governments[project.municipalityID]?.countryCode ?? "MX",
            locationName: "\(project.locality), \(municipality)", sectorCode: sector(for: project.kind),
            budgetStart: budgetStart, budgetEnd: max(budgetEnd, budgetStart), budget: project.approvedCost,
            transactions: transactions,
            documentURL: settings.baseURL.map { "\($0.hasSuffix("/") ? String($0.dropLast()) : $0)/es/projects/\(project.folio.text).html" }
        )
    }
}

extension IATIExport {
    /// IATI requires a description of every activity; a project recorded without one (`project add` allows it) is
    /// described by what the ledger knows, saying that its own description is missing, so that one such project does not
    /// make the whole export invalid.
    static func description(of project: Project, in municipality: String) -> LocalizedText {
        guard project.description.spanish.isEmpty && project.description.english.isEmpty else { return project.description }
        return LocalizedText(
            spanish: "Proyecto \(project.folio) en \(project.locality), \(municipality). Aún no tiene descripción registrada.",
            english: "Project \(project.folio) in \(project.locality), \(municipality). No description has been recorded yet.")
    }
}

extension CalendarDate {
    /// The day `days` after `date`.
    static func adding(days: Int, to date: CalendarDate) -> CalendarDate {
        var day = date.dayNumber + days
        // Civil from days (Howard Hinnant).
        day += 719_468
        let era = (day >= 0 ? day : day - 146_096) / 146_097
        let dayOfEra = day - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1_460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let monthIndex = (5 * dayOfYear + 2) / 153
        let dayOfMonth = dayOfYear - (153 * monthIndex + 2) / 5 + 1
        let month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9
        let year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
        return CalendarDate(year: year, month: month, day: dayOfMonth)!
    }
}
