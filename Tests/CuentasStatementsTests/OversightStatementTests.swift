import CuentasCore
import CuentasStatements
import CuentasTestSupport
import Testing

/// What a page shows beside the money: what a file belongs to, complaints flagged past the limit like a late payment,
/// answers and visits as of the statement's date, and a scholarship's files never shown.
@Suite struct OversightStatementTests {
    typealias F = StatementFixture

    private func complaint(_ id: Int64, written: String, answered: String? = nil) -> Complaint {
        Complaint(
            id: id, folio: F.folio, kind: .complaint, origin: .committee, author: "Comité", writtenOn: F.date(written), text: "¿Por qué?",
            answer: answered.map { Complaint.Answer(answeredOn: F.date($0), text: "Porque", answeredBy: "oficial") }, recordedAt: written)
    }

    private func item(_ id: Int64, movement: MovementID? = nil, visit: Int64? = nil, type: EvidenceMediaType = .jpeg) -> EvidenceItem {
        EvidenceItem(
            id: id, folio: F.folio, movementID: movement, visitID: visit, digest: String(repeating: "\(id % 10)", count: 64), size: 1_000,
            mediaType: type, caption: "foto \(id)", fileName: "f\(id).jpg", keptLocation: false, invoiceCheck: nil, recordedBy: "t",
            recordedAt: "2024-07-01T00:00:00Z")
    }

    private func statement(
        _ oversight: ProjectOversight, kind: ProjectKind = .infrastructure, rule: ComplaintRule = .standard
    ) -> OversightStatement {
        let state = F.state(kind: kind)
        return OversightStatement(
            oversight, statement: ProjectStatement(folio: F.folio, state: state, asOf: F.asOf)!, state: state, rule: rule)
    }

    /// As of 2025-06-30: written 30 days before is not yet overdue, 31 days before is; answered in time is not; an answer
    /// dated after the statement's date does not count yet.
    @Test func aComplaintIsOverdueOnlyPastTheLimitAndWhileUnanswered() {
        let shown = statement(
            ProjectOversight(
                folio: F.folio,
                complaints: [
                    complaint(1, written: "2025-05-31"), complaint(2, written: "2025-05-30"),
                    complaint(3, written: "2025-01-10", answered: "2025-02-01"),
                    complaint(4, written: "2025-04-01", answered: "2025-07-15"), complaint(5, written: "2025-07-02"),
                ]))
        #expect(shown.complaints.map(\.complaint.id) == [3, 4, 2, 1], "one written after the date is not shown")
        #expect(shown.complaints.map(\.isOverdue) == [false, true, true, false])
        #expect(shown.complaints.map(\.ageDays) == [171, 90, 31, 30])
        #expect(shown.complaints[1].answer == nil)
        #expect(shown.overdueComplaints == 2 && shown.openComplaints == 3)
        let patient = statement(
            ProjectOversight(folio: F.folio, complaints: [complaint(2, written: "2025-05-30")]), rule: ComplaintRule(answerWithinDays: 60))
        #expect(patient.overdueComplaints == 0)
    }

    @Test func eachFileSaysWhatItBelongsTo() throws {
        let state = F.state()
        let progress = try #require(
            state.projectMovementIDs[F.folio]?.first { if case .progress = state.movements[$0]!.body { true } else { false } })
        let payment = try #require(
            state.projectMovementIDs[F.folio]?.first { if case .payment = state.movements[$0]!.body { true } else { false } })
        let visit = SiteVisit(
            id: 1, folio: F.folio, visitedOn: F.date("2025-03-01"), attendees: "Comité", physicalPercent: 60, remarks: "Bien",
            recordedBy: "c",
            recordedAt: "2025-03-02T00:00:00Z")
        let later = SiteVisit(
            id: 2, folio: F.folio, visitedOn: F.date("2025-08-01"), attendees: "Comité", physicalPercent: 90, remarks: "Casi",
            recordedBy: "c",
            recordedAt: "2025-08-02T00:00:00Z")
        let shown = statement(
            ProjectOversight(
                folio: F.folio,
                evidence: [
                    item(1, movement: progress), item(2, visit: 1), item(3, movement: payment, type: .pdf), item(4, visit: 2), item(5),
                ],
                visits: [visit, later]))
        #expect(shown.visits.map(\.visit.id) == [1], "a visit after the statement's date is not shown, nor its photo")
        #expect(shown.visits.first?.photos == 1)
        #expect(Set(shown.photos.map(\.item.id)) == [1, 2, 5])
        #expect(shown.documents.map(\.item.id) == [3])
        #expect(shown.photos.first { $0.item.id == 2 }?.subject == .visit(date: F.date("2025-03-01")))
        #expect(shown.photos.first { $0.item.id == 5 }?.subject == .project)
        guard case .progress(_, let percent) = shown.photos.first(where: { $0.item.id == 1 })?.subject else {
            Issue.record("a progress photo says its report")
            return
        }
        #expect(percent == 30)
        guard case .payment = shown.documents.first?.subject else { Issue.record("an invoice says its payment"); return }
    }

    @Test func aScholarshipsFilesAreNeverShown() {
        let shown = statement(ProjectOversight(folio: F.folio, evidence: [item(1), item(2, type: .pdf)]), kind: .scholarship)
        #expect(shown.photos.isEmpty && shown.documents.isEmpty)
        #expect(shown.privateFiles == 2)
    }
}
