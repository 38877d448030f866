import CuentasCore
import GRDB

/// One row of `MovementColumns.selectSQL`, read column by column with the messages a damaged row gets.
struct StoredMovementRow {
    let row: Row
    let id: Int64

    init(_ row: Row) {
        self.row = row
        id = (try? row.decode(Int64?.self, atIndex: Self.idPosition)) ?? 0
    }

    static let idPosition = MovementColumns.Column.id.rawValue

    /// Column positions, taken from `MovementColumns.Column` once. Passing the enum to the readers instead and taking
    /// its raw value on each read made a national check measurably slower (bench/NOTES.md): a raw value is computed,
    /// not stored.
    private static let kind = MovementColumns.Column.kind.rawValue, occurredOn = MovementColumns.Column.occurredOn.rawValue
    private static let recordedBy = MovementColumns.Column.recordedBy.rawValue, note = MovementColumns.Column.note.rawValue
    private static let folio = MovementColumns.Column.folio.rawValue, partyId = MovementColumns.Column.partyId.rawValue
    private static let amount = MovementColumns.Column.amountMinorUnits.rawValue, currency = MovementColumns.Column.currency.rawValue
    private static let sent = MovementColumns.Column.sentMinorUnits.rawValue, sentCurrency = MovementColumns.Column.sentCurrency.rawValue
    private static let fee = MovementColumns.Column.feeMinorUnits.rawValue
    private static let exchangeRate = MovementColumns.Column.exchangeRateMillionths.rawValue
    private static let rateSource = MovementColumns.Column.rateSource.rawValue
    private static let marketRate = MovementColumns.Column.marketRateMillionths.rawValue
    private static let reference = MovementColumns.Column.reference.rawValue, schemeId = MovementColumns.Column.schemeId.rawValue
    private static let capBound = MovementColumns.Column.capBound.rawValue, memberId = MovementColumns.Column.memberId.rawValue
    private static let eventName = MovementColumns.Column.eventName.rawValue, budgetLine = MovementColumns.Column.budgetLine.rawValue
    private static let payee = MovementColumns.Column.payee.rawValue, payeeTaxId = MovementColumns.Column.payeeTaxId.rawValue
    private static let invoiceUuid = MovementColumns.Column.invoiceUuid.rawValue
    private static let overrunReason = MovementColumns.Column.overrunReason.rawValue
    private static let physicalPercent = MovementColumns.Column.physicalPercent.rawValue
    private static let status = MovementColumns.Column.status.rawValue, sessionDate = MovementColumns.Column.sessionDate.rawValue
    private static let minutesReference = MovementColumns.Column.minutesReference.rawValue
    private static let handOverReference = MovementColumns.Column.handOverReference.rawValue
    private static let reason = MovementColumns.Column.reason.rawValue, reversesId = MovementColumns.Column.reversesId.rawValue
    private static let provider = MovementColumns.Column.provider.rawValue, settlesId = MovementColumns.Column.settlesId.rawValue
    private static let receipt = MovementColumns.Column.receipt.rawValue

    func corrupt(_ detail: String) -> StoreError { StoreError.corruptRow(table: "movement", id: "#\(id)", detail: detail) }

    func name(_ position: Int) -> String { MovementColumns.names[position] }

    func optionalText(_ position: Int) throws -> String? { try row.storedOptional(position, "movement", "#\(id)") }
    func optionalInteger(_ position: Int) throws -> Int64? { try row.storedOptional(position, "movement", "#\(id)") }

    func text(_ position: Int) throws -> String {
        guard let value = try optionalText(position) else { throw corrupt("\(name(position)) is missing") }
        return value
    }

    func integer(_ position: Int) throws -> Int64 {
        guard let value = try optionalInteger(position) else { throw corrupt("\(name(position)) is missing") }
        return value
    }

    func currencyCode(_ position: Int) throws -> CurrencyCode {
        let code = try text(position)
        guard let value = try? CurrencyCode(code) else { throw corrupt("\(name(position)) \(code)") }
        return value
    }

    func money(_ amountPosition: Int, _ currencyPosition: Int) throws -> Money {
        let minor = try integer(amountPosition)
        guard minor >= 0, minor <= Money.maximumMinorUnits else { throw corrupt("\(name(amountPosition)) \(minor)") }
        return Money(minorUnits: minor, currency: try currencyCode(currencyPosition))
    }

    func positive(_ amountPosition: Int, _ currencyPosition: Int) throws -> Money {
        let value = try money(amountPosition, currencyPosition)
        guard value.isPositive else { throw corrupt("\(name(amountPosition)) must be positive") }
        return value
    }

    func date(_ position: Int) throws -> CalendarDate {
        let text = try text(position)
        guard let value = try? CalendarDate(parsing: text, field: name(position)) else { throw corrupt("\(name(position)) \(text)") }
        return value
    }

    func rate(_ position: Int) throws -> ExchangeRate? {
        guard let millionths = try optionalInteger(position) else { return nil }
        guard millionths > 0 else { throw corrupt("\(name(position)) \(millionths)") }
        return ExchangeRate(millionths: millionths)
    }

    func folio() throws -> Folio { try row.storedIdentifier(Self.folio, "movement", "#\(id)") }
    func party() throws -> PartyID { try row.storedIdentifier(Self.partyId, "movement", "#\(id)") }
    func scheme() throws -> SchemeID? { try row.storedOptionalIdentifier(Self.schemeId, "movement", "#\(id)") }

    func remittance() throws -> Remittance {
        let sent = try positive(Self.sent, Self.sentCurrency)
        let fee = try money(Self.fee, Self.sentCurrency)
        guard let received = try? positive(Self.amount, Self.currency), fee.minorUnits >= 0 else { throw corrupt("amount or fee") }
        guard let exchangeRate = try rate(Self.exchangeRate) else { throw corrupt("exchangeRateMillionths is missing") }
        return Remittance(
            sent: sent, fee: fee, exchangeRate: exchangeRate, rateSource: try text(Self.rateSource),
            marketRate: try rate(Self.marketRate), received: received,
            reference: try text(Self.reference))
    }

    /// The movement of the row; payees are shared through `texts` with the rows read before.
    func movement(sharing texts: inout RepeatedTexts) throws -> Movement {
        let kindText = try text(Self.kind)
        guard let kind = MovementKind(rawValue: kindText) else { throw corrupt("kind \(kindText)") }
        let body: MovementBody
        switch kind {
        case .pledge:
            body = .pledge(
                Pledge(
                    folio: try folio(), partyID: try party(), amount: try positive(Self.amount, Self.currency),
                    schemeID: try scheme(), capBound: try integer(Self.capBound) == 1))
        case .deposit:
            body = .deposit(Deposit(folio: try folio(), partyID: try party(), remittance: try remittance()))
        case .transfer:
            body = .transfer(Transfer(clubID: try party(), folio: try folio(), remittance: try remittance()))
        case .donation:
            let source: DonationSource
            if let eventName = try optionalText(Self.eventName) {
                source = .event(eventName)
            } else {
                source = .member(try optionalInteger(Self.memberId))
            }
            var code: ReceiptCode?
            if let text = try optionalText(Self.receipt) {
                guard let parsed = try? ReceiptCode(parsing: text), parsed.compact == text else { throw corrupt("receipt \(text)") }
                code = parsed
            }
            body = .donation(
                Donation(clubID: try party(), amount: try positive(Self.amount, Self.currency), source: source, receipt: code))
        case .payment:
            body = .payment(
                Payment(
                    folio: try folio(), budgetLine: Int(try integer(Self.budgetLine)), payee: texts.shared(try text(Self.payee)),
                    payeeTaxID: try text(Self.payeeTaxId), amount: try positive(Self.amount, Self.currency),
                    invoiceUUID: try text(Self.invoiceUuid), overrunReason: try optionalText(Self.overrunReason)))
        case .refund:
            body = .refund(
                Refund(
                    folio: try folio(), partyID: try party(), amount: try positive(Self.amount, Self.currency),
                    reference: try text(Self.reference)))
        case .progress:
            let percent = try integer(Self.physicalPercent)
            guard (0...100).contains(percent) else { throw corrupt("physicalPercent \(percent)") }
            body = .progress(ProgressReport(folio: try folio(), physicalPercent: Int(percent)))
        case .status:
            let statusText = try text(Self.status)
            guard let status = ProjectStatus(rawValue: statusText) else { throw corrupt("status \(statusText)") }
            let sessionDate: CalendarDate? = try optionalText(Self.sessionDate) == nil ? nil : try date(Self.sessionDate)
            body = .status(
                StatusChange(
                    folio: try folio(), status: status, sessionDate: sessionDate,
                    minutesReference: try optionalText(Self.minutesReference),
                    handOverReference: try optionalText(Self.handOverReference), reason: try optionalText(Self.reason),
                    schemeID: try scheme()))
        case .reversal:
            body = .reversal(Reversal(movementID: try integer(Self.reversesId), reason: try text(Self.reason)))
        case .sending:
            guard let quoted = try rate(Self.exchangeRate) else { throw corrupt("exchangeRateMillionths is missing") }
            body = .sending(
                Sending(
                    clubID: try party(), folio: try folio(), sent: try positive(Self.sent, Self.sentCurrency),
                    fee: try money(Self.fee, Self.sentCurrency), quotedRate: quoted, rateSource: try text(Self.rateSource),
                    marketRate: try rate(Self.marketRate), provider: try text(Self.provider), reference: try text(Self.reference)))
        case .arrival:
            body = .arrival(
                Arrival(
                    sendingID: try integer(Self.settlesId), clubID: try party(), folio: try folio(),
                    sent: try positive(Self.sent, Self.sentCurrency), received: try positive(Self.amount, Self.currency),
                    reference: try text(Self.reference)))
        case .returned:
            body = .returned(
                SendingReturn(
                    sendingID: try integer(Self.settlesId), clubID: try party(), folio: try folio(),
                    sent: try positive(Self.sent, Self.sentCurrency), reason: try text(Self.reason)))
        }
        guard id > 0 else { throw corrupt("id") }
        return Movement(
            id: id, occurredOn: try date(Self.occurredOn), recordedBy: try text(Self.recordedBy),
            note: try optionalText(Self.note) ?? "", body: body)
    }
}
