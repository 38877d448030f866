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
///
/// Version 2 is version 1 with two more fields at the end, `provider=` and `settles=` (the sending an arrival or return
/// settles). Only the kinds added with it (sending, arrival, returned) are encoded in version 2; every other movement
/// keeps version 1's bytes, so no hash recorded before changes.
///
/// Version 3 is version 2 with one more field at the end, `receipt=` (the code of a donation's receipt, `7KQ2MXW4RP`).
/// Only a donation with a receipt is encoded in version 3; a donation recorded before receipts existed keeps version
/// 1's bytes.
public enum MovementEncoding {
    public static let version = "cuentas-movement-1"
    public static let version2 = "cuentas-movement-2"
    public static let version3 = "cuentas-movement-3"
    /// The field names in their fixed order (pinned by a test: changing one breaks every stored chain).
    public static let fieldNames = Field.allCases.prefix(through: Field.reverses.rawValue).map { "\($0)" }
    /// The fields version 2 writes after version 1's.
    public static let version2FieldNames = Field.allCases[(Field.reverses.rawValue + 1)...Field.settles.rawValue].map { "\($0)" }
    /// The field version 3 writes after version 2's.
    public static let version3FieldNames = Field.allCases.suffix(from: Field.settles.rawValue + 1).map { "\($0)" }

    /// Each field's `name=`, in order.
    private static let fieldPrefixes = Field.allCases.map { Array("\($0)=".utf8) }

    public static func canonical(_ movement: Movement, previousHash: String) -> [UInt8] {
        // Written in field order straight into one buffer: this runs for every movement of every check.
        var fields = OrderedFields(version: version(of: movement.body))
        fields.write(.previous, .text(previousHash))
        fields.write(.id, .number(movement.id))
        fields.write(.kind, .text(movement.body.kind.rawValue))
        fields.write(.occurredOn, .date(movement.occurredOn))
        fields.write(.recordedBy, .text(movement.recordedBy))
        fields.write(.note, .text(movement.note))
        func remittance(_ value: Remittance) {
            fields.write(.amount, .money(value.received))
            fields.write(.sent, .money(value.sent))
            fields.write(.fee, .money(value.fee))
            fields.write(.rate, .number(value.exchangeRate.millionths))
            fields.write(.rateSource, .text(value.rateSource))
            fields.write(.marketRate, value.marketRate.map { .number($0.millionths) })
            fields.write(.reference, .text(value.reference))
        }
        switch movement.body {
        case .pledge(let pledge):
            fields.write(.folio, .text(pledge.folio.text))
            fields.write(.party, .text(pledge.partyID.text))
            fields.write(.amount, .money(pledge.amount))
            fields.write(.scheme, pledge.schemeID.map { .text($0.text) })
            fields.write(.capBound, .number(pledge.capBound ? 1 : 0))
        case .deposit(let deposit):
            fields.write(.folio, .text(deposit.folio.text))
            fields.write(.party, .text(deposit.partyID.text))
            remittance(deposit.remittance)
        case .transfer(let transfer):
            fields.write(.folio, .text(transfer.folio.text))
            fields.write(.party, .text(transfer.clubID.text))
            remittance(transfer.remittance)
        case .donation(let donation):
            fields.write(.party, .text(donation.clubID.text))
            fields.write(.amount, .money(donation.amount))
            switch donation.source {
            case .member(let id): fields.write(.member, id.map { .number($0) })
            case .event(let name): fields.write(.event, .text(name))
            }
            if let receipt = donation.receipt { fields.write(.receipt, .text(receipt.compact)) }
        case .payment(let payment):
            fields.write(.folio, .text(payment.folio.text))
            fields.write(.amount, .money(payment.amount))
            fields.write(.budgetLine, .number(Int64(payment.budgetLine)))
            fields.write(.payee, .text(payment.payee))
            fields.write(.payeeTaxId, .text(payment.payeeTaxID))
            fields.write(.invoiceUuid, .text(payment.invoiceUUID))
            fields.write(.overrunReason, payment.overrunReason.map(Value.text))
        case .refund(let refund):
            fields.write(.folio, .text(refund.folio.text))
            fields.write(.party, .text(refund.partyID.text))
            fields.write(.amount, .money(refund.amount))
            fields.write(.reference, .text(refund.reference))
        case .progress(let report):
            fields.write(.folio, .text(report.folio.text))
            fields.write(.physicalPercent, .number(Int64(report.physicalPercent)))
        case .status(let change):
            fields.write(.folio, .text(change.folio.text))
            fields.write(.scheme, change.schemeID.map { .text($0.text) })
            fields.write(.status, .text(change.status.rawValue))
            fields.write(.sessionDate, change.sessionDate.map { .date($0) })
            fields.write(.minutesReference, change.minutesReference.map(Value.text))
            fields.write(.handOverReference, change.handOverReference.map(Value.text))
            fields.write(.reason, change.reason.map(Value.text))
        case .reversal(let reversal):
            fields.write(.reason, .text(reversal.reason))
            fields.write(.reverses, .number(reversal.movementID))
        case .sending(let sending):
            fields.write(.folio, .text(sending.folio.text))
            fields.write(.party, .text(sending.clubID.text))
            fields.write(.sent, .money(sending.sent))
            fields.write(.fee, .money(sending.fee))
            fields.write(.rate, .number(sending.quotedRate.millionths))
            fields.write(.rateSource, .text(sending.rateSource))
            fields.write(.marketRate, sending.marketRate.map { .number($0.millionths) })
            fields.write(.reference, .text(sending.reference))
            fields.write(.provider, .text(sending.provider))
        case .arrival(let arrival):
            fields.write(.folio, .text(arrival.folio.text))
            fields.write(.party, .text(arrival.clubID.text))
            fields.write(.amount, .money(arrival.received))
            fields.write(.sent, .money(arrival.sent))
            fields.write(.reference, .text(arrival.reference))
            fields.write(.settles, .number(arrival.sendingID))
        case .returned(let returned):
            fields.write(.folio, .text(returned.folio.text))
            fields.write(.party, .text(returned.clubID.text))
            fields.write(.sent, .money(returned.sent))
            fields.write(.reason, .text(returned.reason))
            fields.write(.settles, .number(returned.sendingID))
        }
        return fields.finished()
    }

    /// The version a movement is encoded in: 2 for the kinds that came with it, 3 for a donation with a receipt, 1 for
    /// everything else.
    static func version(of body: MovementBody) -> Int {
        switch body {
        case .sending, .arrival, .returned: return 2
        case .donation(let donation): return donation.receipt == nil ? 1 : 3
        default: return 1
        }
    }

    /// The encoding being written: fields must come in the order of `Field`; the ones skipped are written empty.
    private struct OrderedFields {
        private(set) var text: [UInt8]
        private var next = 0
        /// How many fields the version has: version 1 ends at `reverses`.
        private let count: Int

        init(version number: Int) {
            text = []
            text.reserveCapacity(512)
            text.append(contentsOf: [version, version2, version3][number - 1].utf8)
            text.append(0x0A)
            count = [Field.reverses, Field.settles, Field.receipt][number - 1].rawValue + 1
        }

        /// Writes the field (empty when nil), after every field before it.
        mutating func write(_ field: Field, _ value: Value?) {
            precondition(field.rawValue >= next && field.rawValue < count, "field \(field) written out of order or not in the version")
            skip(to: field.rawValue)
            text.append(contentsOf: fieldPrefixes[field.rawValue])
            value?.append(to: &text)
            text.append(0x0A)
            next = field.rawValue + 1
        }

        private mutating func skip(to position: Int) {
            while next < position {
                text.append(contentsOf: fieldPrefixes[next])
                text.append(0x0A)
                next += 1
            }
        }

        consuming func finished() -> [UInt8] {
            skip(to: count)
            return text
        }
    }

    /// The fields of version 1, in order, then the two version 2 adds; the case names are the field names. Set by
    /// position, not looked up by name: this runs for every movement of every check.
    enum Field: Int, CaseIterable {
        case previous, id, kind, occurredOn, recordedBy, note, folio, party, amount, sent, fee, rate, rateSource, marketRate
        case reference, scheme, capBound, member, event, budgetLine, payee, payeeTaxId, invoiceUuid, overrunReason
        case physicalPercent, status, sessionDate, minutesReference, handOverReference, reason, reverses
        case provider, settles
        case receipt
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
        var digits:
            (
                UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8,
                UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8
            ) =
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
