import CuentasCore
import CuentasImport

/// Every problem of a form's values in one round, not one per press of the button. The form is one row of its import
/// format, checked by `ImportMapper`, which stops at the row's first problem; here each value wrong by itself (a date
/// that is no date, an amount with letters) is set aside, a neutral value put in its place, and the row checked again,
/// until it passes or a problem appears that depends on other fields or on the ledger. Those are reported only when
/// nothing was set aside: beside a value put in by this check they could be false.
struct OneRoundCheck {
    let mapper: ImportMapper
    let kind: ImportKind

    enum Outcome {
        case entry(ImportMapper.Entry)
        case problems([ImportError])
    }

    func check(_ table: CSVTable) -> Outcome {
        var table = table
        var problems: [ImportError] = []
        for _ in 0...table.header.count {
            do throws(ImportError) {
                let entry = try mapper.entries(from: table, kind: kind).1[0]
                return problems.isEmpty ? .entry(entry) : .problems(problems)
            } catch {
                guard case .invalid(let input) = error.problem, input.expected.concernsTheValueAlone, let column = error.column,
                    let position = table.header.firstIndex(of: column), !problems.contains(where: { $0.column == column })
                else { return .problems(problems.isEmpty ? [error] : problems) }
                problems.append(error)
                var fields = table.rows[0].fields
                fields[position] = Self.neutralValue(of: column)
                table = CSVTable(header: table.header, rows: [CSVTable.Row(line: table.rows[0].line, fields: fields)])
            }
        }
        return .problems(problems)
    }

    /// A value each column takes whatever the rest of the row: only ever checked, never recorded.
    static func neutralValue(of column: String) -> String {
        switch column {
        case "date", "session_date", "proposed_on": return CalendarDate.today().isoText
        case "amount", "sent_amount", "received_amount", "fee", "cost", "exchange_rate", "market_rate", "percent", "budget_line":
            return "1"
        case "member": return ""
        case "invoice_uuid": return "00000000-0000-4000-8000-000000000000"
        case "payee_tax_id": return "XAXX010101000"
        case "currency", "sent_currency": return "MXN"
        case "lines": return "x=1"
        default: return "X"
        }
    }
}
