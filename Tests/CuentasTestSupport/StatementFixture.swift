import CuentasCore

/// A small ledger with one of everything a statement shows: a club sending from abroad, government deposits (one of
/// them late), payments on two budget lines, progress, a correction and a refund. With `hostile`, every text a person
/// can type carries markup, quotes and ampersands, to prove that output shows them as text.
public enum StatementFixture {
    public static let hostileText = "<script>alert(1)</script> & \"quotes\" 'apostrophe' <b>bold</b>"
    public static let folio = Folio(trusted: "P-1")
    public static let club = PartyID(trusted: "CLUB-A")
    public static let municipality = PartyID(trusted: "MUN-A")
    public static let asOf = date("2025-06-30")
    /// The receipts of the fixture's donations: the dance's, the member's and (with `inTransit`) the kermés's.
    public static let receipts = ["4DWRS-9N2Q5", "H3T8V-EC5MT", "ZP0Q6-JYK1F"].map { try! ReceiptCode(parsing: $0) }

    public static func date(_ text: String) -> CalendarDate { try! CalendarDate(parsing: text, field: "date") }
    static func pesos(_ minorUnits: Int64) -> Money { Money(minorUnits: minorUnits, currency: .mexicanPeso) }
    static func dollars(_ minorUnits: Int64) -> Money { Money(minorUnits: minorUnits, currency: .usDollar) }

    /// - Parameter amended: with a corrected title, a planned end, a re-programmed budget, a renewed toma de nota, a
    ///   club's new city and the municipality's administrations.
    /// - Parameter described: false for a project recorded without a description (`project add` allows it).
    /// - Parameter inTransit: with a club's sendings in two steps after the rest: one confirmed short, one not confirmed
    ///   after 20 days, one in transit for 5 days, one returned by the bank.
    public static func state(
        hostile: Bool = false, kind: ProjectKind = .infrastructure, extra: String? = nil, amended: Bool = false, inTransit: Bool = false,
        described: Bool = true
    ) -> LedgerState {
        func text(_ plain: String) -> String {
            if let extra { return "\(plain) \(extra)" }
            return hostile ? "\(plain) \(hostileText)" : plain
        }
        var catalogue = Catalogue()
        let federation = PartyID(trusted: "FED-A")
        catalogue.federations[federation] = Federation(
            id: federation, name: text("Federación de Clubes"), stateOfOrigin: "Zacatecas", regionAbroad: text("California"))
        catalogue.clubs[club] = Club(
            id: club, name: text("Club Unidos"), federationID: federation, cityAbroad: text("Los Angeles"), stateAbroad: "CA",
            countryAbroad: "USA", tomaDeNota: TomaDeNota(number: text("LA-1"), expiresOn: date("2026-12-31")), fundCurrency: .usDollar)
        let federal = PartyID(trusted: "MX")
        let state = PartyID(trusted: "ZAC")
        catalogue.governments[federal] = Government(
            id: federal, name: text("Gobierno Federal"), level: .federal, parentID: nil, countryCode: "MX")
        catalogue.governments[state] = Government(
            id: state, name: text("Gobierno de Zacatecas"), level: .state, parentID: federal, countryCode: "MX")
        catalogue.governments[municipality] = Government(
            id: municipality, name: text("Municipio A"), level: .municipal, parentID: state, countryCode: "MX")
        catalogue.members[1] = ClubMember(id: 1, clubID: club, displayName: text("María G."))
        catalogue.projects[folio] = Project(
            folio: folio, title: LocalizedText(spanish: text("Red de agua"), english: text("Water network")),
            description: described
                ? LocalizedText(spanish: text("Tubería y tanque."), english: text("Pipes and a tank."))
                : LocalizedText(spanish: "", english: ""),
            kind: kind, municipalityID: municipality, locality: text("El Centro"), sponsorClubIDs: [club],
            executingAgencyID: municipality, approvedCost: pesos(400_000_00),
            budgetLines: [
                BudgetLine(number: 1, concept: text("Tubería"), amount: pesos(300_000_00)),
                BudgetLine(number: 2, concept: text("Supervisión"), amount: pesos(100_000_00)),
            ],
            proposedOn: date("2024-01-10"))
        if amended {
            let amendments: [CatalogueAmendment] = [
                .init(
                    subject: .project(folio), field: .titleSpanish, value: text("Red de agua potable"), effectiveOn: date("2024-02-15"),
                    reason: text("Error de captura"), minutes: nil, recordedBy: "oficial"),
                .init(
                    subject: .project(folio), field: .plannedEnd, value: "2025-03-31", effectiveOn: date("2024-02-15"),
                    reason: text("Calendario de obra"), minutes: text("ACTA-2"), recordedBy: "oficial"),
                .init(
                    subject: .club(club), field: .cityAbroad, value: text("Santa Ana"), effectiveOn: date("2024-08-01"),
                    reason: text("Cambio de sede"), minutes: nil, recordedBy: "tesorera"),
                .init(
                    subject: .government(municipality), field: .administration, value: text("Ayuntamiento 2021-2024"),
                    effectiveOn: date("2021-09-15"), reason: text("Toma de protesta"), minutes: nil, recordedBy: "oficial"),
                .init(
                    subject: .government(municipality), field: .administration, value: text("Ayuntamiento 2024-2027"),
                    effectiveOn: date("2024-09-15"), reason: text("Toma de protesta"), minutes: nil, recordedBy: "oficial"),
            ]
            for (number, amendment) in amendments.enumerated() {
                do { try catalogue.amend(amendment, number: Int64(number + 1)) } catch {
                    preconditionFailure("fixture amendment: \(error)")
                }
            }
            do {
                try catalogue.reprogram(
                    BudgetReprogramming(
                        folio: folio, effectiveOn: date("2024-07-01"),
                        lines: [.init(number: 1, amount: pesos(330_000_00)), .init(number: 2, amount: pesos(70_000_00))],
                        minutes: text("ACTA-COMITE-3"), reason: text("Más tubería, menos supervisión"), recordedBy: "oficial"),
                    paidByLine: [1: 150_000_00, 2: 40_000_00])
            } catch { preconditionFailure("fixture re-programming: \(error)") }
            catalogue.renewals[club] = [
                ClubRenewal(
                    clubID: club, tomaDeNota: TomaDeNota(number: text("LA-2"), expiresOn: date("2028-12-31")),
                    effectiveOn: date("2025-01-01"),
                    reason: text("Renovación ante el consulado"), recordedBy: "tesorera")
            ]
        }
        var ledger = LedgerState(catalogue: catalogue)
        func record(_ day: String, _ note: String, _ body: MovementBody) {
            let movement = Movement(
                id: ledger.nextMovementID, occurredOn: date(day), recordedBy: text("Tesorería"), note: text(note), body: body)
            do { try ledger.record(movement) } catch { preconditionFailure("fixture broke a rule: \(error)") }
        }
        func pledge(_ party: PartyID) -> MovementBody {
            .pledge(
                Pledge(folio: folio, partyID: party, amount: pesos(100_000_00), schemeID: SchemeID(trusted: "3x1-classic"), capBound: false)
            )
        }
        func deposit(_ party: PartyID, _ minor: Int64, _ reference: String) -> MovementBody {
            .deposit(
                Deposit(
                    folio: folio, partyID: party,
                    remittance: Remittance(
                        sent: pesos(minor), fee: pesos(0), exchangeRate: .one, rateSource: "same currency", marketRate: nil,
                        received: pesos(minor), reference: text(reference))))
        }
        record(
            "2024-01-20", "Baile",
            .donation(
                Donation(
                    clubID: club, amount: dollars(7_000_00), source: .event(text("Baile de primavera")), receipt: receipts[0])))
        record("2024-01-25", "", .donation(Donation(clubID: club, amount: dollars(150_00), source: .member(1), receipt: receipts[1])))
        record(
            "2024-02-01", "Sesión",
            .status(
                StatusChange(
                    folio: folio, status: .approved, sessionDate: date("2024-02-01"), minutesReference: text("ACTA-1"),
                    schemeID: SchemeID(trusted: "3x1-classic"))))
        for party in [club, federal, state, municipality] { record("2024-02-01", "3x1-classic", pledge(party)) }
        record("2024-03-01", "", .status(StatusChange(folio: folio, status: .inExecution)))
        record(
            "2024-03-05", "Envío",
            .transfer(
                Transfer(
                    clubID: club, folio: folio,
                    remittance: Remittance(
                        sent: dollars(6_000_00), fee: dollars(30_00), exchangeRate: ExchangeRate(millionths: 16_700_000),
                        rateSource: text("Banco"),
                        marketRate: ExchangeRate(millionths: 17_300_000), received: pesos(100_200_00), reference: text("WIRE-1")))))
        record("2024-03-10", "Aportación", deposit(municipality, 100_000_00, "SPEI-1"))
        record("2024-04-10", "Aportación", deposit(federal, 10_000_00, "SPEI-2"))
        record("2024-04-11", "Capturado mal", .reversal(Reversal(movementID: ledger.lastMovementID, reason: text("Importe equivocado"))))
        record("2024-04-12", "Aportación", deposit(federal, 100_000_00, "SPEI-3"))
        record(
            "2024-05-02", "Anticipo",
            .payment(
                Payment(
                    folio: folio, budgetLine: 1, payee: text("Constructora del Valle SA de CV"), payeeTaxID: "CVA010101AB1",
                    amount: pesos(150_000_00), invoiceUUID: "6F9619FF-8B86-D011-B42D-00C04FC964FF", overrunReason: nil)))
        record(
            "2024-06-03", "Supervisión",
            .payment(
                Payment(
                    folio: folio, budgetLine: 2, payee: text("Supervisión Técnica SC"), payeeTaxID: "STE010101AB2",
                    amount: pesos(40_000_00), invoiceUUID: "7A9619FF-8B86-D011-B42D-00C04FC964FA", overrunReason: nil)))
        record("2024-06-20", "Visita del comité", .progress(ProgressReport(folio: folio, physicalPercent: 30)))
        record("2024-09-20", "Visita del comité", .progress(ProgressReport(folio: folio, physicalPercent: 85)))
        record("2024-10-01", "Devolución", .refund(Refund(folio: folio, partyID: club, amount: pesos(200_00), reference: text("SPEI-R1"))))
        if inTransit {
            func sending(_ sent: Int64, _ rate: Int64, _ provider: String, _ reference: String) -> MovementBody {
                .sending(
                    Sending(
                        clubID: club, folio: folio, sent: dollars(sent), fee: dollars(sent / 100),
                        quotedRate: ExchangeRate(millionths: rate),
                        rateSource: text("Cotización"), marketRate: ExchangeRate(millionths: 17_400_000), provider: text(provider),
                        reference: text(reference)))
            }
            record(
                "2025-05-01", "Kermés",
                .donation(
                    Donation(
                        clubID: club, amount: dollars(3_000_00), source: .event(text("Kermés")), receipt: receipts[2])))
            record(
                "2025-05-01", "Segunda aportación",
                .pledge(Pledge(folio: folio, partyID: club, amount: pesos(50_000_00), schemeID: nil, capBound: false)))
            record("2025-05-10", "Envío", sending(1_000_00, 17_000_000, "Remesas Uno", "MTCN-1"))
            let short = ledger.lastMovementID
            record(
                "2025-05-14", "Llegada",
                .arrival(
                    Arrival(
                        sendingID: short, clubID: club, folio: folio, sent: dollars(1_000_00), received: pesos(16_400_00),
                        reference: text("EDO-CTA-5"))))
            record("2025-05-20", "Envío", sending(300_00, 17_100_000, "Banco del Norte", "WIRE-3"))
            let returned = ledger.lastMovementID
            record(
                "2025-05-28", "Devuelto",
                .returned(
                    SendingReturn(
                        sendingID: returned, clubID: club, folio: folio, sent: dollars(300_00), reason: text("Cuenta destino cerrada"))))
            record("2025-06-10", "Envío", sending(800_00, 17_100_000, "Banco del Norte", "WIRE-2"))
            record("2025-06-25", "Envío", sending(500_00, 17_200_000, "Remesas Uno", "MTCN-2"))
        }
        return ledger
    }
}
