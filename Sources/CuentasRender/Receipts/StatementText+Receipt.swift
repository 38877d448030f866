import CuentasCore
import CuentasStatements

extension StatementText {
    /// A receipt for a terminal (`cuentas receipt CODE`): the same sentences as its page.
    public func receipt(_ receipt: DonationReceipt, address: String?) -> String {
        var out = [t["receipt.title"]]
        out.append("\(t["receipt.code"]): \(receipt.code?.text ?? "—")")
        out.append(ReceiptWords.opening(receipt, t))
        if let event = receipt.event { out.append(t.format("receipt.event", event)) }
        if let number = receipt.memberNumber { out.append(t.format("receipt.member", "\(number)")) }
        for project in ReceiptWords.projects(receipt, t) {
            out.append("")
            out.append("\(project.title) (\(project.folio.text))")
            out.append(contentsOf: project.sentences.map { "- " + $0 })
        }
        if let still = ReceiptWords.stillInFund(receipt, t) {
            out.append("")
            out.append(still)
        }
        out.append("")
        out.append(t.format("receipt.asOf", t.date(receipt.asOf)))
        if let code = receipt.code {
            out.append(address.map { "\(t["receipt.address"]): \($0)" } ?? t.format("receipt.noAddress", SitePath.receipt(code)))
        }
        return out.joined(separator: "\n") + "\n"
    }

    /// A member's donations of one year, each followed.
    public func memberYear(_ statement: MemberYearStatement) -> String {
        var out = [t.format("receipt.memberYear", "\(statement.memberNumber)", "\(statement.year)") + " · \(statement.club.name)"]
        if statement.receipts.isEmpty {
            out.append(t["receipt.memberYearNone"])
            return out.joined(separator: "\n") + "\n"
        }
        out.append(t.format("receipt.memberYearTotal", t.money(statement.total), "\(statement.receipts.count)"))
        for receipt in statement.receipts {
            out.append("")
            out.append("\(t["receipt.code"]): \(receipt.code?.text ?? t["receipt.noCode"])")
            out.append(ReceiptWords.opening(receipt, t))
            for project in ReceiptWords.projects(receipt, t) { out.append(contentsOf: project.sentences.map { "- " + $0 }) }
            if let still = ReceiptWords.stillInFund(receipt, t) { out.append(still) }
        }
        return out.joined(separator: "\n") + "\n"
    }
}
