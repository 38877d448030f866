import CuentasCore
import CuentasIntegrity
import CuentasStatements
import Foundation

/// What an unsigned site folder was last published from, kept in the folder (`fileName`, and every project's figures
/// in `summariesFileName`), so that the next publish into it renders only what changed since.
///
/// Movements and catalogue entries are never edited, so a folder is up to date with the ledger up to `lastMovement`
/// when it was published by the same program with the same templates, for the same date and corridor prices
/// (`context`), and the ledger still has the same movement at that number (`lastMovementHash`: a restored older backup
/// does not).
struct SiteRecord: Codable, Equatable {
    static let fileName = ".cuentas-site.json"
    static let summariesFileName = ".cuentas-summaries.tsv"
    /// 2: the movements file has the columns `provider` and `settles` (transfers in transit); a site of format 1 is
    /// published whole again.
    static let currentFormat = 2

    let format: Int
    let context: String
    let lastMovement: MovementID
    let lastMovementHash: String
    /// The size of the movements CSV as written: rows of later movements are appended to it.
    let movementsCSVBytes: Int
    /// Every statement of the folder (`StatementSubject.unit` names), sorted.
    let units: [String]

    /// The statements the folder was published with; a name that does not read as one is left out (it has no files
    /// to miss and nothing to render).
    var subjects: Set<StatementSubject> { Set(units.compactMap(StatementSubject.init(unit:))) }
    /// The catalogue's last seal then: amendments sealed after it are rendered again. Absent from folders published
    /// before amendments existed, which are then rendered whole once.
    let lastCatalogueSeal: Int64?

    /// A digest of everything every statement depends on besides the ledger.
    static func context(
        program: String, asOf: CalendarDate, corridorPrices: [CorridorPrice], transitRule: TransitRule, baseURL: String?,
        complaintRule: ComplaintRule = .standard
    ) -> String {
        let prices = corridorPrices.map { "\($0)" }.joined(separator: ";")
        let rule = "\(transitRule.unconfirmedAfterDays) \(transitRule.shortfallToleranceBasisPoints)"
        // Absent from the digest when not given, so a folder published without it keeps its digest.
        let base =
            baseURL.map { "base \($0)\n" } ?? ""
            + (complaintRule == .standard ? "" : "complaints \(complaintRule.answerWithinDays)\n")
        return HashChain.sha256(Array("\(program)\n\(asOf.isoText)\n\(prices)\n\(rule)\n\(base)".utf8))
    }

    /// The record of a folder, or nil when it has none or one this program cannot use.
    static func read(from root: URL) -> SiteRecord? {
        guard let data = try? Data(contentsOf: root.appendingPathComponent(fileName)),
            let record = try? JSONDecoder().decode(SiteRecord.self, from: data), record.format == currentFormat
        else { return nil }
        return record
    }

    var encoded: Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        guard let data = try? encoder.encode(self) else { preconditionFailure("a site record always encodes") }
        return data
    }

    /// The summaries file: one line per project, sorted by folio.
    static func summariesText(_ summaries: [Folio: ProjectSummary]) -> String {
        summaries.keys.sorted().map { summaries[$0]!.figuresLine + "\n" }.joined()
    }

    /// The summaries back, or nil when a line does not read or names a project the catalogue lacks.
    static func summaries(fromText text: String, catalogue: Catalogue) -> [Folio: ProjectSummary]? {
        var summaries: [Folio: ProjectSummary] = [:]
        for line in text.split(separator: "\n") {
            guard let summary = ProjectSummary(figuresLine: line, catalogue: catalogue) else { return nil }
            summaries[summary.folio] = summary
        }
        return summaries
    }
}
