import CuentasCore

/// How recent a project's last progress report is. A page says "as of" the day it was published, so a report many
/// months old would read as current: past `staleAfterDays` the page says how old it is. The rule applies while work
/// is under way (approved, in execution); a finished, cancelled or rejected project has no progress left to report.
public struct ProgressFreshness: Sendable, Equatable {
    /// A quarter: the 3x1 rules ask for progress reports at least every three months.
    public static let staleAfterDays = 90

    public let date: CalendarDate
    public let physicalPercent: Int
    public let ageInDays: Int
    public let isStale: Bool

    /// The last progress report in force (not reversed), or nil when there is none.
    public init?(_ statement: ProjectStatement) {
        guard let last = statement.progress.last(where: { $0.reversal == nil }) else { return nil }
        date = last.date
        physicalPercent = last.physicalPercent
        ageInDays = statement.asOf.days(since: last.date)
        let underWay = statement.status == .approved || statement.status == .inExecution
        isStale = underWay && ageInDays > Self.staleAfterDays
    }
}
