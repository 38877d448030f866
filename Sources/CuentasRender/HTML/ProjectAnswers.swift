import CuentasCore
import CuentasStatements

/// What a reader asks first about a project, answered in sentences for the top of its page (the first screen of a
/// phone): where it stands, who still owes what and since when, what was spent of what arrived, and how recent the
/// last progress report is. Each line is flagged when it is bad news (a late pledge, an old report), so the page can
/// mark it.
struct ProjectAnswers {
    struct Line {
        let text: String
        let flagged: Bool
    }

    let lines: [Line]

    init(_ statement: ProjectStatement, _ t: Translation) {
        var lines = [Self.status(statement, t)]
        let owing = statement.sources.filter { $0.outstanding.isPositive }
        for source in owing {
            let since = source.outstandingSince.map(t.date) ?? ""
            if source.isLate {
                lines.append(
                    Line(
                        text: t.format(
                            "answer.owesLate", source.party.name, t.money(source.outstanding), since, "\(source.daysOutstanding ?? 0)"),
                        flagged: true))
            } else {
                lines.append(Line(text: t.format("answer.owes", source.party.name, t.money(source.outstanding), since), flagged: false))
            }
        }
        if owing.isEmpty && statement.status.acceptsMoney && statement.totals.committed.isPositive {
            lines.append(Line(text: t["answer.nothingOwed"], flagged: false))
        }
        if statement.totals.received.isPositive {
            let (paid, received, left) = (
                t.money(statement.totals.paid), t.money(statement.totals.received), t.money(statement.totals.balanceOnHand)
            )
            let text =
                statement.totalRefunded.isPositive
                ? t.format("answer.spentRefunded", paid, received, t.money(statement.totalRefunded), left)
                : t.format("answer.spent", paid, received, left)
            lines.append(Line(text: text, flagged: false))
        }
        // A scholarship pays students for periods of study: its page speaks of periods, not of works.
        let scholarship = statement.kind.keepsPayeesPrivate
        func key(_ plain: String, _ forScholarship: String) -> String { scholarship ? forScholarship : plain }
        if let last = ProgressFreshness(statement) {
            let percent = t.percent(last.physicalPercent)
            lines.append(
                last.isStale
                    ? Line(
                        text: t.format(
                            key("answer.progressStale", "answer.scholarshipProgressStale"), percent, t.date(last.date), "\(last.ageInDays)"),
                        flagged: true)
                    : Line(text: t.format(key("answer.progress", "answer.scholarshipProgress"), percent, t.date(last.date)), flagged: false)
            )
        } else if statement.status == .inExecution {
            lines.append(Line(text: t[key("answer.noProgress", "answer.scholarshipNoProgress")], flagged: false))
        }
        self.lines = lines
    }

    /// The status in words; a cancelled or rejected project says when and why.
    private static func status(_ statement: ProjectStatement, _ t: Translation) -> Line {
        let key = "answer.is-\(statement.status.rawValue)"
        switch statement.status {
        case .cancelled, .rejected:
            let step = statement.statusHistory.last { $0.status == statement.status }
            return Line(text: t.format(key, step.map { t.date($0.date) } ?? "", step?.reason ?? ""), flagged: true)
        case .inExecution, .completed, .closed:
            let scholarship = "answer.scholarship-\(statement.status.rawValue)"
            return Line(text: t[statement.kind.keepsPayeesPrivate ? scholarship : key], flagged: false)
        default:
            return Line(text: t[key], flagged: false)
        }
    }

    var context: [[String: Any]] { lines.map { ["text": $0.text, "flagged": $0.flagged] } }
}
