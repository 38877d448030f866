import CuentasCore
import CuentasRender
import CuentasStatements
import CuentasTestSupport
import Foundation
import Testing

/// A project page with evidence: thumbnails embedded, documents with size and fingerprint, the checked invoice on its
/// payment, the committee's visit, complaints with their state (an overdue one flagged), and whom to ask.
@Suite struct OversightPageTests {
    typealias F = StatementFixture

    private func page(kind: ProjectKind = .infrastructure, language: Language = .english) throws -> String {
        let state = F.state(kind: kind)
        let statement = try #require(ProjectStatement(folio: F.folio, state: state, asOf: F.asOf))
        let payment = try #require(
            state.projectMovementIDs[F.folio]?.first { if case .payment = state.movements[$0]!.body { true } else { false } })
        func item(
            _ id: Int64, _ type: EvidenceMediaType, movement: MovementID? = nil, visit: Int64? = nil, check: String? = nil
        ) -> EvidenceItem {
            EvidenceItem(
                id: id, folio: F.folio, movementID: movement, visitID: visit, digest: String(repeating: "\(id)", count: 64), size: 18_579,
                mediaType: type, caption: "Caption \(id) <b>", fileName: "file\(id)", keptLocation: false, invoiceCheck: check,
                recordedBy: "t",
                recordedAt: "2025-01-02T00:00:00Z")
        }
        let oversight = ProjectOversight(
            folio: F.folio,
            evidence: [
                item(1, .jpeg), item(2, .jpeg, visit: 1), item(3, .xml, movement: payment, check: "UUID X; RFC Y; total Z"), item(4, .pdf),
            ],
            visits: [
                SiteVisit(
                    id: 1, folio: F.folio, visitedOn: F.date("2025-03-01"), attendees: "Four members", physicalPercent: 60,
                    remarks: "Tank finished", recordedBy: "c", recordedAt: "x")
            ],
            complaints: [
                Complaint(
                    id: 1, folio: F.folio, kind: .complaint, origin: .committee, author: "Comité", writtenOn: F.date("2025-04-01"),
                    text: "Why is it stopped?", answer: nil, recordedAt: "x"),
                Complaint(
                    id: 2, folio: F.folio, kind: .observation, origin: .auditor, author: "ana", writtenOn: F.date("2025-02-01"),
                    text: "Invoice missing", answer: .init(answeredOn: F.date("2025-02-10"), text: "Attached now", answeredBy: "o"),
                    recordedAt: "x"),
            ],
            responsible: AccountableContact(
                role: .responsible, office: "Public Works", officer: "Eng. Laura", phone: "+52 1", email: "o@x.mx",
                address: nil, effectiveOn: F.date("2024-01-01")))
        let evidence = PageEvidence(
            statement: OversightStatement(oversight, statement: statement, state: state),
            thumbnails: [String(repeating: "1", count: 64): Data([0xFF, 0xD8, 0xFF, 0x01])])
        return try HTMLRenderer().project(statement, language: language, evidence: evidence)
    }

    @Test func thePageShowsTheEvidenceAndTheOversight() throws {
        let html = try page()
        #expect(html.contains("<img src=\"data:image/jpeg;base64,/9j/AQ==\" alt=\"Caption 1 &lt;b&gt;\">"))
        #expect(html.components(separatedBy: "<img ").count == 2, "a photo without a thumbnail is linked, not embedded")
        #expect(html.contains("href=\"../../evidence/\(String(repeating: "2", count: 64)).jpg\""))
        #expect(html.contains("(committee visit on Mar 1, 2025)"))
        #expect(html.contains("18 KB") && html.contains(String(repeating: "4", count: 16) + "…"))
        #expect(html.contains("Invoice checked: it matches the payment (UUID X; RFC Y; total Z)"))
        #expect(html.contains("Invoice checked: UUID, RFC, total and currency match"), "said on the payment's row too")
        #expect(html.contains("Four members") && html.contains("Tank finished"))
        #expect(html.contains("<tr class=\"late\"><th scope=\"row\">Apr 1, 2025</th>"))
        #expect(html.contains("Unanswered for 90 days: overdue (the limit is 30 days)"))
        #expect(html.contains("Answered on Feb 10, 2025: Attached now"))
        #expect(html.contains("1 complaint(s) or observation(s) have had no answer for more than 30 days"))
        #expect(
            html.contains(
                "Answering for this project: Eng. Laura, Public Works. <a href=\"tel:+521\">phone +52 1</a> <a href=\"mailto:o@x.mx\">e-mail o@x.mx</a>"
            ))
    }

    @Test func aScholarshipPageShowsNoFileOfItsStudents() throws {
        let html = try page(kind: .scholarship)
        #expect(!html.contains("<img"))
        #expect(!html.contains("/evidence/"))
        #expect(html.contains("This scholarship has 4 document(s) on file that are not published"))
    }
}
