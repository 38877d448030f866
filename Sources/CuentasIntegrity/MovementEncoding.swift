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
    public static let fieldNames = [
        "previous", "id", "kind", "occurredOn", "recordedBy", "note", "folio", "party", "amount", "sent", "fee", "rate",
        "rateSource", "marketRate", "reference", "scheme", "capBound", "member", "event", "budgetLine", "payee", "payeeTaxId",
        "invoiceUuid", "overrunReason", "physicalPercent", "status", "sessionDate", "minutesReference", "handOverReference",
        "reason", "reverses",
    ]

    public static func canonical(_ movement: Movement, previousHash: String) -> [UInt8] {
        var fields = Fields()
        fields["previous"] = previousHash
        fields["id"] = "\(movement.id)"
        fields["kind"] = movement.body.kind.rawValue
        fields["occurredOn"] = movement.occurredOn.isoText
        fields["recordedBy"] = movement.recordedBy
        fields["note"] = movement.note
        func money(_ value: Money) -> String { "\(value.minorUnits) \(value.currency.code)" }
        func remittance(_ value: Remittance) {
            fields["amount"] = money(value.received)
            fields["sent"] = money(value.sent)
            fields["fee"] = money(value.fee)
            fields["rate"] = "\(value.exchangeRate.millionths)"
            fields["rateSource"] = value.rateSource
            fields["marketRate"] = value.marketRate.map { "\($0.millionths)" }
            fields["reference"] = value.reference
        }
        switch movement.body {
        case .pledge(let pledge):
            fields["folio"] = pledge.folio.text
            fields["party"] = pledge.partyID.text
            fields["amount"] = money(pledge.amount)
            fields["scheme"] = pledge.schemeID?.text
            fields["capBound"] = pledge.capBound ? "1" : "0"
        case .deposit(let deposit):
            fields["folio"] = deposit.folio.text
            fields["party"] = deposit.partyID.text
            remittance(deposit.remittance)
        case .transfer(let transfer):
            fields["folio"] = transfer.folio.text
            fields["party"] = transfer.clubID.text
            remittance(transfer.remittance)
        case .donation(let donation):
            fields["party"] = donation.clubID.text
            fields["amount"] = money(donation.amount)
            switch donation.source {
            case .member(let id): fields["member"] = id.map { "\($0)" }
            case .event(let name): fields["event"] = name
            }
        case .payment(let payment):
            fields["folio"] = payment.folio.text
            fields["budgetLine"] = "\(payment.budgetLine)"
            fields["payee"] = payment.payee
            fields["payeeTaxId"] = payment.payeeTaxID
            fields["amount"] = money(payment.amount)
            fields["invoiceUuid"] = payment.invoiceUUID
            fields["overrunReason"] = payment.overrunReason
        case .refund(let refund):
            fields["folio"] = refund.folio.text
            fields["party"] = refund.partyID.text
            fields["amount"] = money(refund.amount)
            fields["reference"] = refund.reference
        case .progress(let report):
            fields["folio"] = report.folio.text
            fields["physicalPercent"] = "\(report.physicalPercent)"
        case .status(let change):
            fields["folio"] = change.folio.text
            fields["status"] = change.status.rawValue
            fields["sessionDate"] = change.sessionDate?.isoText
            fields["minutesReference"] = change.minutesReference
            fields["handOverReference"] = change.handOverReference
            fields["reason"] = change.reason
            fields["scheme"] = change.schemeID?.text
        case .reversal(let reversal):
            fields["reverses"] = "\(reversal.movementID)"
            fields["reason"] = reversal.reason
        }
        // One pass into one buffer: this runs for every movement on every check.
        var text: [UInt8] = []
        text.reserveCapacity(512)
        text.append(contentsOf: version.utf8)
        text.append(0x0A)
        for (index, name) in fieldNames.enumerated() {
            text.append(contentsOf: name.utf8)
            text.append(0x3D)
            if let value = fields.values[index] { appendEscaped(value, to: &text) }
            text.append(0x0A)
        }
        return text
    }

    /// The fields of one movement by position in `fieldNames`, set by name.
    private struct Fields {
        static let positions: [String: Int] = Dictionary(uniqueKeysWithValues: fieldNames.enumerated().map { ($1, $0) })
        var values = [String?](repeating: nil, count: fieldNames.count)

        subscript(name: String) -> String? {
            get { values[Self.positions[name]!] }
            set {
                guard let position = Self.positions[name] else { preconditionFailure("no field \(name) in the encoding") }
                values[position] = newValue
            }
        }
    }

    /// Appends the value with a backslash written as two backslashes, a line feed as backslash-n and a carriage return as
    /// backslash-r. Byte by byte is the same as character by character: in UTF-8 these ASCII bytes occur in no other
    /// character.
    static func appendEscaped(_ value: String, to text: inout [UInt8]) {
        for byte in value.utf8 {
            switch byte {
            case 0x5C: text.append(0x5C); text.append(0x5C)
            case 0x0A: text.append(0x5C); text.append(0x6E)
            case 0x0D: text.append(0x5C); text.append(0x72)
            default: text.append(byte)
            }
        }
    }
}
