import CuentasCore

/// A project summary kept between two publishes: its ledger figures as one line of tab-separated fields. The rest
/// (title, kind, municipality, locality, approved cost) comes back from the catalogue, whose entries never change.
/// A re-publish reads the summaries of the projects nothing happened to instead of replaying their movements.
extension ProjectSummary {
    /// The summary of a project's account as of a date.
    public init(account: ProjectAccount, catalogue: Catalogue, asOf: CalendarDate) {
        self.init(ProjectFigures(account: account, catalogue: catalogue, asOf: asOf), catalogue: catalogue)
    }

    /// Folio, status, committed, received, paid, outstanding and balance on hand (minor units of the project's
    /// currency), financial progress (basis points), physical progress (percent, or "-"), late government and
    /// diverging progress (1 or 0).
    public var figuresLine: String {
        [
            folio.text, status.rawValue, "\(totals.committed.minorUnits)", "\(totals.received.minorUnits)", "\(totals.paid.minorUnits)",
            "\(totals.outstanding.minorUnits)", "\(totals.balanceOnHand.minorUnits)", "\(totals.financialProgressBasisPoints)",
            totals.physicalProgressPercent.map(String.init) ?? "-", totals.hasLateGovernment ? "1" : "0",
            totals.progressDiverges ? "1" : "0",
        ].joined(separator: "\t")
    }

    /// A summary read back from `figuresLine`; nil when the line does not read as one, or names a project the
    /// catalogue does not have (the caller then computes the summaries again from the ledger).
    public init?(figuresLine line: Substring, catalogue: Catalogue) {
        let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
        guard fields.count == 11, let folioRead = Folio(stored: String(fields[0])), let project = catalogue.projects[folioRead],
            let status = ProjectStatus(rawValue: String(fields[1])),
            let committed = Int64(fields[2]), let received = Int64(fields[3]), let paid = Int64(fields[4]),
            let outstanding = Int64(fields[5]), let balance = Int64(fields[6]), let financial = Int64(fields[7]),
            fields[9] == "1" || fields[9] == "0", fields[10] == "1" || fields[10] == "0",
            [committed, received, paid, outstanding, balance].allSatisfy({ $0.magnitude <= UInt64(Money.maximumMinorUnits) })
        else { return nil }
        let physical: Int?
        if fields[8] == "-" {
            physical = nil
        } else {
            guard let percent = Int(fields[8]), (0...100).contains(percent) else { return nil }
            physical = percent
        }
        let currency = project.approvedCost.currency
        func money(_ minorUnits: Int64) -> Money { Money(minorUnits: minorUnits, currency: currency) }
        folio = project.folio
        title = project.title
        kind = project.kind
        self.status = status
        municipality = PartyReference(project.municipalityID, in: catalogue)
        locality = project.locality
        approvedCost = project.approvedCost
        totals = ProjectTotals(
            committed: money(committed), received: money(received), paid: money(paid), outstanding: money(outstanding),
            balanceOnHand: money(balance), financialProgressBasisPoints: financial, physicalProgressPercent: physical,
            hasLateGovernment: fields[9] == "1", progressDiverges: fields[10] == "1")
    }
}
