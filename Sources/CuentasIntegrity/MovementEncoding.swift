import CuentasCore

/// The canonical encoding of a movement, the bytes its hash is taken of. Stable across versions: never change a line of
/// version 1; a new encoding would get a new first line.
///
/// The text is UTF-8: the first line `cuentas-movement-1`, then one `name=value` line per field in this fixed order,
/// each ended by a line feed. Absent values are empty. Amounts are minor units with their currency (`150000 MXN`),
/// rates are millionths, dates ISO 8601. In values, a backslash is written `\\`, a line feed `\n` and a carriage
/// return `\r`, so every field is exactly one line.
///
///     cuentas-movement-1
///     previous=<64 hex digits: the hash of the movement before, zeros for the first>
///     id=<number>
///     kind=<pledge|deposit|…>
///     occurredOn=<YYYY-MM-DD>
///     recordedBy=…   note=…   folio=…   party=…   amount=…   sent=…   fee=…   rate=…   rateSource=…   marketRate=…
///     reference=…   scheme=…   capBound=…   member=…   event=…   budgetLine=…   payee=…   payeeTaxId=…   invoiceUuid=…
///     overrunReason=…   physicalPercent=…   status=…   sessionDate=…   minutesReference=…   handOverReference=…
///     reason=…   reverses=…
public enum MovementEncoding {
    public static let version = "cuentas-movement-1"
    /// The field names in their fixed order (pinned by a test: changing one breaks every stored chain).
    public static let fieldNames = Field.allCases.map { "\($0)" }

    /// Each field's `name=`, in order.
    private static let fieldPrefixes = fieldNames.map { Array("\($0)=".utf8) }

    public static func canonical(_ movement: Movement, previousHash: String) -> [UInt8] {
        var fields = Fields()
        fields[.previous] = .text(previousHash)
        fields[.id] = .number(movement.id)
        fields[.kind] = .text(movement.body.kind.rawValue)
        fields[.occurredOn] = .date(movement.occurredOn)
        fields[.recordedBy] = .text(movement.recordedBy)
        fields[.note] = .text(movement.note)
        func remittance(_ value: Remittance) {
            fields[.amount] = .money(value.received)
            fields[.sent] = .money(value.sent)
            fields[.fee] = .money(value.fee)
            fields[.rate] = .number(value.exchangeRate.millionths)
            fields[.rateSource] = .text(value.rateSource)
            fields[.marketRate] = value.marketRate.map { .number($0.millionths) }
            fields[.reference] = .text(value.reference)
        }
        switch movement.body {
        case .pledge(let pledge):
            fields[.folio] = .text(pledge.folio.text)
            fields[.party] = .text(pledge.partyID.text)
            fields[.amount] = .money(pledge.amount)
            fields[.scheme] = pledge.schemeID.map { .text($0.text) }
            fields[.capBound] = .number(pledge.capBound ? 1 : 0)
        case .deposit(let deposit):
            fields[.folio] = .text(deposit.folio.text)
            fields[.party] = .text(deposit.partyID.text)
            remittance(deposit.remittance)
        case .transfer(let transfer):
            fields[.folio] = .text(transfer.folio.text)
            fields[.party] = .text(transfer.clubID.text)
            remittance(transfer.remittance)
        case .donation(let donation):
            fields[.party] = .text(donation.clubID.text)
            fields[.amount] = .money(donation.amount)
            switch donation.source {
            case .member(let id): fields[.member] = id.map { .number($0) }
            case .event(let name): fields[.event] = .text(name)
            }
        case .payment(let payment):
            fields[.folio] = .text(payment.folio.text)
            fields[.budgetLine] = .number(Int64(payment.budgetLine))
            fields[.payee] = .text(payment.payee)
            fields[.payeeTaxId] = .text(payment.payeeTaxID)
            fields[.amount] = .money(payment.amount)
            fields[.invoiceUuid] = .text(payment.invoiceUUID)
            fields[.overrunReason] = payment.overrunReason.map(Value.text)
        case .refund(let refund):
            fields[.folio] = .text(refund.folio.text)
            fields[.party] = .text(refund.partyID.text)
            fields[.amount] = .money(refund.amount)
            fields[.reference] = .text(refund.reference)
        case .progress(let report):
            fields[.folio] = .text(report.folio.text)
            fields[.physicalPercent] = .number(Int64(report.physicalPercent))
        case .status(let change):
            fields[.folio] = .text(change.folio.text)
            fields[.status] = .text(change.status.rawValue)
            fields[.sessionDate] = change.sessionDate.map { .date($0) }
            fields[.minutesReference] = change.minutesReference.map(Value.text)
            fields[.handOverReference] = change.handOverReference.map(Value.text)
            fields[.reason] = change.reason.map(Value.text)
            fields[.scheme] = change.schemeID.map { .text($0.text) }
        case .reversal(let reversal):
            fields[.reverses] = .number(reversal.movementID)
            fields[.reason] = .text(reversal.reason)
        }
        // One pass into one buffer: this runs for every movement on every check.
        var text: [UInt8] = []
        text.reserveCapacity(512)
        text.append(contentsOf: version.utf8)
        text.append(0x0A)
        for (index, prefix) in fieldPrefixes.enumerated() {
            text.append(contentsOf: prefix)
            fields.values[index]?.append(to: &text)
            text.append(0x0A)
        }
        return text
    }

    /// The fields of one movement by position in `fieldNames`.
    private struct Fields {
        var values = [Value?](repeating: nil, count: Field.allCases.count)

        subscript(field: Field) -> Value? {
            get { values[field.rawValue] }
            set { values[field.rawValue] = newValue }
        }
    }

    /// The fields of version 1, in order; the case names are the field names. Set by position, not looked up by name:
    /// this runs for every movement of every check.
    enum Field: Int, CaseIterable {
        case previous, id, kind, occurredOn, recordedBy, note, folio, party, amount, sent, fee, rate, rateSource, marketRate
        case reference, scheme, capBound, member, event, budgetLine, payee, payeeTaxId, invoiceUuid, overrunReason
        case physicalPercent, status, sessionDate, minutesReference, handOverReference, reason, reverses
    }

    /// A field's value as the encoding writes it: numbers, amounts and dates go straight into the buffer, without making
    /// a string of them first.
    private enum Value {
        case text(String)
        /// In decimal, with a minus sign when negative.
        case number(Int64)
        /// Minor units, a space and the currency code: `150000 MXN`.
        case money(Money)
        /// ISO 8601: `2024-03-05`.
        case date(CalendarDate)

        func append(to text: inout [UInt8]) {
            switch self {
            case .text(let value): appendEscaped(value, to: &text)
            case .number(let value): appendDecimal(value, to: &text)
            case .money(let value):
                appendDecimal(value.minorUnits, to: &text)
                text.append(0x20)
                appendEscaped(value.currency.code, to: &text)
            case .date(let value):
                appendDecimal(Int64(value.year), to: &text)
                text.append(0x2D)
                appendTwoDigits(value.month, to: &text)
                text.append(0x2D)
                appendTwoDigits(value.day, to: &text)
            }
        }
    }

    /// The same digits as `"\(value)"`.
    static func appendDecimal(_ value: Int64, to text: inout [UInt8]) {
        if value < 0 { text.append(0x2D) }
        var magnitude = value.magnitude
        var digits: (UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8,
                     UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8) =
            (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
        var count = 0
        withUnsafeMutableBytes(of: &digits) { buffer in
            repeat {
                buffer[count] = 0x30 + UInt8(magnitude % 10)
                magnitude /= 10
                count += 1
            } while magnitude > 0
            for index in stride(from: count - 1, through: 0, by: -1) { text.append(buffer[index]) }
        }
    }

    /// A month or day: `"0\(value)"` below ten, as `isoText` writes it.
    private static func appendTwoDigits(_ value: Int, to text: inout [UInt8]) {
        if value < 10 { text.append(0x30) }
        appendDecimal(Int64(value), to: &text)
    }

    /// Appends the value with a backslash written as two backslashes, a line feed as backslash-n and a carriage return as
    /// backslash-r. Byte by byte is the same as character by character: in UTF-8 these ASCII bytes occur in no other
    /// character.
    static func appendEscaped(_ value: String, to text: inout [UInt8]) {
        let utf8 = value.utf8
        // Most values have nothing to escape: copied whole.
        let copiedWhole = utf8.withContiguousStorageIfAvailable { bytes -> Bool in
            guard !bytes.contains(where: { $0 == 0x5C || $0 == 0x0A || $0 == 0x0D }) else { return false }
            text.append(contentsOf: bytes)
            return true
        }
        if copiedWhole == true { return }
        for byte in utf8 {
            switch byte {
            case 0x5C: text.append(0x5C); text.append(0x5C)
            case 0x0A: text.append(0x5C); text.append(0x6E)
            case 0x0D: text.append(0x5C); text.append(0x72)
            default: text.append(byte)
            }
        }
    }
}
