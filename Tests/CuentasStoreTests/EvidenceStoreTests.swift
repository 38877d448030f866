import CuentasCore
@testable import CuentasStore
import CuentasTestSupport
import Foundation
import GRDB
import Testing
import CuentasTables

/// Evidence kept beside the ledger, checked against its hash; visits, complaints, answers and contacts recorded once,
/// sealed, and refused when they do not fit.
@Suite struct EvidenceStoreTests {
    typealias F = StoreFixture

    /// Whether `body` throws a store error saying what `expected` says (StoreError is not Equatable: its messages are compared).
    private func refusal(is expected: StoreError, _ body: () throws -> Any) -> Bool {
        do {
            _ = try body()
            return false
        } catch {
            return (error as? StoreError)?.explanation(in: .english) == expected.explanation(in: .english)
        }
    }

    static let pdf = Array("%PDF-1.4\nacta de entrega\n%%EOF\n".utf8)

    private func attach(_ fixture: F, _ bytes: [UInt8] = pdf, movement: MovementID? = nil, visit: Int64? = nil) throws -> EvidenceItem {
        try fixture.store.addEvidence(
            EvidenceDraft(
                folio: F.folio, movementID: movement, visitID: visit, bytes: bytes, mediaType: .pdf, caption: "Acta de entrega",
                fileName: "acta.pdf", recordedBy: "tester"))
    }

    @Test(arguments: TestedStore.all) func aFileIsKeptUnderItsHashAndCheckReadsIt(store kind: TestedStore) async throws {
        try await F.on(kind) { fixture in
            let item = try attach(fixture)
            let kept = fixture.store.evidenceFolder.fileURL(digest: item.digest)
            let folder = fixture.kind == .file ? fixture.path + ".evidence" : fixture.folder.appendingPathComponent("ledger.evidence").path
            #expect(kept.path == folder + "/\(item.digest.prefix(2))/\(item.digest)")
            #expect(Array(try Data(contentsOf: kept)) == Self.pdf)
            #expect(try fixture.store.oversight(folio: F.folio).evidence == [item])
            #expect(try fixture.store.fullCheck().passed)

            // Altered: named with the file and both hashes.
            try Data("%PDF-1.4\notra acta\n".utf8).write(to: kept)
            let altered = try fixture.store.fullCheck()
            #expect(!altered.passed)
            #expect(altered.evidenceProblems.count == 1)
            guard case .altered = altered.evidenceProblems.first?.kind else { Issue.record("not reported as altered"); return }
            #expect(altered.evidenceProblems[0].explanation(in: .english).contains("acta.pdf"))

            // Missing.
            try FileManager.default.removeItem(at: kept)
            #expect(try fixture.store.fullCheck().evidenceProblems.first?.kind == .missing)
        }
    }

    @Test(arguments: TestedStore.all) func theSameFileTwiceIsKeptOnce(store kind: TestedStore) async throws {
        try await F.on(kind) { fixture in
            let first = try attach(fixture)
            let second = try attach(fixture)
            #expect(first.digest == second.digest && first.id != second.id)
            let files = try FileManager.default.subpathsOfDirectory(atPath: fixture.store.evidenceFolder.url.path).filter { $0.count > 60 }
            #expect(files.count == 1)
        }
    }

    @Test func backupAndRestoreCarryTheEvidence() throws {
        let fixture = try F()
        let item = try attach(fixture)
        let copy = fixture.folder.appendingPathComponent("copy.sqlite").path
        try fixture.file.backup(to: copy)
        let backup = try LedgerStore.open(path: copy)
        #expect(backup.evidenceFolder.bytes(digest: item.digest).map(Array.init) == Self.pdf)
        #expect(try backup.fullCheck().passed)
        let restored = fixture.folder.appendingPathComponent("restored.sqlite").path
        try backup.restore(over: restored)
        #expect(try LedgerStore.open(path: restored).fullCheck().passed)
        #expect(EvidenceFolder(ledgerPath: restored).bytes(digest: item.digest) != nil)
    }

    @Test(arguments: TestedStore.all) func aRowChangedOutsideTheProgramIsNamedBySeal(store kind: TestedStore) async throws {
        try await F.on(kind) { fixture in
            _ = try attach(fixture)
            try fixture.tamper(["UPDATE evidence SET caption = 'Otra cosa'"])
            let problems = try fixture.reopened().fullCheck().catalogueProblems
            #expect(
                problems.map { $0.explanation(in: .english) }.contains {
                    $0.contains("evidence 1: caption was recorded as \"Acta de entrega\"")
                })
        }
    }

    @Test(arguments: TestedStore.all) func refusedAttachmentsChangeNothing(store kind: TestedStore) async throws {
        try await F.on(kind) { fixture in
            try fixture.approve()
            // A JPEG name over PDF bytes, an empty file, a movement of no project, a visit of another project.
            #expect(
                refusal(is: StoreError.oversight(.notWhatItSays(fileName: "acta.pdf", claimed: "application/pdf", found: "unknown"))) {
                    try attach(fixture, Array("hello".utf8))
                })
            #expect(refusal(is: StoreError.oversight(.emptyFile(fileName: "acta.pdf"))) { try attach(fixture, []) })
            #expect(refusal(is: StoreError.unknown(what: "movement", id: "#99")) { try attach(fixture, movement: 99) })
            #expect(refusal(is: StoreError.oversight(.visitNotOfProject(7, F.folio))) { try attach(fixture, visit: 7) })
            #expect(try fixture.store.oversight(folio: F.folio).evidence.isEmpty)
            #expect(!FileManager.default.fileExists(atPath: fixture.store.evidenceFolder.url.path))
        }
    }

    @Test(arguments: TestedStore.all) func aComplaintIsAnsweredOnceAndNotBeforeItWasWritten(store kind: TestedStore) async throws {
        try await F.on(kind) { fixture in
            let complaint = try fixture.store.addComplaint(
                folio: F.folio, kind: .complaint, origin: .committee, author: "Comité", writtenOn: F.date("2024-05-01"),
                text: "La obra está parada")
            #expect(
                refusal(
                    is: StoreError.oversight(
                        .answerBeforeComplaint(complaint: complaint.id, writtenOn: F.date("2024-05-01"), answeredOn: F.date("2024-04-30")))
                ) {
                    try fixture.store.answerComplaint(complaint.id, answeredOn: F.date("2024-04-30"), text: "Ya", answeredBy: "oficial")
                })
            let answered = try fixture.store.answerComplaint(
                complaint.id, answeredOn: F.date("2024-05-20"), text: "Se reanuda en junio", answeredBy: "oficial")
            #expect(
                answered.answer == Complaint.Answer(answeredOn: F.date("2024-05-20"), text: "Se reanuda en junio", answeredBy: "oficial"))
            #expect(
                refusal(is: StoreError.oversight(.alreadyAnswered(complaint.id))) {
                    try fixture.store.answerComplaint(complaint.id, answeredOn: F.date("2024-05-21"), text: "Otra", answeredBy: "oficial")
                })
            #expect(
                refusal(is: StoreError.oversight(.unknownComplaint(99))) {
                    try fixture.store.answerComplaint(99, answeredOn: F.date("2024-05-21"), text: "Otra", answeredBy: "oficial")
                })
            #expect(try fixture.store.fullCheck().passed)
        }
    }

    @Test(arguments: TestedStore.all) func anAuditorsObservationIsAComplaintThatNeedsAnAnswer(store kind: TestedStore) async throws {
        try await F.on(kind) { fixture in
            try fixture.store.addUser(
                try UserAccount(name: "ana", role: .auditor, clubID: nil, municipalityID: nil),
                passwordHash: "$2b$04$" + String(repeating: "a", count: 53), createdBy: "test")
            _ = try fixture.store.addObservation(folio: F.folio, author: "ana", text: "Falta la factura del pago 3")
            let complaints = try fixture.store.oversight(folio: F.folio).complaints
            #expect(complaints.count == 1)
            #expect(complaints.first?.kind == .observation && complaints.first?.origin == .auditor && complaints.first?.answer == nil)
        }
    }

    @Test(arguments: TestedStore.all) func theContactInForceIsTheLatestOnOrBeforeTheDate(store kind: TestedStore) async throws {
        try await F.on(kind) { fixture in
            func contact(_ officer: String, _ day: String, role: AccountableContact.Role = .responsible) -> AccountableContact {
                AccountableContact(
                    role: role, office: "Obras Públicas", officer: officer, phone: "+52 1", email: nil, address: nil,
                    effectiveOn: F.date(day))
            }
            try fixture.store.addContact(contact("Ing. A", "2024-01-01"), folio: F.folio, municipalityID: nil, recordedBy: "t")
            try fixture.store.addContact(contact("Ing. B", "2025-01-01"), folio: F.folio, municipalityID: nil, recordedBy: "t")
            try fixture.store.addContact(
                contact("Lic. C", "2024-01-01", role: .comptroller), folio: nil, municipalityID: F.id("MUN"), recordedBy: "t")
            #expect(try fixture.store.allOversight(asOf: F.date("2024-06-30"))[F.folio]?.responsible?.officer == "Ing. A")
            #expect(try fixture.store.allOversight(asOf: F.date("2025-06-30"))[F.folio]?.responsible?.officer == "Ing. B")
            #expect(try fixture.store.allOversight(asOf: F.date("2025-06-30"))[F.folio]?.comptroller?.officer == "Lic. C")
            #expect(
                refusal(is: StoreError.invalid(InputError(field: "--phone", value: "", expected: .contactMeans))) {
                    try fixture.store.addContact(
                        AccountableContact(
                            role: .responsible, office: "O", officer: "P", phone: nil, email: nil, address: nil,
                            effectiveOn: F.date("2024-01-01")),
                        folio: F.folio, municipalityID: nil, recordedBy: "t")
                })
            #expect(
                refusal(is: StoreError.unknown(what: "municipality", id: "ZAC")) {
                    try fixture.store.addContact(
                        contact("X", "2024-01-01", role: .comptroller), folio: nil, municipalityID: F.id("ZAC"), recordedBy: "t")
                })
        }
    }
}
