import CuentasCore

/// One row of `MovementColumns.selectSQL`, from either store, read column by column with the messages a damaged row
/// gets.
struct StoredMovementRow<Row: StoredColumns> {
    let row: Row
    let id: Int64

    init(_ row: Row) {
        self.row = row
        id = row.integer(at: MovementColumns.Column.id.rawValue) ?? 0
    }

    func corrupt(_ detail: String) -> DamagedRow { DamagedRow(table: "movement", id: "#\(id)", detail: detail) }

    func name(_ position: Int) -> String { MovementColumns.names[position] }

    func optionalText(_ position: Int) throws(DamagedRow) -> String? {
        if row.isNull(at: position) { return nil }
        guard let value = row.text(at: position) else { throw corrupt("\(name(position)) \(row.shown(at: position).prefix(80))") }
        return value
    }

    func optionalInteger(_ position: Int) throws(DamagedRow) -> Int64? {
        if row.isNull(at: position) { return nil }
        guard let value = row.integer(at: position) else { throw corrupt("\(name(position)) \(row.shown(at: position).prefix(80))") }
        return value
    }

    func identifier<Kind>(_ position: Int) throws(DamagedRow) -> Identifier<Kind> {
        let text = try text(position)
        guard let value = Identifier<Kind>(stored: text) else { throw corrupt("\(name(position)) \"\(text)\" is not an identifier") }
        return value
    }

    func text(_ position: Int) throws(DamagedRow) -> String {
        guard let value = try optionalText(position) else { throw corrupt("\(name(position)) is missing") }
        return value
    }

    func integer(_ position: Int) throws(DamagedRow) -> Int64 {
        guard let value = try optionalInteger(position) else { throw corrupt("\(name(position)) is missing") }
        return value
    }

    func currencyCode(_ position: Int) throws(DamagedRow) -> CurrencyCode {
        let code = try text(position)
        guard let value = try? CurrencyCode(code) else { throw corrupt("\(name(position)) \(code)") }
        return value
    }

    func money(_ amountPosition: Int, _ currencyPosition: Int) throws(DamagedRow) -> Money {
        let minor = try integer(amountPosition)
        guard minor >= 0, minor <= Money.maximumMinorUnits else { throw corrupt("\(name(amountPosition)) \(minor)") }
        return Money(minorUnits: minor, currency: try currencyCode(currencyPosition))
    }

    func positive(_ amountPosition: Int, _ currencyPosition: Int) throws(DamagedRow) -> Money {
        let value = try money(amountPosition, currencyPosition)
        guard value.isPositive else { throw corrupt("\(name(amountPosition)) must be positive") }
        return value
    }

    func date(_ position: Int) throws(DamagedRow) -> CalendarDate {
        let text = try text(position)
        guard let value = try? CalendarDate(parsing: text, field: name(position)) else { throw corrupt("\(name(position)) \(text)") }
        return value
    }

    func rate(_ position: Int) throws(DamagedRow) -> ExchangeRate? {
        guard let millionths = try optionalInteger(position) else { return nil }
        guard millionths > 0 else { throw corrupt("\(name(position)) \(millionths)") }
        return ExchangeRate(millionths: millionths)
    }

    func folio() throws(DamagedRow) -> Folio { try identifier(Position.folio) }
    func party() throws(DamagedRow) -> PartyID { try identifier(Position.partyId) }
    func scheme() throws(DamagedRow) -> SchemeID? { try optionalText(Position.schemeId) == nil ? nil : try identifier(Position.schemeId) }

    func remittance() throws(DamagedRow) -> Remittance {
        let sent = try positive(Position.sent, Position.sentCurrency)
        let fee = try money(Position.fee, Position.sentCurrency)
        guard let received = try? positive(Position.amount, Position.currency), fee.minorUnits >= 0 else { throw corrupt("amount or fee") }
        guard let exchangeRate = try rate(Position.exchangeRate) else { throw corrupt("exchangeRateMillionths is missing") }
        return Remittance(
            sent: sent, fee: fee, exchangeRate: exchangeRate, rateSource: try text(Position.rateSource),
            marketRate: try rate(Position.marketRate), received: received,
            reference: try text(Position.reference))
    }

    /// The movement of the row; payees are shared through `texts` with the rows read before.
    func movement(sharing texts: inout RepeatedTexts) throws(DamagedRow) -> Movement {
        let kindText = try text(Position.kind)
        guard let kind = MovementKind(rawValue: kindText) else { throw corrupt("kind \(kindText)") }
        let body: MovementBody
        switch kind {
        case .pledge:
            body = .pledge(
                Pledge(
                    folio: try folio(), partyID: try party(), amount: try positive(Position.amount, Position.currency),
                    schemeID: try scheme(), capBound: try integer(Position.capBound) == 1))
        case .deposit:
            body = .deposit(Deposit(folio: try folio(), partyID: try party(), remittance: try remittance()))
        case .transfer:
            body = .transfer(Transfer(clubID: try party(), folio: try folio(), remittance: try remittance()))
        case .donation:
            let source: DonationSource
            if let eventName = try optionalText(Position.eventName) {
                source = .event(eventName)
            } else {
                source = .member(try optionalInteger(Position.memberId))
            }
            var code: ReceiptCode?
            if let text = try optionalText(Position.receipt) {
                guard let parsed = try? ReceiptCode(parsing: text), parsed.compact == text else { throw corrupt("receipt \(text)") }
                code = parsed
            }
            body = .donation(
                Donation(clubID: try party(), amount: try positive(Position.amount, Position.currency), source: source, receipt: code))
        case .payment:
            body = .payment(
                Payment(
                    folio: try folio(), budgetLine: Int(try integer(Position.budgetLine)), payee: texts.shared(try text(Position.payee)),
                    payeeTaxID: try text(Position.payeeTaxId), amount: try positive(Position.amount, Position.currency),
                    invoiceUUID: try text(Position.invoiceUuid), overrunReason: try optionalText(Position.overrunReason)))
        case .refund:
            body = .refund(
                Refund(
                    folio: try folio(), partyID: try party(), amount: try positive(Position.amount, Position.currency),
                    reference: try text(Position.reference)))
        case .progress:
            let percent = try integer(Position.physicalPercent)
            guard (0...100).contains(percent) else { throw corrupt("physicalPercent \(percent)") }
            body = .progress(ProgressReport(folio: try folio(), physicalPercent: Int(percent)))
        case .status:
            let statusText = try text(Position.status)
            guard let status = ProjectStatus(rawValue: statusText) else { throw corrupt("status \(statusText)") }
            let sessionDate: CalendarDate? = try optionalText(Position.sessionDate) == nil ? nil : try date(Position.sessionDate)
            body = .status(
                StatusChange(
                    folio: try folio(), status: status, sessionDate: sessionDate,
                    minutesReference: try optionalText(Position.minutesReference),
                    handOverReference: try optionalText(Position.handOverReference), reason: try optionalText(Position.reason),
                    schemeID: try scheme()))
        case .reversal:
            body = .reversal(Reversal(movementID: try integer(Position.reversesId), reason: try text(Position.reason)))
        case .sending:
            guard let quoted = try rate(Position.exchangeRate) else { throw corrupt("exchangeRateMillionths is missing") }
            body = .sending(
                Sending(
                    clubID: try party(), folio: try folio(), sent: try positive(Position.sent, Position.sentCurrency),
                    fee: try money(Position.fee, Position.sentCurrency), quotedRate: quoted, rateSource: try text(Position.rateSource),
                    marketRate: try rate(Position.marketRate), provider: try text(Position.provider),
                    reference: try text(Position.reference)))
        case .arrival:
            body = .arrival(
                Arrival(
                    sendingID: try integer(Position.settlesId), clubID: try party(), folio: try folio(),
                    sent: try positive(Position.sent, Position.sentCurrency), received: try positive(Position.amount, Position.currency),
                    reference: try text(Position.reference)))
        case .returned:
            body = .returned(
                SendingReturn(
                    sendingID: try integer(Position.settlesId), clubID: try party(), folio: try folio(),
                    sent: try positive(Position.sent, Position.sentCurrency), reason: try text(Position.reason)))
        }
        guard id > 0 else { throw corrupt("id") }
        return Movement(
            id: id, occurredOn: try date(Position.occurredOn), recordedBy: try text(Position.recordedBy),
            note: try optionalText(Position.note) ?? "", body: body)
    }
}

/// Column positions, taken from `MovementColumns.Column` once (here, since a generic type has no stored statics).
/// Passing the enum to the readers instead and taking its raw value on each read made a national check measurably
/// slower (bench/NOTES.md): a raw value is computed, not stored.
private enum Position {
    static let kind = MovementColumns.Column.kind.rawValue, occurredOn = MovementColumns.Column.occurredOn.rawValue
    static let recordedBy = MovementColumns.Column.recordedBy.rawValue, note = MovementColumns.Column.note.rawValue
    static let folio = MovementColumns.Column.folio.rawValue, partyId = MovementColumns.Column.partyId.rawValue
    static let amount = MovementColumns.Column.amountMinorUnits.rawValue, currency = MovementColumns.Column.currency.rawValue
    static let sent = MovementColumns.Column.sentMinorUnits.rawValue, sentCurrency = MovementColumns.Column.sentCurrency.rawValue
    static let fee = MovementColumns.Column.feeMinorUnits.rawValue
    static let exchangeRate = MovementColumns.Column.exchangeRateMillionths.rawValue
    static let rateSource = MovementColumns.Column.rateSource.rawValue
    static let marketRate = MovementColumns.Column.marketRateMillionths.rawValue
    static let reference = MovementColumns.Column.reference.rawValue, schemeId = MovementColumns.Column.schemeId.rawValue
    static let capBound = MovementColumns.Column.capBound.rawValue, memberId = MovementColumns.Column.memberId.rawValue
    static let eventName = MovementColumns.Column.eventName.rawValue, budgetLine = MovementColumns.Column.budgetLine.rawValue
    static let payee = MovementColumns.Column.payee.rawValue, payeeTaxId = MovementColumns.Column.payeeTaxId.rawValue
    static let invoiceUuid = MovementColumns.Column.invoiceUuid.rawValue
    static let overrunReason = MovementColumns.Column.overrunReason.rawValue
    static let physicalPercent = MovementColumns.Column.physicalPercent.rawValue
    static let status = MovementColumns.Column.status.rawValue, sessionDate = MovementColumns.Column.sessionDate.rawValue
    static let minutesReference = MovementColumns.Column.minutesReference.rawValue
    static let handOverReference = MovementColumns.Column.handOverReference.rawValue
    static let reason = MovementColumns.Column.reason.rawValue, reversesId = MovementColumns.Column.reversesId.rawValue
    static let provider = MovementColumns.Column.provider.rawValue, settlesId = MovementColumns.Column.settlesId.rawValue
    static let receipt = MovementColumns.Column.receipt.rawValue
}
