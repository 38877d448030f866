import CuentasCore

/// How a movement is laid out in the `movement` table: one row per movement, the columns its kind needs. Both stores
/// write and read it through this one description.
public enum MovementColumns {
    /// The columns, in table order; the case names are the column names.
    public enum Column: Int, CaseIterable, Sendable {
        case id, kind, occurredOn, recordedAt, recordedBy, note, folio, partyId, amountMinorUnits, currency
        case sentMinorUnits, sentCurrency, feeMinorUnits, exchangeRateMillionths, rateSource, marketRateMillionths
        case reference, schemeId, capBound, memberId, eventName, budgetLine, payee, payeeTaxId, invoiceUuid
        case overrunReason, physicalPercent, status, sessionDate, minutesReference, handOverReference, reason
        case reversesId, previousHash, hash, provider, settlesId, receipt
    }

    public static let names = Column.allCases.map { "\($0)" }

    /// Every column, in the order of `names`: rows read with it are read by position, not by name.
    public static let selectSQL = "SELECT \(names.joined(separator: ", ")) FROM movement"

    /// An insert of `rows` movements, the values of one row after another, each in the order of `names`;
    /// `parameter(n)` writes the n-th placeholder (from 1): `?` for SQLite, `$n` for PostgreSQL.
    public static func insertSQL(rows: Int, parameter: (Int) -> String) -> String {
        precondition(rows > 0, "at least one row")
        var number = 0
        let values = (0..<rows).map { _ in
            "("
                + names.map { _ in
                    number += 1
                    return parameter(number)
                }.joined(separator: ", ") + ")"
        }
        return "INSERT INTO movement (\(names.joined(separator: ", "))) VALUES " + values.joined(separator: ", ")
    }

    /// Writes the values of one row of `insertSQL`, in the order of `names`, into `values` from `start` on (every
    /// column the movement's kind leaves empty is set to null).
    public static func write(
        _ movement: Movement, recordedAt: String, previousHash: String, hash: String,
        into values: inout [ColumnValue], at start: Int
    ) {
        precondition(start >= 0 && start + names.count <= values.count, "room for one row")
        // The buffer moves into `row` and back, so it stays uniquely referenced and is written in place, not copied.
        var row = Values(values: values, start: start)
        values = []
        defer { values = row.values }
        for column in Column.allCases { row.values[start + column.rawValue] = .null }
        row[.id] = movement.id
        row[.kind] = movement.body.kind.rawValue
        row[.occurredOn] = movement.occurredOn.isoText
        row[.recordedAt] = recordedAt
        row[.recordedBy] = movement.recordedBy
        row[.note] = movement.note
        row[.previousHash] = previousHash
        row[.hash] = hash
        // An amount is two columns, its minor units and its currency: `amount` the one the movement books, `sent`
        // what left a club's fund when it is another.
        func amount(_ money: Money) {
            row[.amountMinorUnits] = money.minorUnits
            row[.currency] = money.currency.code
        }
        func sent(_ money: Money) {
            row[.sentMinorUnits] = money.minorUnits
            row[.sentCurrency] = money.currency.code
        }
        func remittance(_ value: Remittance) {
            amount(value.received)
            sent(value.sent)
            row[.feeMinorUnits] = value.fee.minorUnits
            row[.exchangeRateMillionths] = value.exchangeRate.millionths
            row[.rateSource] = value.rateSource
            row[.marketRateMillionths] = value.marketRate?.millionths
            row[.reference] = value.reference
        }
        switch movement.body {
        case .pledge(let pledge):
            row[.folio] = pledge.folio.text
            row[.partyId] = pledge.partyID.text
            amount(pledge.amount)
            row[.schemeId] = pledge.schemeID?.text
            row[.capBound] = pledge.capBound ? 1 : 0
        case .deposit(let deposit):
            row[.folio] = deposit.folio.text
            row[.partyId] = deposit.partyID.text
            remittance(deposit.remittance)
        case .transfer(let transfer):
            row[.folio] = transfer.folio.text
            row[.partyId] = transfer.clubID.text
            remittance(transfer.remittance)
        case .donation(let donation):
            row[.partyId] = donation.clubID.text
            amount(donation.amount)
            switch donation.source {
            case .member(let memberID): row[.memberId] = memberID
            case .event(let name): row[.eventName] = name
            }
            row[.receipt] = donation.receipt?.compact
        case .payment(let payment):
            row[.folio] = payment.folio.text
            row[.budgetLine] = payment.budgetLine
            row[.payee] = payment.payee
            row[.payeeTaxId] = payment.payeeTaxID
            amount(payment.amount)
            row[.invoiceUuid] = payment.invoiceUUID
            row[.overrunReason] = payment.overrunReason
        case .refund(let refund):
            row[.folio] = refund.folio.text
            row[.partyId] = refund.partyID.text
            amount(refund.amount)
            row[.reference] = refund.reference
        case .progress(let report):
            row[.folio] = report.folio.text
            row[.physicalPercent] = report.physicalPercent
        case .status(let change):
            row[.folio] = change.folio.text
            row[.status] = change.status.rawValue
            row[.sessionDate] = change.sessionDate?.isoText
            row[.minutesReference] = change.minutesReference
            row[.handOverReference] = change.handOverReference
            row[.reason] = change.reason
            row[.schemeId] = change.schemeID?.text
        case .reversal(let reversal):
            row[.reversesId] = reversal.movementID
            row[.reason] = reversal.reason
        case .sending(let sending):
            row[.folio] = sending.folio.text
            row[.partyId] = sending.clubID.text
            sent(sending.sent)
            row[.feeMinorUnits] = sending.fee.minorUnits
            row[.exchangeRateMillionths] = sending.quotedRate.millionths
            row[.rateSource] = sending.rateSource
            row[.marketRateMillionths] = sending.marketRate?.millionths
            row[.provider] = sending.provider
            row[.reference] = sending.reference
        case .arrival(let arrival):
            row[.folio] = arrival.folio.text
            row[.partyId] = arrival.clubID.text
            sent(arrival.sent)
            amount(arrival.received)
            row[.reference] = arrival.reference
            row[.settlesId] = arrival.sendingID
        case .returned(let returned):
            row[.folio] = returned.folio.text
            row[.partyId] = returned.clubID.text
            sent(returned.sent)
            row[.reason] = returned.reason
            row[.settlesId] = returned.sendingID
        }
    }

    /// A row's values by position in `names`, set by column (a lookup by name was on the import's hot path). The
    /// subscripts are only written (Swift requires a getter): one per kind of value a column takes.
    private struct Values {
        var values: [ColumnValue]
        let start: Int

        subscript(column: Column) -> String? {
            get { preconditionFailure("written only") }
            set { values[start + column.rawValue] = newValue.map(ColumnValue.text) ?? .null }
        }

        subscript(column: Column) -> Int64? {
            get { preconditionFailure("written only") }
            set { values[start + column.rawValue] = newValue.map(ColumnValue.integer) ?? .null }
        }

        subscript(column: Column) -> Int? {
            get { preconditionFailure("written only") }
            set { values[start + column.rawValue] = newValue.map { .integer(Int64($0)) } ?? .null }
        }
    }

    /// Reads a row of `selectSQL` back. A row that no longer makes sense (edited outside the program) is reported, not
    /// guessed at. Columns are read by position: on a national ledger this runs 1.2 million times per check, and name
    /// lookups and generic decoding were half of its time.
    public static func movement<Row: StoredColumns>(from row: Row) throws(DamagedRow) -> Movement {
        var texts = RepeatedTexts()
        return try StoredMovementRow(row).movement(sharing: &texts)
    }

    /// The same for one row of many: texts repeated from row to row are kept once (`RepeatedTexts`).
    public static func movement<Row: StoredColumns>(from row: Row, sharing texts: inout RepeatedTexts) throws(DamagedRow) -> Movement {
        try StoredMovementRow(row).movement(sharing: &texts)
    }

    /// One row of many read `ORDER BY id`, checked to come after `previous` (which it becomes): a damaged index can
    /// hand rows back out of order, and every replay counts on ledger order.
    public static func movement<Row: StoredColumns>(
        from row: Row, sharing texts: inout RepeatedTexts, after previous: inout MovementID
    ) throws(DamagedRow) -> Movement {
        let movement = try StoredMovementRow(row).movement(sharing: &texts)
        guard movement.id > previous else {
            throw DamagedRow(table: "movement", id: "#\(movement.id)", detail: "read after #\(previous): out of ledger order")
        }
        previous = movement.id
        return movement
    }

    /// The stored hashes of a row of `selectSQL` (empty when missing): the hash chain's links, which a replay does not
    /// need and a check reads beside the movement.
    public static func hashes<Row: StoredColumns>(of row: Row) -> (previousHash: String, hash: String) {
        (row.text(at: Column.previousHash.rawValue) ?? "", row.text(at: Column.hash.rawValue) ?? "")
    }
}
