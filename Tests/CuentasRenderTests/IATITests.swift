import CuentasCore
import CuentasRender
import CuentasStatements
import CuentasTestSupport
import Foundation
import Testing

#if canImport(FoundationXML)
import FoundationXML
#endif

@Suite struct IATITests {
    let settings = IATIExport.Settings(publisherPrefix: "XM-EXAMPLE", baseURL: "https://transparencia.example.org/")

    func document(_ state: LedgerState) throws -> XMLDocument {
        let activities = IATIExport.activities(state: state, settings: settings)
        let text = try IATIXML().document(activities, generated: "2026-11-23T00:00:00Z", name: "iati.xml")
        return try XMLDocument(data: Data(text.utf8))
    }

    func elements(_ node: XMLNode, _ name: String) -> [XMLElement] {
        ((try? node.nodes(forXPath: "//\(name)")) ?? []).compactMap { $0 as? XMLElement }
    }

    /// A planned end set by an amendment is the activity's date of type 3 (planned end); without one there is none.
    @Test func aPlannedEndBecomesActivityDateTypeThree() throws {
        func plannedEnds(_ state: LedgerState) throws -> [String] {
            elements(try document(state), "activity-date").filter { $0.attribute(forName: "type")?.stringValue == "3" }
                .compactMap { $0.attribute(forName: "iso-date")?.stringValue }
        }
        #expect(try plannedEnds(StatementFixture.state()).isEmpty)
        #expect(try plannedEnds(StatementFixture.state(amended: true)) == ["2025-03-31"])
    }

    /// IATI requires every activity's description: a project recorded without one is exported, valid, with a description
    /// that says so; a project's own description is exported as it is. (Before, the export of a whole portfolio failed on
    /// the first such project.)
    @Test func aProjectWithoutDescriptionIsExportedWithOneSayingSo() throws {
        func descriptions(_ state: LedgerState) throws -> [String] {
            elements(try document(state), "iati-activity/description").flatMap { ($0.children ?? []).compactMap(\.stringValue) }
        }
        #expect(try descriptions(StatementFixture.state()) == ["Tubería y tanque.", "Pipes and a tank."])
        #expect(
            try descriptions(StatementFixture.state(described: false)) == [
                "Proyecto P-1 en El Centro, Municipio A. Aún no tiene descripción registrada.",
                "Project P-1 in El Centro, Municipio A. No description has been recorded yet.",
            ])
    }

    @Test func everyExportedCodeIsInTheTableOfCodes() throws {
        let xml = try document(StatementFixture.state())
        let checks: [(String, String, [String: String])] = [
            ("activity-status", "code", IATICodes.activityStatus), ("activity-date", "type", IATICodes.activityDateType),
            ("transaction-type", "code", IATICodes.transactionType), ("sector", "code", IATICodes.sector),
            ("sector", "vocabulary", IATICodes.sectorVocabulary), ("participating-org", "role", IATICodes.organisationRole),
            ("participating-org", "type", IATICodes.organisationType), ("reporting-org", "type", IATICodes.organisationType),
            ("provider-org", "type", IATICodes.organisationType), ("budget", "type", IATICodes.budgetType),
            ("budget", "status", IATICodes.budgetStatus), ("category", "code", IATICodes.documentCategory),
            ("recipient-country", "code", IATICodes.country),
        ]
        var checked = 0
        for (element, attribute, table) in checks {
            for node in elements(xml, element) {
                guard let code = node.attribute(forName: attribute)?.stringValue else { continue }
                #expect(table[code] != nil, "\(element) \(attribute)=\(code) is not in the table of codes")
                checked += 1
            }
        }
        #expect(checked > 20)
        #expect(Set(ProjectKind.allCases.map(IATIExport.sector(for:))).isSubset(of: Set(IATICodes.sector.keys)))
        #expect(Set(ProjectStatus.allCases.map(IATIExport.activityStatus(for:))).isSubset(of: Set(IATICodes.activityStatus.keys)))
    }

    @Test func transactionsAddUpToTheLedgerAndReversalsAreNegative() throws {
        let state = StatementFixture.state()
        let activity = try #require(IATIExport.activities(state: state, settings: settings).first)
        func total(_ type: String) -> Int64 { activity.transactions.filter { $0.type == type }.reduce(0) { $0 + $1.value.minorUnits } }
        let account = state.projects[StatementFixture.folio]!
        #expect(total("11") == account.totalPledged.minorUnits)
        #expect(total("1") == account.totalReceived.minorUnits - account.totalRefunded.minorUnits)
        #expect(total("4") == account.totalPaid.minorUnits)
        let negative = activity.transactions.filter { $0.value.isNegative }
        // The reversed federal deposit, and the refund to the club.
        #expect(negative.map(\.value.minorUnits).sorted() == [-10_000_00, -200_00])
        #expect(negative.contains { $0.date == StatementFixture.date("2024-04-11") && $0.type == "1" })
        #expect(activity.documentURL == "https://transparencia.example.org/es/projects/P-1.html")
        #expect(activity.identifier == "XM-EXAMPLE-P-1")
    }

    /// Money in transit is not yet incoming funds: only the arrival the executing agency confirmed is, for what arrived.
    @Test func aSendingInTransitIsNotYetIncomingFunds() throws {
        let plain = try #require(IATIExport.activities(state: StatementFixture.state(), settings: settings).first)
        let state = StatementFixture.state(inTransit: true)
        let activity = try #require(IATIExport.activities(state: state, settings: settings).first)
        func incoming(_ activity: IATIActivity) -> [Int64] { activity.transactions.filter { $0.type == "1" }.map(\.value.minorUnits) }
        // Four sendings, one arrived (MXN 16,400.00 of USD 1,000.00); none in transit or returned is a transaction.
        #expect(incoming(activity) == incoming(plain) + [16_400_00])
        #expect(activity.transactions.allSatisfy { $0.value.currency == .mexicanPeso })
        let account = state.projects[StatementFixture.folio]!
        #expect(incoming(activity).reduce(0, +) == account.totalReceived.minorUnits - account.totalRefunded.minorUnits)
    }

    @Test func textWithMarkupIsEscaped() throws {
        let xml = try document(StatementFixture.state(hostile: true))
        let title = try #require(elements(xml, "title").first?.elements(forName: "narrative").first?.stringValue)
        #expect(title == "Red de agua " + StatementFixture.hostileText)
    }

    @Test func scholarshipStudentsAreNotNamed() throws {
        let activity = try #require(IATIExport.activities(state: StatementFixture.state(kind: .scholarship), settings: settings).first)
        let receivers = activity.transactions.compactMap(\.receiver?.name)
        #expect(!receivers.isEmpty)
        #expect(receivers.allSatisfy { $0.hasPrefix("Becarios (datos reservados)") })
    }
}
