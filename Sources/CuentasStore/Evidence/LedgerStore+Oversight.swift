import CuentasCore
import CuentasTables
import CuentasIntegrity
import Foundation
import GRDB

/// Evidence, site visits, complaints and their answers, and whom to ask: written once, sealed into the catalogue's chain
/// in the same transaction, never money.
extension LedgerStore {
    public var evidenceFolder: EvidenceFolder { EvidenceFolder(ledgerPath: path) }

    /// Attaches a file: its bytes are kept in the evidence folder first (under their hash, so a failed insert leaves at
    /// most a file no row names, never a row without its file), then the row is recorded.
    @discardableResult
    public func addEvidence(_ draft: EvidenceDraft) throws(StoreError) -> EvidenceItem {
        if let refusal = draft.refusal() { throw StoreError.oversight(refusal) }
        if draft.mediaType == .xml && draft.movementID == nil {
            throw StoreError.oversight(.invoiceWithoutPayment(fileName: draft.fileName))
        }
        let caption = try Self.checked(draft.caption, "--caption", EvidenceItem.maximumCaptionCharacters)
        let fileName = try Self.checked(draft.fileName, "FILE", TextLimits.nameCharacters)
        try writeCatalogue { db in
            try Self.requireProject(db, draft.folio)
            if let movementID = draft.movementID {
                guard
                    let movement = try MovementCursor.fetchAll(
                        db, sql: MovementColumns.selectSQL + " WHERE id = ?", arguments: [movementID]
                    ).first
                else {
                    throw StoreError.unknown(what: "movement", id: "#\(movementID)")
                }
                guard Self.folio(of: movement, db) == draft.folio else {
                    throw StoreError.oversight(.movementNotOfProject(movementID, draft.folio))
                }
            }
            if let visitID = draft.visitID {
                guard try String.fetchOne(db, sql: "SELECT folio FROM siteVisit WHERE id = ?", arguments: [visitID]) == draft.folio.text
                else {
                    throw StoreError.oversight(.visitNotOfProject(visitID, draft.folio))
                }
            }
        }
        let digest = try evidenceFolder.keep(draft.bytes)
        let checked = EvidenceDraft(
            folio: draft.folio, movementID: draft.movementID, visitID: draft.visitID, bytes: draft.bytes, mediaType: draft.mediaType,
            caption: caption, fileName: fileName, keptLocation: draft.keptLocation, invoiceCheck: draft.invoiceCheck,
            recordedBy: draft.recordedBy)
        return try writeCatalogue { db in try Self.insertEvidence(db, checked, movementID: draft.movementID, digest: digest) }
    }

    /// The row of a file already kept under `digest`, in the caller's transaction (which seals it).
    static func insertEvidence(_ db: Database, _ draft: EvidenceDraft, movementID: MovementID?, digest: String) throws -> EvidenceItem {
        let caption: String, fileName: String
        do {
            caption = try TextLimits.validated(
                draft.caption, field: "evidence_caption", maximumCharacters: EvidenceItem.maximumCaptionCharacters)
            fileName = try TextLimits.validated(draft.fileName, field: "evidence", maximumCharacters: TextLimits.nameCharacters)
        } catch {
            throw StoreError.invalid(error)
        }
        let recordedAt = ISO8601DateFormatter().string(from: Date())
        try db.execute(
            sql: """
                INSERT INTO evidence (folio, movementId, visitId, sha256, size, mediaType, caption, fileName, keptLocation, invoiceCheck,
                    recordedBy, recordedAt) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """,
            arguments: [
                draft.folio.text, movementID, draft.visitID, digest, draft.bytes.count, draft.mediaType.rawValue, caption, fileName,
                draft.keptLocation ? 1 : 0, draft.invoiceCheck, draft.recordedBy, recordedAt,
            ])
        return EvidenceItem(
            id: db.lastInsertedRowID, folio: draft.folio, movementID: movementID, visitID: draft.visitID, digest: digest,
            size: draft.bytes.count, mediaType: draft.mediaType, caption: caption, fileName: fileName, keptLocation: draft.keptLocation,
            invoiceCheck: draft.invoiceCheck, recordedBy: draft.recordedBy, recordedAt: recordedAt)
    }

    /// A movement's project: a reversal is about its target's.
    private static func folio(of movement: Movement, _ db: Database) -> Folio? {
        movement.body.folio
    }

    @discardableResult
    public func addSiteVisit(
        folio: Folio, visitedOn: CalendarDate, attendees: String, physicalPercent: Int?, remarks: String, recordedBy: String
    ) throws(StoreError) -> SiteVisit {
        let attendees = try Self.checked(attendees, "--attendees", SiteVisit.maximumAttendeesCharacters)
        let remarks = try Self.checked(remarks, "--remarks", SiteVisit.maximumRemarksCharacters, newlines: true)
        if let physicalPercent, !(0...100).contains(physicalPercent) {
            throw StoreError.invalid(InputError(field: "--percent", value: "\(physicalPercent)", expected: .percentage))
        }
        return try writeCatalogue { db in
            try Self.requireProject(db, folio)
            let recordedAt = ISO8601DateFormatter().string(from: Date())
            try db.execute(
                sql:
                    "INSERT INTO siteVisit (folio, visitedOn, attendees, physicalPercent, remarks, recordedBy, recordedAt) VALUES (?, ?, ?, ?, ?, ?, ?)",
                arguments: [folio.text, visitedOn.isoText, attendees, physicalPercent, remarks, recordedBy, recordedAt])
            return SiteVisit(
                id: db.lastInsertedRowID, folio: folio, visitedOn: visitedOn, attendees: attendees, physicalPercent: physicalPercent,
                remarks: remarks, recordedBy: recordedBy, recordedAt: recordedAt)
        }
    }

    @discardableResult
    public func addComplaint(
        folio: Folio, kind: Complaint.Kind, origin: Complaint.Origin, author: String, writtenOn: CalendarDate, text: String
    ) throws(StoreError) -> Complaint {
        let text = try Self.checked(text, "--text", Complaint.maximumCharacters, newlines: true)
        return try writeCatalogue { db in
            try Self.requireProject(db, folio)
            let recordedAt = ISO8601DateFormatter().string(from: Date())
            try db.execute(
                sql: "INSERT INTO complaint (folio, kind, origin, author, writtenOn, text, recordedAt) VALUES (?, ?, ?, ?, ?, ?, ?)",
                arguments: [folio.text, kind.rawValue, origin.rawValue, author, writtenOn.isoText, text, recordedAt])
            return Complaint(
                id: db.lastInsertedRowID, folio: folio, kind: kind, origin: origin, author: author, writtenOn: writtenOn, text: text,
                answer: nil, recordedAt: recordedAt)
        }
    }

    /// The official's answer to a complaint: once, dated no earlier than the complaint.
    public func answerComplaint(_ id: Int64, answeredOn: CalendarDate, text: String, answeredBy: String) throws(StoreError) -> Complaint {
        let text = try Self.checked(text, "--text", Complaint.maximumCharacters, newlines: true)
        try writeCatalogue { db in
            guard let row = try Row.fetchOne(db, sql: "SELECT writtenOn FROM complaint WHERE id = ?", arguments: [id]) else {
                throw StoreError.oversight(.unknownComplaint(id))
            }
            let writtenText: String = try row.stored(0, "complaint", "\(id)")
            let writtenOn = try StoredText.date(writtenText, "complaint", "\(id)")
            if answeredOn < writtenOn {
                throw StoreError.oversight(.answerBeforeComplaint(complaint: id, writtenOn: writtenOn, answeredOn: answeredOn))
            }
            if try Bool.fetchOne(db, sql: "SELECT 1 FROM complaintAnswer WHERE complaintId = ?", arguments: [id]) == true {
                throw StoreError.oversight(.alreadyAnswered(id))
            }
            try db.execute(
                sql: "INSERT INTO complaintAnswer (complaintId, answeredOn, text, answeredBy, recordedAt) VALUES (?, ?, ?, ?, ?)",
                arguments: [id, answeredOn.isoText, text, answeredBy, ISO8601DateFormatter().string(from: Date())])
        }
        guard let complaint = try read({ db in try OversightLoader.complaints(SQLiteSession(db), where: "c.id = ?", [.integer(id)]).first })
        else {
            throw StoreError.oversight(.unknownComplaint(id))
        }
        return complaint
    }

    /// Names whom to ask about a project (`.responsible`, with `folio`) or a municipality's comptroller (with
    /// `municipalityID`): a new entry, in force from `contact.effectiveOn`.
    public func addContact(_ contact: AccountableContact, folio: Folio?, municipalityID: PartyID?, recordedBy: String) throws(StoreError) {
        let office = try Self.checked(contact.office, "--office", TextLimits.nameCharacters)
        let officer = try Self.checked(contact.officer, "--officer", TextLimits.nameCharacters)
        let phone = try contact.phone.map { value throws(StoreError) in try Self.checked(value, "--phone", 40) }
        let email = try contact.email.map { value throws(StoreError) in try Self.checked(value, "--email", TextLimits.nameCharacters) }
        let address = try contact.address.map { value throws(StoreError) in try Self.checked(value, "--address", TextLimits.titleCharacters)
        }
        if phone == nil && email == nil && address == nil {
            throw StoreError.invalid(InputError(field: "--phone", value: "", expected: .contactMeans))
        }
        if let email, !email.contains("@") || email.hasPrefix("@") || email.hasSuffix("@") {
            throw StoreError.invalid(InputError(field: "--email", value: email, expected: .emailAddress))
        }
        try writeCatalogue { db in
            if let folio { try Self.requireProject(db, folio) }
            if let municipalityID,
                try String.fetchOne(db, sql: "SELECT level FROM government WHERE partyId = ?", arguments: [municipalityID.text])
                    != "municipal"
            {
                throw StoreError.unknown(what: "municipality", id: municipalityID.text)
            }
            try db.execute(
                sql: """
                    INSERT INTO accountableContact (folio, municipalityId, role, office, officer, phone, email, address, effectiveOn, recordedBy,
                        recordedAt) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """,
                arguments: [
                    folio?.text, municipalityID?.text, contact.role.rawValue, office, officer, phone, email, address,
                    contact.effectiveOn.isoText,
                    recordedBy, ISO8601DateFormatter().string(from: Date()),
                ])
        }
    }

    /// Everything beside a project's money, as of the last write.
    public func oversight(folio: Folio, asOf: CalendarDate? = nil) throws(StoreError) -> ProjectOversight {
        try read { db in try OversightLoader.project(SQLiteSession(db), folio: folio, asOf: asOf) }
    }

    /// The complaints on these projects still without an answer, oldest first.
    public func openComplaints(folios: Set<Folio>) throws(StoreError) -> [Complaint] {
        try read { db in
            let session = SQLiteSession(db)
            return try OversightLoader.complaints(
                session, where: "c.folio IN \(session.dialect.listOfTexts) AND a.complaintId IS NULL",
                [.text(SQLDialect.jsonArray(folios.sorted().map(\.text)))])
        }
    }

    /// Every project's, for a publication (only projects that have any), with what was in force `asOf`.
    public func allOversight(asOf: CalendarDate) throws(StoreError) -> [Folio: ProjectOversight] {
        try read { db in try OversightLoader.all(SQLiteSession(db), asOf: asOf) }
    }

    /// Every evidence file checked against its recorded hash: missing or altered ones named (`check`).
    public func evidenceProblems() throws(StoreError) -> [EvidenceProblem] {
        let items = try read { db in try OversightLoader.evidence(SQLiteSession(db), where: "TRUE", []) }
        return evidenceFolder.problems(of: items)
    }

    private static func requireProject(_ db: Database, _ folio: Folio) throws {
        guard try Bool.fetchOne(db, sql: "SELECT 1 FROM project WHERE folio = ?", arguments: [folio.text]) == true else {
            throw StoreError.unknown(what: "project", id: folio.text)
        }
    }

    private static func checked(_ text: String, _ field: String, _ maximum: Int, newlines: Bool = false) throws(StoreError) -> String {
        do {
            return try TextLimits.validated(text, field: field, maximumCharacters: maximum, allowsNewlines: newlines)
        } catch {
            throw StoreError.invalid(error)
        }
    }
}
