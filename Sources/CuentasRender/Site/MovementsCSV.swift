import CuentasCore
import Foundation

/// Every movement of the ledger as CSV, for anyone to check with a spreadsheet. Cells a spreadsheet would run as a
/// formula (starting with =, +, -, @) are prefixed with an apostrophe; scholarship payees are never named.
public enum MovementsCSV {
    public static let header = [
        "movement", "kind", "date", "recorded_by", "project", "party", "amount", "currency", "sent_amount", "sent_currency",
        "fee", "exchange_rate", "market_rate", "rate_source", "reference", "budget_line", "payee", "payee_tax_id",
        "invoice_uuid", "physical_percent", "status", "reverses", "reason", "note", "provider", "settles",
    ]

    /// Rows made on every core, in batches of parts of 16,384 rows.
    public static let defaultRowsPerPart = 16_384
    static let partsPerBatch = 8

    /// The whole file, handed to `emit` in pieces, in order: the header, then the rows of one part after another, made
    /// on every core. A national ledger's file is 125 MB; made whole, it and its copies were half of a publish's memory.
    public static func write(_ state: LedgerState, rowsPerPart: Int = defaultRowsPerPart, to emit: (String) -> Void) {
        precondition(rowsPerPart > 0, "a part has rows")
        emit(headerLine)
        let movements = state.movements.inOrder
        let parts = (movements.count + rowsPerPart - 1) / rowsPerPart
        for firstPart in stride(from: 0, to: parts, by: partsPerBatch) {
            let texts = ParallelTexts(count: min(partsPerBatch, parts - firstPart))
            DispatchQueue.concurrentPerform(iterations: texts.count) { offset in
                let part = firstPart + offset
                let range = (part * rowsPerPart)..<min((part + 1) * rowsPerPart, movements.count)
                texts.set(offset, lines(Array(movements[range]), catalogue: state.catalogue))
            }
            for text in texts.values { emit(text) }
        }
    }

    /// The first line of the file, line break included.
    public static let headerLine = header.joined(separator: ",") + "\n"

    /// The rows of some movements, each ending in a line break. A row depends only on its movement and on its
    /// project's kind, neither of which ever changes: the rows of later movements are appended to the file as it was.
    public static func lines(_ movements: [Movement], catalogue: Catalogue) -> String {
        var text = ""
        for movement in movements { text += line(movement, catalogue: catalogue) + "\n" }
        return text
    }

    static func line(_ movement: Movement, catalogue: Catalogue) -> String {
        let id = movement.id
        var row = Row()
        row[.movement] = "\(id)"
        row[.kind] = movement.body.kind.rawValue
        row[.date] = movement.occurredOn.isoText
        row[.recordedBy] = movement.recordedBy
        row[.note] = movement.note
        row[.project] = movement.body.folio?.text ?? ""
        func money(_ value: Money) {
            row[.amount] = value.decimalText
            row[.currency] = value.currency.code
        }
        // What was sent and at what cost, for a remittance and for a sending not yet arrived.
        func sent(_ sent: Money, fee: Money, rate: ExchangeRate, marketRate: ExchangeRate?, rateSource: String, reference: String) {
            row[.sentAmount] = sent.decimalText
            row[.sentCurrency] = sent.currency.code
            row[.fee] = fee.decimalText
            row[.exchangeRate] = rate.description
            row[.marketRate] = marketRate?.description ?? ""
            row[.rateSource] = rateSource
            row[.reference] = reference
        }
        func remittance(_ value: Remittance) {
            money(value.received)
            sent(
                value.sent, fee: value.fee, rate: value.exchangeRate, marketRate: value.marketRate, rateSource: value.rateSource,
                reference: value.reference)
        }
        switch movement.body {
        case .pledge(let pledge):
            row[.party] = pledge.partyID.text
            money(pledge.amount)
        case .deposit(let deposit):
            row[.party] = deposit.partyID.text
            remittance(deposit.remittance)
        case .transfer(let transfer):
            row[.party] = transfer.clubID.text
            remittance(transfer.remittance)
        case .donation(let donation):
            row[.party] = donation.clubID.text
            money(donation.amount)
            if case .event(let name) = donation.source { row[.reason] = name }
        case .payment(let payment):
            money(payment.amount)
            row[.budgetLine] = "\(payment.budgetLine)"
            // Withheld as empty cells: a file for scripts has no words to say why.
            let shown = PublishedPayee(payment, of: catalogue.projects[payment.folio]?.kind)
            row[.payee] = shown.payee ?? ""
            row[.payeeTaxID] = shown.payeeTaxID ?? ""
            row[.invoiceUUID] = shown.invoiceUUID ?? ""
            row[.reason] = payment.overrunReason ?? ""
        case .refund(let refund):
            row[.party] = refund.partyID.text
            money(refund.amount)
            row[.reference] = refund.reference
        case .progress(let report):
            row[.physicalPercent] = "\(report.physicalPercent)"
        case .status(let change):
            row[.status] = change.status.rawValue
            row[.reference] = change.minutesReference ?? change.handOverReference ?? ""
            row[.reason] = change.reason ?? ""
        case .reversal(let reversal):
            row[.reverses] = "\(reversal.movementID)"
            row[.reason] = reversal.reason
        case .sending(let sending):
            // Nothing has arrived yet: the amount columns stay empty.
            row[.party] = sending.clubID.text
            sent(
                sending.sent, fee: sending.fee, rate: sending.quotedRate, marketRate: sending.marketRate, rateSource: sending.rateSource,
                reference: sending.reference)
            row[.provider] = sending.provider
        case .arrival(let arrival):
            row[.party] = arrival.clubID.text
            money(arrival.received)
            row[.sentAmount] = arrival.sent.decimalText
            row[.sentCurrency] = arrival.sent.currency.code
            row[.reference] = arrival.reference
            row[.settles] = "\(arrival.sendingID)"
        case .returned(let returned):
            row[.party] = returned.clubID.text
            row[.sentAmount] = returned.sent.decimalText
            row[.sentCurrency] = returned.sent.currency.code
            row[.reason] = returned.reason
            row[.settles] = "\(returned.sendingID)"
        }
        var text = ""
        text.reserveCapacity(256)
        for (index, value) in row.cells.enumerated() {
            if index > 0 { text += "," }
            text += cell(value)
        }
        return text
    }

    /// The columns in the order of `header` (a test checks they agree), so a row is filled by position.
    enum Column: Int, CaseIterable {
        case movement, kind, date, recordedBy, project, party, amount, currency, sentAmount, sentCurrency, fee, exchangeRate, marketRate,
            rateSource, reference, budgetLine, payee, payeeTaxID, invoiceUUID, physicalPercent, status, reverses, reason, note, provider,
            settles
    }

    /// One row's cells by column, empty unless set.
    private struct Row {
        var cells = [String](repeating: "", count: Column.allCases.count)

        subscript(column: Column) -> String {
            get { cells[column.rawValue] }
            set { cells[column.rawValue] = newValue }
        }
    }

    /// One CSV cell: neutralised against formula injection, quoted when it holds a comma, a quote or a line break.
    public static func cell(_ value: String) -> String {
        // Most cells are plain: nothing to prefix or quote.
        if let first = value.utf8.first, first != 0x3D, first != 0x2B, first != 0x2D, first != 0x40, first != 0x09, first != 0x0D,
            !value.utf8.contains(where: { $0 == 0x2C || $0 == 0x22 || $0 == 0x0A || $0 == 0x0D })
        {
            return value
        }
        var text = value
        if let first = text.first, "=+-@".contains(first) || first == "\t" || first == "\r" { text = "'" + text }
        guard text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
