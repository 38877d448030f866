import CuentasCore

/// What an official publishes: every project of the municipality, totals per party, what each government level
/// still owes and since when, and the projects whose physical and financial progress diverge.
public struct MunicipalityStatement: Hashable, Sendable {
    public struct Arrear: Hashable, Sendable {
        public let role: FundingRole
        public let government: PartyReference?
        public let outstanding: MoneyTotal
        public let since: CalendarDate?
        public let days: Int?
        public let folios: [Folio]
    }

    /// A government's pledge to one of the municipality's projects, with the administration in office on its date.
    public struct PledgeInOffice: Hashable, Sendable {
        public let date: CalendarDate
        public let folio: Folio
        public let title: LocalizedText
        public let government: PartyReference
        public let administration: String?
    }

    /// A club's sending to one of the municipality's projects that someone should look at: not confirmed on arrival
    /// after `TransitRule.unconfirmedAfterDays`, or confirmed short.
    public struct SendingToWatch: Hashable, Sendable {
        public let track: SendingTrack
        public let club: PartyReference
        public let title: LocalizedText
    }

    public let municipality: PartyReference
    public let stateName: String?
    /// The state it belongs to, whose page lists it (`PortfolioIndex.StateGroup`); nil when the government above it
    /// is not a state's.
    public let stateID: PartyID?
    public let asOf: CalendarDate
    public let projects: [ProjectSummary]
    public let roleTotals: [MunicipalityFigures.RoleTotals]
    public let arrears: [Arrear]
    public let totalCost: MoneyTotal
    public let totalReceived: MoneyTotal
    public let totalPaid: MoneyTotal
    /// The municipality's renames and administrations, by date.
    public let changes: [RecordChange]
    /// Every live pledge of a government that has administrations recorded (the municipality, its state, the federal
    /// government), by date; empty when none has.
    public let pledgesInOffice: [PledgeInOffice]

    /// Every unconfirmed and every short sending to its projects, by date sent.
    public let sendingsToWatch: [SendingToWatch]

    public var divergentProjects: [ProjectSummary] { projects.filter(\.totals.progressDiverges) }

    public init?(municipalityID: PartyID, state: LedgerState, asOf: CalendarDate, transitRule: TransitRule = .standard) {
        guard let government = state.catalogue.governments[municipalityID], government.level == .municipal else { return nil }
        let figures = MunicipalityFigures(municipality: government, state: state, asOf: asOf)
        let catalogue = state.catalogue
        municipality = PartyReference(municipalityID, in: catalogue)
        stateName = government.parentID.map { catalogue.partyName($0) }
        stateID = government.parentID.flatMap { catalogue.governments[$0]?.level == .state ? $0 : nil }
        self.asOf = asOf
        projects = figures.projects.map { ProjectSummary($0, catalogue: catalogue) }
        roleTotals = figures.roleTotals
        arrears = figures.governmentArrears.map { totals in
            let level = totals.role.governmentLevel!
            let owing = figures.projects.filter { project in
                project.parties.contains { $0.role == totals.role && $0.outstanding.isPositive }
            }
            return Arrear(
                role: totals.role,
                government: catalogue.government(for: level, above: municipalityID).map { PartyReference($0.id, in: catalogue) },
                outstanding: totals.outstanding, since: totals.outstandingSince, days: totals.daysOutstanding,
                folios: owing.map(\.folio))
        }
        let currency = CurrencyCode.mexicanPeso
        totalCost = MoneyTotal(summing: figures.projects.map(\.approvedCost), currency: currency)
        totalReceived = MoneyTotal(summing: figures.projects.map(\.totalReceived), currency: currency)
        totalPaid = MoneyTotal(summing: figures.projects.map(\.totalPaid), currency: currency)
        changes = RecordChange.of(.government(municipalityID), in: catalogue)
        let governed = catalogue.governmentChain(from: municipalityID).filter { !catalogue.administrations(of: $0.id).isEmpty }
        var pledges: [PledgeInOffice] = []
        for account in state.projects.values where account.project.municipalityID == municipalityID {
            for government in governed {
                for date in (account.livePledgeDates[government.id] ?? [:]).values {
                    pledges.append(
                        PledgeInOffice(
                            date: date, folio: account.project.folio, title: account.project.title,
                            government: PartyReference(government.id, in: catalogue),
                            administration: catalogue.administration(of: government.id, on: date)?.name))
                }
            }
        }
        sendingsToWatch = (state.municipalityFolios[municipalityID] ?? []).flatMap { folio in
            state.sendingTracks(among: state.projectMovementIDs[folio, default: []], asOf: asOf, rule: transitRule)
                .filter { $0.isUnconfirmed || $0.shortfall != nil }
                .map {
                    SendingToWatch(
                        track: $0, club: PartyReference($0.sending.clubID, in: catalogue), title: catalogue.projects[folio]!.title)
                }
        }.sorted { ($0.track.sentOn, $0.track.movementID) < ($1.track.sentOn, $1.track.movementID) }
        pledgesInOffice = pledges.sorted { ($0.date, $0.folio, $0.government.id) < ($1.date, $1.folio, $1.government.id) }
    }
}
