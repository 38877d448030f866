import CuentasCore
import GRDB

/// How a movement is laid out in the `movement` table: one row per movement, the columns its kind needs.
enum MovementColumns {
    static let names = [
        "id", "kind", "occurredOn", "recordedAt", "recordedBy", "note", "folio", "partyId", "amountMinorUnits",
        "currency", "sentMinorUnits", "sentCurrency", "feeMinorUnits", "exchangeRateMillionths", "rateSource",
        "marketRateMillionths", "reference", "schemeId", "capBound", "memberId", "eventName", "budgetLine", "payee",
        "payeeTaxId", "invoiceUuid", "overrunReason", "physicalPercent", "status", "sessionDate", "minutesReference",
        "handOverReference", "reason", "reversesId", "previousHash", "hash",
    ]

    /// Every column, in the order of `names`: rows read with it are read by position, not by name.
    static let selectSQL = "SELECT \(names.joined(separator: ", ")) FROM movement"

    /// The position of each column in `names` (and in rows read with `selectSQL`).
    static let positions: [String: Int] = Dictionary(uniqueKeysWithValues: names.enumerated().map { ($1, $0) })

    static func position(_ name: String) -> Int {
        guard let position = positions[name] else { preconditionFailure("no movement column \(name)") }
        return position
    }

    static let insertSQL =
        "INSERT INTO movement (\(names.joined(separator: ", "))) VALUES (\(names.map { _ in "?" }.joined(separator: ", ")))"

    /// The values for `insertSQL`, in the order of `names`.
    static func values(of movement: Movement, recordedAt: String, previousHash: String, hash: String) -> StatementArguments {
        var row = Values()
        row["id"] = movement.id
        row["kind"] = movement.body.kind.rawValue
        row["occurredOn"] = movement.occurredOn.isoText
        row["recordedAt"] = recordedAt
        row["recordedBy"] = movement.recordedBy
        row["note"] = movement.note
        row["previousHash"] = previousHash
        row["hash"] = hash
        func remittance(_ value: Remittance) {
            row["amountMinorUnits"] = value.received.minorUnits
            row["currency"] = value.received.currency.code
            row["sentMinorUnits"] = value.sent.minorUnits
            row["sentCurrency"] = value.sent.currency.code
            row["feeMinorUnits"] = value.fee.minorUnits
            row["exchangeRateMillionths"] = value.exchangeRate.millionths
            row["rateSource"] = value.rateSource
            row["marketRateMillionths"] = value.marketRate?.millionths
            row["reference"] = value.reference
        }
        switch movement.body {
        case .pledge(let pledge):
            row["folio"] = pledge.folio.text
            row["partyId"] = pledge.partyID.text
            row["amountMinorUnits"] = pledge.amount.minorUnits
            row["currency"] = pledge.amount.currency.code
            row["schemeId"] = pledge.schemeID?.text
            row["capBound"] = pledge.capBound ? 1 : 0
        case .deposit(let deposit):
            row["folio"] = deposit.folio.text
            row["partyId"] = deposit.partyID.text
            remittance(deposit.remittance)
        case .transfer(let transfer):
            row["folio"] = transfer.folio.text
            row["partyId"] = transfer.clubID.text
            remittance(transfer.remittance)
        case .donation(let donation):
            row["partyId"] = donation.clubID.text
            row["amountMinorUnits"] = donation.amount.minorUnits
            row["currency"] = donation.amount.currency.code
            switch donation.source {
            case .member(let memberID): row["memberId"] = memberID
            case .event(let name): row["eventName"] = name
            }
        case .payment(let payment):
            row["folio"] = payment.folio.text
            row["budgetLine"] = payment.budgetLine
            row["payee"] = payment.payee
            row["payeeTaxId"] = payment.payeeTaxID
            row["amountMinorUnits"] = payment.amount.minorUnits
            row["currency"] = payment.amount.currency.code
            row["invoiceUuid"] = payment.invoiceUUID
            row["overrunReason"] = payment.overrunReason
        case .refund(let refund):
            row["folio"] = refund.folio.text
            row["partyId"] = refund.partyID.text
            row["amountMinorUnits"] = refund.amount.minorUnits
            row["currency"] = refund.amount.currency.code
            row["reference"] = refund.reference
        case .progress(let report):
            row["folio"] = report.folio.text
            row["physicalPercent"] = report.physicalPercent
        case .status(let change):
            row["folio"] = change.folio.text
            row["status"] = change.status.rawValue
            row["sessionDate"] = change.sessionDate?.isoText
            row["minutesReference"] = change.minutesReference
            row["handOverReference"] = change.handOverReference
            row["reason"] = change.reason
            row["schemeId"] = change.schemeID?.text
        case .reversal(let reversal):
            row["reversesId"] = reversal.movementID
            row["reason"] = reversal.reason
        }
        return StatementArguments(row.slots)
    }

    /// A row's values by position in `names`, set by column name.
    private struct Values {
        var slots = [(any DatabaseValueConvertible)?](repeating: nil, count: names.count)

        subscript(name: String) -> (any DatabaseValueConvertible)? {
            get { slots[position(name)] }
            set { slots[position(name)] = newValue }
        }
    }

    /// Reads a row of `selectSQL` back. A row that no longer makes sense (edited outside the program) is reported, not
    /// guessed at.
    static func movement(from row: Row) throws -> Movement {
        let id: Int64 = row[position("id")]
        func corrupt(_ detail: String) -> StoreError { StoreError.corruptRow(table: "movement", id: "#\(id)", detail: detail) }
        func required<T: DatabaseValueConvertible>(_ column: String) throws -> T {
            guard let value: T = row[position(column)] else { throw corrupt("\(column) is missing") }
            return value
        }
        func currency(_ column: String) throws -> CurrencyCode {
            let code: String = try required(column)
            guard let value = try? CurrencyCode(code) else { throw corrupt("\(column) \(code)") }
            return value
        }
        func money(_ amountColumn: String, _ currencyColumn: String) throws -> Money {
            let minor: Int64 = try required(amountColumn)
            guard minor >= 0, minor <= Money.maximumMinorUnits else { throw corrupt("\(amountColumn) \(minor)") }
            return Money(minorUnits: minor, currency: try currency(currencyColumn))
        }
        func positive(_ amountColumn: String, _ currencyColumn: String) throws -> Money {
            let value = try money(amountColumn, currencyColumn)
            guard value.isPositive else { throw corrupt("\(amountColumn) must be positive") }
            return value
        }
        func date(_ column: String) throws -> CalendarDate {
            let text: String = try required(column)
            guard let value = try? CalendarDate(parsing: text, field: column) else { throw corrupt("\(column) \(text)") }
            return value
        }
        func rate(_ column: String) throws -> ExchangeRate? {
            guard let millionths: Int64 = row[position(column)] else { return nil }
            guard millionths > 0 else { throw corrupt("\(column) \(millionths)") }
            return ExchangeRate(millionths: millionths)
        }
        func folio() throws -> Folio { Folio(trusted: try required("folio")) }
        func party() throws -> PartyID { PartyID(trusted: try required("partyId")) }
        func remittance() throws -> Remittance {
            let sent = try positive("sentMinorUnits", "sentCurrency")
            let fee = try money("feeMinorUnits", "sentCurrency")
            guard let exchangeRate = try rate("exchangeRateMillionths") else { throw corrupt("exchangeRateMillionths is missing") }
            return Remittance(
                sent: sent, fee: fee, exchangeRate: exchangeRate, rateSource: try required("rateSource"),
                marketRate: try rate("marketRateMillionths"), received: try positive("amountMinorUnits", "currency"),
                reference: try required("reference"))
        }
        let kindText: String = try required("kind")
        guard let kind = MovementKind(rawValue: kindText) else { throw corrupt("kind \(kindText)") }
        let body: MovementBody
        switch kind {
        case .pledge:
            let capBound: Int64 = try required("capBound")
            body = .pledge(
                Pledge(
                    folio: try folio(), partyID: try party(), amount: try positive("amountMinorUnits", "currency"),
                    schemeID: (row[position("schemeId")] as String?).map(Identifier.init(trusted:)), capBound: capBound == 1))
        case .deposit:
            body = .deposit(Deposit(folio: try folio(), partyID: try party(), remittance: try remittance()))
        case .transfer:
            body = .transfer(Transfer(clubID: try party(), folio: try folio(), remittance: try remittance()))
        case .donation:
            let source: DonationSource
            if let eventName: String = row[position("eventName")] { source = .event(eventName) } else { source = .member(row[position("memberId")]) }
            body = .donation(Donation(clubID: try party(), amount: try positive("amountMinorUnits", "currency"), source: source))
        case .payment:
            body = .payment(
                Payment(
                    folio: try folio(), budgetLine: try required("budgetLine"), payee: try required("payee"),
                    payeeTaxID: try required("payeeTaxId"), amount: try positive("amountMinorUnits", "currency"),
                    invoiceUUID: try required("invoiceUuid"), overrunReason: row[position("overrunReason")]))
        case .refund:
            body = .refund(
                Refund(
                    folio: try folio(), partyID: try party(), amount: try positive("amountMinorUnits", "currency"),
                    reference: try required("reference")))
        case .progress:
            let percent: Int = try required("physicalPercent")
            guard (0...100).contains(percent) else { throw corrupt("physicalPercent \(percent)") }
            body = .progress(ProgressReport(folio: try folio(), physicalPercent: percent))
        case .status:
            let statusText: String = try required("status")
            guard let status = ProjectStatus(rawValue: statusText) else { throw corrupt("status \(statusText)") }
            let sessionDate: CalendarDate? = row[position("sessionDate")] == nil ? nil : try date("sessionDate")
            body = .status(
                StatusChange(
                    folio: try folio(), status: status, sessionDate: sessionDate, minutesReference: row[position("minutesReference")],
                    handOverReference: row[position("handOverReference")], reason: row[position("reason")],
                    schemeID: (row[position("schemeId")] as String?).map(Identifier.init(trusted:))))
        case .reversal:
            body = .reversal(Reversal(movementID: try required("reversesId"), reason: try required("reason")))
        }
        guard id > 0 else { throw corrupt("id") }
        return Movement(id: id, occurredOn: try date("occurredOn"), recordedBy: try required("recordedBy"), note: row[position("note")] ?? "", body: body)
    }
}
