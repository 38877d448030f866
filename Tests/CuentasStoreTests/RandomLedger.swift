import CuentasCore
import CuentasStore
import CuentasTestSupport
import Foundation

/// A seeded random ledger for the balance tests: more clubs and approved projects on top of `StoreFixture`, and drafts
/// of every kind chosen against the ledger as it stands, most of them valid and some not (a refused one must change
/// nothing). The same seed gives the same ledger on every run.
struct RandomLedger {
    typealias F = StoreFixture
    let fixture: F
    let clubs: [PartyID]
    let governments: [PartyID] = [F.id("MX"), F.id("ZAC"), F.id("MUN")]
    private(set) var folios: [Folio] = []
    private var random: SeededGenerator
    private var references = 0

    init(_ fixture: F, seed: UInt64, projects: Int) throws {
        self.fixture = fixture
        random = SeededGenerator(seed: seed)
        var clubs: [PartyID] = [F.id("CLUB")]
        for number in 2...4 {
            let id: PartyID = F.id("CLUB-\(number)")
            try fixture.store.addClub(
                Club(
                    id: id, name: "Club \(number)", federationID: nil, cityAbroad: "Chicago", stateAbroad: "IL", countryAbroad: "USA",
                    tomaDeNota: TomaDeNota(number: "T-\(number)", expiresOn: F.date("2030-01-01")), fundCurrency: .usDollar))
            clubs.append(id)
        }
        self.clubs = clubs
        try fixture.approve()
        folios = [F.folio]
        for number in 1...projects {
            let folio: Folio = F.id("Q-\(number)")
            let sponsors = number % 3 == 0 ? [clubs[number % 4], clubs[(number + 1) % 4]] : [clubs[number % 4]]
            let lines = (1...(1 + number % 3)).map {
                BudgetLine(number: $0, concept: "Partida \($0)", amount: F.pesos(Int64(100_000_00 * $0)))
            }
            let cost = lines.reduce(Int64(0)) { $0 + $1.amount.minorUnits }
            try fixture.store.addProject(
                Project(
                    folio: folio, title: LocalizedText(spanish: "Obra \(number)", english: "Work \(number)"),
                    description: LocalizedText(spanish: "", english: ""), kind: .infrastructure, municipalityID: F.id("MUN"),
                    locality: "Centro", sponsorClubIDs: sponsors, executingAgencyID: F.id("MUN"), approvedCost: F.pesos(cost),
                    budgetLines: lines, proposedOn: F.date("2024-01-01")))
            _ = try fixture.store.approve(
                folio: folio, schemeID: F.id("3x1-classic"), agreedParts: [:], sessionDate: F.date("2024-02-01"),
                minutesReference: "ACTA-\(number)", occurredOn: F.date("2024-02-01"), recordedBy: "tester", note: "")
            folios.append(folio)
        }
    }

    mutating func chance(_ percent: Int) -> Bool { Int.random(in: 0..<100, using: &random) < percent }
    mutating func amount(_ range: ClosedRange<Int64>) -> Int64 { Int64.random(in: range, using: &random) }
    mutating func pick<T>(_ values: [T]) -> T { values.randomElement(using: &random)! }

    mutating func nextReference() -> String {
        references += 1
        return "REF-\(references)"
    }

    /// Some drafts, each checked against a copy of `state` so most of them pass; with `keepingOneBad`, a refused one is
    /// left in (the batch must then record nothing).
    mutating func drafts(count: Int, against state: LedgerState, keepingOneBad: Bool) -> [MovementDraft] {
        var scratch = state
        var kept: [MovementDraft] = []
        var attempts = 0
        while kept.count < count && attempts < count * 4 {
            attempts += 1
            let draft = fixture.draft(
                body(against: scratch), on: "2024-0\(Int.random(in: 3...9, using: &random))-1\(Int.random(in: 0...9, using: &random))")
            do {
                try scratch.record(draft.numbered(scratch.nextMovementID))
                kept.append(draft)
            } catch {
                if keepingOneBad {
                    kept.insert(draft, at: Int.random(in: 0...kept.count, using: &random))
                    return kept
                }
            }
        }
        return kept
    }

    /// One movement of a kind chosen at random, about what `state` holds.
    mutating func body(against state: LedgerState) -> MovementBody {
        let folio = pick(folios)
        let account = state.projects[folio]!
        switch Int.random(in: 0..<100, using: &random) {
        case 0..<18:
            let club = pick(clubs)
            let source: DonationSource = chance(50) ? .member(chance(2) ? 999 : nil) : .event("Kermés \(amount(1...5))")
            return .donation(Donation(clubID: club, amount: Money(minorUnits: amount(1_00...900_00), currency: .usDollar), source: source))
        case 24..<27:
            let club = pick(account.project.sponsorClubIDs)
            let fund = state.clubFunds[club]!.balanceMinorUnits
            let sent = chance(90) ? max(1, amount(0...max(0, fund - 10_00))) : fund + amount(1...100_00)
            return .sending(
                Sending(
                    clubID: club, folio: folio, sent: Money(minorUnits: sent, currency: .usDollar),
                    fee: Money(minorUnits: amount(0...5_00), currency: .usDollar),
                    quotedRate: ExchangeRate(millionths: 17_500_000), rateSource: "cotización",
                    marketRate: ExchangeRate(millionths: 18_000_000),
                    provider: pick(["Remesas Uno", "Banco Dos"]), reference: nextReference()))
        case 27..<30:
            // Settles a sending in transit (now and then one already settled, or a movement that is not a sending).
            let open = state.movements.inOrder.filter { movement in
                guard case .sending = movement.body else { return false }
                return chance(5) || (state.isLive(movement.id) && state.settledBy[movement.id] == nil)
            }
            guard let target = open.last ?? state.movements.inOrder.last else {
                return .progress(ProgressReport(folio: folio, physicalPercent: Int(amount(0...100))))
            }
            guard case .sending(let sending) = target.body else {
                return .arrival(
                    Arrival(
                        sendingID: target.id, clubID: pick(clubs), folio: folio, sent: Money(minorUnits: 1_00, currency: .usDollar),
                        received: F.pesos(17_50), reference: nextReference()))
            }
            if chance(25) {
                return .returned(
                    SendingReturn(
                        sendingID: target.id, clubID: sending.clubID, folio: sending.folio, sent: sending.sent, reason: "devuelto"))
            }
            return .arrival(
                Arrival(
                    sendingID: target.id, clubID: sending.clubID, folio: sending.folio, sent: sending.sent,
                    received: F.pesos(sending.sent.minorUnits * (chance(20) ? 170 : 175) / 10), reference: nextReference()))
        case 18..<24:
            let club = pick(account.project.sponsorClubIDs)
            let fund = state.clubFunds[club]!.balanceMinorUnits
            let sent = chance(90) ? max(1, amount(0...max(0, fund - 10_00))) : fund + amount(1...100_00)
            let fee = amount(0...min(10_00, max(0, fund - sent)))
            return .transfer(
                Transfer(
                    clubID: club, folio: folio,
                    remittance: Remittance(
                        sent: Money(minorUnits: sent, currency: .usDollar), fee: Money(minorUnits: fee, currency: .usDollar),
                        exchangeRate: ExchangeRate(millionths: 17_500_000), rateSource: "banco",
                        marketRate: ExchangeRate(millionths: 18_000_000),
                        received: F.pesos(sent * 175 / 10), reference: chance(2) ? "REF-1" : nextReference())))
        case 30..<44:
            let party = pick(governments)
            let received = amount(1_00...60_000_00)
            return .deposit(
                Deposit(
                    folio: folio, partyID: party,
                    remittance: Remittance(
                        sent: F.pesos(received), fee: F.pesos(0), exchangeRate: .one, rateSource: "same currency", marketRate: nil,
                        received: F.pesos(received), reference: nextReference())))
        case 44..<64:
            let lines = account.project.budgetLines.map(\.number)
            let line = chance(3) ? 9 : pick(lines)
            let onHand = account.balanceMinorUnits
            let paid = chance(90) ? max(1, amount(0...max(0, onHand / 4))) : onHand + amount(1...1_000_00)
            return .payment(
                Payment(
                    folio: folio, budgetLine: line, payee: "Constructora del Cañón", payeeTaxID: "CCA010101AB1", amount: F.pesos(paid),
                    invoiceUUID: UUID().uuidString.lowercased(), overrunReason: chance(20) ? "ampliación aprobada" : nil))
        case 64..<67:
            let party = pick(governments + account.project.sponsorClubIDs)
            let refundable = state.balance(.received(folio, party)) - state.balance(.refunded(folio, party))
            let refunded = chance(85) ? max(1, amount(0...max(0, min(refundable, account.balanceMinorUnits) / 2))) : refundable + 1
            return .refund(Refund(folio: folio, partyID: party, amount: F.pesos(refunded), reference: nextReference()))
        case 67..<75:
            return .progress(ProgressReport(folio: folio, physicalPercent: Int(amount(0...100))))
        case 75..<79:
            let next: ProjectStatus
            switch account.status {
            case .approved: next = .inExecution
            case .inExecution: next = chance(90) ? .completed : .cancelled
            case .completed: next = .closed
            default: next = pick(ProjectStatus.allCases)
            }
            return .status(
                StatusChange(
                    folio: folio, status: next, sessionDate: F.date("2024-02-01"), minutesReference: "ACTA",
                    handOverReference: "ENTREGA", reason: "motivo", schemeID: nil))
        case 79..<84:
            let party = pick(governments + account.project.sponsorClubIDs)
            return .pledge(Pledge(folio: folio, partyID: party, amount: F.pesos(amount(1_00...50_000_00)), schemeID: nil, capBound: false))
        default:
            let last = max(1, state.lastMovementID)
            return .reversal(Reversal(movementID: amount(1...last), reason: "corrección"))
        }
    }
}
