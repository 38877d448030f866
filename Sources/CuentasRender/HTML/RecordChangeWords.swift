import CuentasCore
import CuentasStatements

/// A record change in a page's words: what changed, and from what to what; one description for the HTML pages and
/// the text statements.
struct RecordChangeWords {
    let what: String
    let change: String

    init(_ change: RecordChange, _ t: Translation) {
        func quoted(_ text: String) -> String {
            text.isEmpty ? t["changes.none"] : say(t.language, es: "«\(text)»", en: "“\(text)”")
        }
        switch change.kind {
        case .text(let field, let from, let to):
            what = t["field.\(field.rawValue)"]
            self.change = "\(quoted(from)) → \(quoted(to))"
        case .party(let field, let from, let to):
            what = t["field.\(field.rawValue)"]
            self.change = "\(from?.name ?? t["changes.none"]) → \(to?.name ?? t["changes.none"])"
        case .plannedEnd(let from, let to):
            what = t["field.plannedEnd"]
            self.change = "\(from.map(t.date) ?? t["changes.none"]) → \(to.map(t.date) ?? t["changes.none"])"
        case .administration(let name):
            what = t["field.administration"]
            self.change = quoted(name)
        case .budget(let shifts, let cost):
            what = t["field.budget"]
            let lines = shifts.map { "\($0.number). \($0.concept): \(t.money($0.from)) → \(t.money($0.to))" }
            let total = cost.map { ["\(t["label.approvedCost"]): \(t.money($0.from)) → \(t.money($0.to))"] } ?? []
            self.change = (total + lines).joined(separator: "; ")
        case .renewal(let number, let expiresOn):
            what = t["field.renewal"]
            self.change = t.format("renewal.until", number, t.date(expiresOn))
        }
    }

    /// The row a template shows.
    static func rows(_ changes: [RecordChange], _ t: Translation) -> [[String: Any]] {
        changes.map { change in
            let words = RecordChangeWords(change, t)
            return [
                "date": t.date(change.date), "what": words.what, "change": words.change, "reason": change.reason,
                "minutes": change.minutes ?? "", "recordedBy": change.recordedBy,
            ]
        }
    }
}
