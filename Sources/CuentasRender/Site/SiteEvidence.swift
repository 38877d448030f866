import CuentasCore
import CuentasStatements
import Foundation

/// What a publication shows beside the money: each project's oversight records, the complaint rule, and how to get an
/// evidence file's bytes and a photo's thumbnail (made by the publisher, which has the files and the image library).
public struct SiteEvidence: Sendable {
    public let oversight: [Folio: ProjectOversight]
    public let rule: ComplaintRule
    public let file: @Sendable (EvidenceItem) -> Data?
    public let thumbnail: @Sendable (EvidenceItem) -> Data?

    public init(
        oversight: [Folio: ProjectOversight], rule: ComplaintRule, file: @escaping @Sendable (EvidenceItem) -> Data?,
        thumbnail: @escaping @Sendable (EvidenceItem) -> Data?
    ) {
        self.oversight = oversight
        self.rule = rule
        self.file = file
        self.thumbnail = thumbnail
    }

    /// A project page's evidence: the statement, and the thumbnails of the photos it embeds.
    func page(for statement: ProjectStatement, state: LedgerState) -> PageEvidence {
        let oversightStatement = OversightStatement(
            oversight[statement.folio] ?? .none(statement.folio), statement: statement, state: state, rule: rule)
        var thumbnails: [String: Data] = [:]
        for file in oversightStatement.photos.prefix(PageEvidence.maximumEmbedded) {
            if let data = thumbnail(file.item) { thumbnails[file.item.digest] = data }
        }
        return PageEvidence(statement: oversightStatement, thumbnails: thumbnails)
    }

    /// A municipality page's: its projects with complaints overdue as of `asOf`, and its comptroller.
    func municipality(_ id: PartyID, state: LedgerState, asOf: CalendarDate) -> MunicipalityOversight {
        var overdue: [Folio: Int] = [:]
        var comptroller: AccountableContact?
        for (folio, records) in oversight where state.catalogue.projects[folio]?.municipalityID == id {
            let count = records.complaints.filter { $0.writtenOn <= asOf && rule.isOverdue($0, asOf: asOf) }.count
            if count > 0 { overdue[folio] = count }
            if let contact = records.comptroller, contact.effectiveOn <= asOf { comptroller = contact }
        }
        return MunicipalityOversight(overdueComplaints: overdue, comptroller: comptroller, rule: rule)
    }
}
