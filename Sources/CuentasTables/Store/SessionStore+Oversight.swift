import CuentasCore

/// Evidence, site visits, complaints and their answers, and whom to ask: written once, sealed into the catalogue's chain
/// in the same transaction, never money.
extension SessionStore {
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
        try reading { db in
            try Self.requireProject(db, draft.folio)
            if let movementID = draft.movementID {
                guard let movement = try StoredMovements.read(db, where: "id = ?", [.integer(movementID)]).first else {
                    throw StoreError.unknown(what: "movement", id: "#\(movementID)")
                }
                guard movement.body.folio == draft.folio else {
                    throw StoreError.oversight(.movementNotOfProject(movementID, draft.folio))
                }
            }
            if let visitID = draft.visitID {
                let folio: String? = try db.value("SELECT folio FROM siteVisit WHERE id = ?", [.integer(visitID)])
                guard folio == draft.folio.text else { throw StoreError.oversight(.visitNotOfProject(visitID, draft.folio)) }
            }
        }
        let digest = try evidenceFolder.keep(draft.bytes)
        let checked = EvidenceDraft(
            folio: draft.folio, movementID: draft.movementID, visitID: draft.visitID, bytes: draft.bytes, mediaType: draft.mediaType,
            caption: caption, fileName: fileName, keptLocation: draft.keptLocation, invoiceCheck: draft.invoiceCheck,
            recordedBy: draft.recordedBy)
        return try writingCatalogue { db in try Self.insertEvidence(db, checked, movementID: draft.movementID, digest: digest) }
    }

    /// The row of a file already kept under `digest`, in the caller's transaction (which seals it).
    static func insertEvidence(_ db: Session, _ draft: EvidenceDraft, movementID: MovementID?, digest: String) throws -> EvidenceItem {
        let caption: String, fileName: String
        do {
            caption = try TextLimits.validated(
                draft.caption, field: "evidence_caption", maximumCharacters: EvidenceItem.maximumCaptionCharacters)
            fileName = try TextLimits.validated(draft.fileName, field: "evidence", maximumCharacters: TextLimits.nameCharacters)
        } catch {
            throw StoreError.invalid(error)
        }
        let recordedAt = RecordingTime.now()
        let id = try db.nextID("evidence")
        try db.execute(
            """
            INSERT INTO evidence (id, folio, movementId, visitId, sha256, size, mediaType, caption, fileName, keptLocation, invoiceCheck,
                recordedBy, recordedAt) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """,
            [
                .integer(id), .text(draft.folio.text), .optional(movementID), .optional(draft.visitID), .text(digest),
                .integer(Int64(draft.bytes.count)), .text(draft.mediaType.rawValue), .text(caption), .text(fileName),
                .integer(draft.keptLocation ? 1 : 0), .optional(draft.invoiceCheck), .text(draft.recordedBy), .text(recordedAt),
            ])
        return EvidenceItem(
            id: id, folio: draft.folio, movementID: movementID, visitID: draft.visitID, digest: digest,
            size: draft.bytes.count, mediaType: draft.mediaType, caption: caption, fileName: fileName, keptLocation: draft.keptLocation,
            invoiceCheck: draft.invoiceCheck, recordedBy: draft.recordedBy, recordedAt: recordedAt)
    }

    /// Evidence attached to movements just recorded in the caller's write (by the index of their draft), each file kept
    /// first, then sealed with the write.
    func attach(_ evidence: [(draft: Int, evidence: EvidenceDraft)], to movementIDs: [MovementID], _ db: Session) throws {
        guard !evidence.isEmpty else { return }
        for (index, draft) in evidence where movementIDs.indices.contains(index) {
            if let refusal = draft.refusal() { throw StoreError.oversight(refusal) }
            _ = try Self.insertEvidence(db, draft, movementID: movementIDs[index], digest: try evidenceFolder.keep(draft.bytes))
        }
        try CatalogueSeals.sealNew(db)
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
        return try writingCatalogue { db in
            try Self.requireProject(db, folio)
            let recordedAt = RecordingTime.now()
            let id = try db.nextID("siteVisit")
            try db.execute(
                "INSERT INTO siteVisit (id, folio, visitedOn, attendees, physicalPercent, remarks, recordedBy, recordedAt) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                [
                    .integer(id), .text(folio.text), .text(visitedOn.isoText), .text(attendees), .optional(physicalPercent.map(Int64.init)),
                    .text(remarks), .text(recordedBy), .text(recordedAt),
                ])
            return SiteVisit(
                id: id, folio: folio, visitedOn: visitedOn, attendees: attendees, physicalPercent: physicalPercent,
                remarks: remarks, recordedBy: recordedBy, recordedAt: recordedAt)
        }
    }

    @discardableResult
    public func addComplaint(
        folio: Folio, kind: Complaint.Kind, origin: Complaint.Origin, author: String, writtenOn: CalendarDate, text: String
    ) throws(StoreError) -> Complaint {
        let text = try Self.checked(text, "--text", Complaint.maximumCharacters, newlines: true)
        return try writingCatalogue { db in
            try Self.requireProject(db, folio)
            let recordedAt = RecordingTime.now()
            let id = try Self.insertComplaint(
                db, folio: folio, kind: kind.rawValue, origin: origin.rawValue, author: author, writtenOn: writtenOn.isoText, text: text,
                recordedAt: recordedAt)
            return Complaint(
                id: id, folio: folio, kind: kind, origin: origin, author: author, writtenOn: writtenOn, text: text,
                answer: nil, recordedAt: recordedAt)
        }
    }

    static func insertComplaint(
        _ db: Session, folio: Folio, kind: String, origin: String, author: String, writtenOn: String, text: String, recordedAt: String
    ) throws -> Int64 {
        let id = try db.nextID("complaint")
        try db.execute(
            "INSERT INTO complaint (id, folio, kind, origin, author, writtenOn, text, recordedAt) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            [.integer(id), .text(folio.text), .text(kind), .text(origin), .text(author), .text(writtenOn), .text(text), .text(recordedAt)])
        return id
    }

    /// The official's answer to a complaint: once, dated no earlier than the complaint.
    public func answerComplaint(_ id: Int64, answeredOn: CalendarDate, text: String, answeredBy: String) throws(StoreError) -> Complaint {
        let text = try Self.checked(text, "--text", Complaint.maximumCharacters, newlines: true)
        try writingCatalogue { db in
            guard let writtenText: String = try db.value("SELECT writtenOn FROM complaint WHERE id = ?", [.integer(id)]) else {
                throw StoreError.oversight(.unknownComplaint(id))
            }
            let writtenOn = try StoredText.date(writtenText, "complaint", "\(id)")
            if answeredOn < writtenOn {
                throw StoreError.oversight(.answerBeforeComplaint(complaint: id, writtenOn: writtenOn, answeredOn: answeredOn))
            }
            if try db.exists("SELECT 1 FROM complaintAnswer WHERE complaintId = ?", [.integer(id)]) {
                throw StoreError.oversight(.alreadyAnswered(id))
            }
            try db.execute(
                "INSERT INTO complaintAnswer (complaintId, answeredOn, text, answeredBy, recordedAt) VALUES (?, ?, ?, ?, ?)",
                [.integer(id), .text(answeredOn.isoText), .text(text), .text(answeredBy), .text(RecordingTime.now())])
        }
        guard let complaint = try reading({ db in try OversightLoader.complaints(db, where: "c.id = ?", [.integer(id)]).first }) else {
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
        try writingCatalogue { db in
            if let folio { try Self.requireProject(db, folio) }
            if let municipalityID {
                let level: String? = try db.value("SELECT level FROM government WHERE partyId = ?", [.text(municipalityID.text)])
                guard level == "municipal" else { throw StoreError.unknown(what: "municipality", id: municipalityID.text) }
            }
            try db.execute(
                """
                INSERT INTO accountableContact (id, folio, municipalityId, role, office, officer, phone, email, address, effectiveOn,
                    recordedBy, recordedAt) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """,
                [
                    .integer(try db.nextID("accountableContact")), .optional(folio?.text), .optional(municipalityID?.text),
                    .text(contact.role.rawValue), .text(office), .text(officer), .optional(phone), .optional(email), .optional(address),
                    .text(contact.effectiveOn.isoText), .text(recordedBy), .text(RecordingTime.now()),
                ])
        }
    }

    /// Everything beside a project's money, as of the last write.
    public func oversight(folio: Folio, asOf: CalendarDate? = nil) throws(StoreError) -> ProjectOversight {
        try reading { db in try OversightLoader.project(db, folio: folio, asOf: asOf) }
    }

    /// The complaints on these projects still without an answer, oldest first.
    public func openComplaints(folios: Set<Folio>) throws(StoreError) -> [Complaint] {
        try reading { db in
            try OversightLoader.complaints(
                db, where: "c.folio IN \(db.dialect.listOfTexts) AND a.complaintId IS NULL",
                [.text(SQLDialect.jsonArray(folios.sorted().map(\.text)))])
        }
    }

    /// Every project's, for a publication (only projects that have any), with what was in force `asOf`.
    public func allOversight(asOf: CalendarDate) throws(StoreError) -> [Folio: ProjectOversight] {
        try reading { db in try OversightLoader.all(db, asOf: asOf) }
    }

    /// Every evidence file checked against its recorded hash: missing or altered ones named (`check`).
    public func evidenceProblems() throws(StoreError) -> [EvidenceProblem] {
        let items = try reading { db in try OversightLoader.evidence(db, where: "TRUE", []) }
        return evidenceFolder.problems(of: items)
    }

    static func requireProject(_ db: Session, _ folio: Folio) throws {
        try db.requireRow(table: "project", key: "folio", id: folio.text, what: "project")
    }

    static func checked(_ text: String, _ field: String, _ maximum: Int, newlines: Bool = false) throws(StoreError) -> String {
        do {
            return try TextLimits.validated(text, field: field, maximumCharacters: maximum, allowsNewlines: newlines)
        } catch {
            throw StoreError.invalid(error)
        }
    }
}
