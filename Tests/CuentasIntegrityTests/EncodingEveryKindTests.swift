import CuentasCore
import CuentasIntegrity
import Testing

/// The canonical encoding of one movement of every kind, with every optional field set and text that must be escaped,
/// pinned by hash: the hashes were taken with the encoding as first written (commit c747f06), so any later rewrite of
/// it for speed must give the same bytes or every stored chain breaks.
@Suite struct EncodingEveryKindTests {
    static func id<Kind>(_ text: String) -> Identifier<Kind> { Identifier(trusted: text) }
    static let day = CalendarDate(year: 2024, month: 11, day: 9)!
    static func pesos(_ minor: Int64) -> Money { Money(minorUnits: minor, currency: .mexicanPeso) }
    static func dollars(_ minor: Int64) -> Money { Money(minorUnits: minor, currency: .usDollar) }
    static let remittance = Remittance(
        sent: dollars(50_000), fee: dollars(799), exchangeRate: ExchangeRate(millionths: 17_250_000), rateSource: "Banco\\Central\r",
        marketRate: ExchangeRate(millionths: 17_410_000), received: pesos(848_717), reference: "WIRE-77\nB")

    static let bodies: [MovementBody] = [
        .pledge(Pledge(folio: id("P-9"), partyID: id("MX"), amount: pesos(1_000_000), schemeID: id("3x1-2024"), capBound: true)),
        .deposit(Deposit(folio: id("P-9"), partyID: id("ZAC"), remittance: remittance)),
        .transfer(Transfer(clubID: id("CLUB-A"), folio: id("P-9"), remittance: remittance)),
        .donation(Donation(clubID: id("CLUB-A"), amount: dollars(2_500), source: .member(41))),
        .donation(Donation(clubID: id("CLUB-A"), amount: dollars(12_345), source: .event("Kermés\nde mayo"))),
        .payment(
            Payment(
                folio: id("P-9"), budgetLine: 3, payee: "Constructora Ñandú", payeeTaxID: "CNA010203AB1", amount: pesos(99_900),
                invoiceUUID: "6f1c2d3e-0000-4000-8000-123456789abc", overrunReason: "Lluvias: más cemento")),
        .refund(Refund(folio: id("P-9"), partyID: id("ZAC"), amount: pesos(1), reference: "DEV-1")),
        .progress(ProgressReport(folio: id("P-9"), physicalPercent: 45)),
        .status(
            StatusChange(
                folio: id("P-9"), status: .approved, sessionDate: CalendarDate(year: 2024, month: 2, day: 29)!, minutesReference: "ACTA-12",
                handOverReference: "ENT-3", reason: "Aprobado\\por el comité", schemeID: id("3x1-2024"))),
        .reversal(Reversal(movementID: 1_234_567, reason: "Capturado dos veces")),
    ]

    static let pinned = [
        "42b9d26e1cfa5b457bd0deb776426aa2aba78e44f5defa5e8e6611cc507b5b30",  // pledge
        "99b19de25f0f328b1eb3ec7fadd2ba59a1e3990b235612eca697b058b3e43c0b",  // deposit
        "fdb35e487344d54900209045f7f3c6f44691bbe99e95fa36854be03cace777e6",  // transfer
        "533e578dba22cff3a264ba9e2620fa9f7e6d75e5a549c820b9bea3b6d5f070e7",  // donation by a member
        "40933f20a3c6750f2d3791c0670129aa6c372d231141c8372c2753f407f8e7f2",  // donation at an event
        "7d6e211fe59a12ba4885004c7e8b80f7b51428e8ac26aad909bf7a6f999a9a6d",  // payment
        "779fe993a674619fa5068af57752e9a2ca17a72615b4a851d60e49d82699cc7e",  // refund
        "52cc3d92b56b2b270cbf9f8ccc62c214f35334a393a82e449c8dd014b211308d",  // progress
        "4f2124fb4ed7cef6c50ff28c09d6c018ac724c6f686ac3df59a33e0053a3e459",  // status
        "b071037119e36472eab37d93351e40203ed3beaa22d53674307d51a9ad7a1f7a",  // reversal
    ]

    @Test func everyKindEncodesAsFirstWritten() {
        var previous = HashChain.genesis
        var hashes: [String] = []
        for (index, body) in Self.bodies.enumerated() {
            let movement = Movement(id: Int64(index + 1), occurredOn: Self.day, recordedBy: "Tesorería", note: "nota \(index)", body: body)
            let hash = HashChain.hash(movement, previousHash: previous)
            hashes.append(hash)
            previous = hash
        }
        #expect(hashes == Self.pinned)
    }

    /// The kinds of transfers in transit (sending, arrival, returned) encode in version 2: version 1's fields, then
    /// `provider` and `settles`. Pinned by hash as first written (the transfers-in-transit commit); every other kind
    /// keeps version 1 (above), so no chain recorded before changes.
    static let version2Bodies: [MovementBody] = [
        .sending(
            Sending(
                clubID: id("CLUB-A"), folio: id("P-9"), sent: dollars(50_000), fee: dollars(799),
                quotedRate: ExchangeRate(millionths: 17_250_000),
                rateSource: "Cotización\\x", marketRate: ExchangeRate(millionths: 17_410_000), provider: "Remesas\nUno", reference: "MTCN-1"
            )),
        .arrival(
            Arrival(
                sendingID: 11, clubID: id("CLUB-A"), folio: id("P-9"), sent: dollars(50_000), received: pesos(848_717),
                reference: "EDO-CTA-1")),
        .returned(SendingReturn(sendingID: 11, clubID: id("CLUB-A"), folio: id("P-9"), sent: dollars(50_000), reason: "Cuenta cerrada")),
    ]

    static let pinnedVersion2 = [
        "cd7826e70da0014dfe6e6a93e8e4aab070a49f104e0c056a9012a0dafc1ed2e9",  // sending
        "46f534975e3069ff600cfe10b5026509855cf6a342b37933ef603f5f6e41e759",  // arrival
        "259afb83b799aee1276b5668486dd0e807da50ebe524fd3dc0f1ef4433833b7e",  // returned
    ]

    @Test func theKindsInTransitEncodeInVersionTwo() {
        var previous = HashChain.genesis
        var hashes: [String] = []
        for (index, body) in Self.version2Bodies.enumerated() {
            let movement = Movement(id: Int64(index + 11), occurredOn: Self.day, recordedBy: "Tesorería", note: "", body: body)
            let text = String(decoding: MovementEncoding.canonical(movement, previousHash: previous), as: UTF8.self)
            let lines = text.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
            #expect(lines.first == "cuentas-movement-2")
            #expect(lines.count == 1 + MovementEncoding.fieldNames.count + MovementEncoding.version2FieldNames.count)
            #expect(lines.suffix(2).map { String($0.prefix { $0 != "=" }) } == ["provider", "settles"])
            let hash = HashChain.hash(movement, previousHash: previous)
            hashes.append(hash)
            previous = hash
        }
        #expect(hashes == Self.pinnedVersion2, "\(hashes)")
    }

    /// A donation with a receipt is encoded in version 3 (version 2's fields and `receipt`); one without keeps version 1's
    /// bytes (the version 1 bodies above include donations without receipts, pinned as first written).
    @Test func aDonationWithItsReceiptEncodesInVersionThree() throws {
        let code = try ReceiptCode(parsing: "7KQ2M-XW4RP")
        let donation = Donation(clubID: Self.id("CLUB-A"), amount: Self.dollars(5_000), source: .member(7))
        let with = Movement(id: 21, occurredOn: Self.day, recordedBy: "Tesorería", note: "", body: .donation(donation.withReceipt(code)))
        let without = Movement(id: 21, occurredOn: Self.day, recordedBy: "Tesorería", note: "", body: .donation(donation))
        let text = String(decoding: MovementEncoding.canonical(with, previousHash: HashChain.genesis), as: UTF8.self)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
        #expect(lines.first == "cuentas-movement-3")
        #expect(
            lines.count == 1 + MovementEncoding.fieldNames.count + MovementEncoding.version2FieldNames.count
                + MovementEncoding.version3FieldNames.count)
        #expect(lines.last == "receipt=7KQ2MXW4RP")
        let plain = String(decoding: MovementEncoding.canonical(without, previousHash: HashChain.genesis), as: UTF8.self)
        #expect(plain.hasPrefix("cuentas-movement-1\n"))
        // The code is part of what the hash covers: another code, another hash.
        let other = Movement(
            id: 21, occurredOn: Self.day, recordedBy: "Tesorería", note: "",
            body: .donation(donation.withReceipt(try ReceiptCode(parsing: "7KQ2M-XW4SQ"))))
        #expect(HashChain.hash(with, previousHash: HashChain.genesis) != HashChain.hash(other, previousHash: HashChain.genesis))
        // Pinned as first written (the receipts commit).
        #expect(HashChain.hash(with, previousHash: HashChain.genesis) == "f72375003a41165e516eb25c8281520b791d54e8f281e07a2bb6d60985617bd4")
    }
}
