import CuentasCore

/// Reads evidence, visits, complaints with their answers and contacts back from either store, checking every value as
/// it reads (a damaged row becomes a `DamagedRow`, never a trap). Conditions are written with `?` for each value.
public enum OversightLoader {
    public static func project(_ db: some LedgerSession, folio: Folio, asOf: CalendarDate?) throws -> ProjectOversight {
        let municipality = try db.rows("SELECT municipalityId FROM project WHERE folio = ?", [.text(folio.text)]).first?.text(at: 0)
        let contacts = try self.contacts(
            db, where: "(folio = ? OR municipalityId = ?)", [.text(folio.text), municipality.map(ColumnValue.text) ?? .null],
            asOf: asOf)
        return ProjectOversight(
            folio: folio, evidence: try evidence(db, where: "folio = ?", [.text(folio.text)]),
            visits: try visits(db, where: "folio = ?", [.text(folio.text)]),
            complaints: try complaints(db, where: "c.folio = ?", [.text(folio.text)]),
            responsible: contacts.responsible[folio], comptroller: municipality.flatMap { contacts.comptroller[$0] })
    }

    /// Every project that has evidence, a visit, a complaint or a contact, or whose municipality has a comptroller.
    public static func all(_ db: some LedgerSession, asOf: CalendarDate) throws -> [Folio: ProjectOversight] {
        let evidence = Dictionary(grouping: try self.evidence(db, where: "TRUE", []), by: \.folio)
        let visits = Dictionary(grouping: try self.visits(db, where: "TRUE", []), by: \.folio)
        let complaints = Dictionary(grouping: try self.complaints(db, where: "TRUE", []), by: \.folio)
        let contacts = try self.contacts(db, where: "TRUE", [], asOf: asOf)
        var all: [Folio: ProjectOversight] = [:]
        for row in try db.rows("SELECT folio, municipalityId FROM project") {
            let folio: Folio = try row.storedIdentifier(0, "project", "?")
            let municipality: PartyID = try row.storedIdentifier(1, "project", folio.text)
            let oversight = ProjectOversight(
                folio: folio, evidence: evidence[folio] ?? [], visits: visits[folio] ?? [], complaints: complaints[folio] ?? [],
                responsible: contacts.responsible[folio], comptroller: contacts.comptroller[municipality.text])
            if oversight != .none(folio) { all[folio] = oversight }
        }
        return all
    }

    public static func evidence(_ db: some LedgerSession, where condition: String, _ arguments: [ColumnValue]) throws -> [EvidenceItem] {
        try db.rows(
            """
            SELECT id, folio, movementId, visitId, sha256, size, mediaType, caption, fileName, keptLocation, invoiceCheck, recordedBy,
                recordedAt FROM evidence WHERE \(condition) ORDER BY id
            """, arguments
        ).map { row in
            let id: Int64 = try row.stored(0, "evidence", "?")
            let mediaText: String = try row.stored(6, "evidence", "\(id)")
            guard let mediaType = EvidenceMediaType(rawValue: mediaText) else {
                throw DamagedRow(table: "evidence", id: "\(id)", detail: "mediaType \(mediaText)")
            }
            let keptLocation: Int64 = try row.stored(9, "evidence", "\(id)")
            return EvidenceItem(
                id: id, folio: try row.storedIdentifier(1, "evidence", "\(id)"), movementID: try row.storedOptional(2, "evidence", "\(id)"),
                visitID: try row.storedOptional(3, "evidence", "\(id)"), digest: try row.stored(4, "evidence", "\(id)"),
                size: try row.stored(5, "evidence", "\(id)"), mediaType: mediaType, caption: try row.stored(7, "evidence", "\(id)"),
                fileName: try row.stored(8, "evidence", "\(id)"), keptLocation: keptLocation == 1,
                invoiceCheck: try row.storedOptional(10, "evidence", "\(id)"), recordedBy: try row.stored(11, "evidence", "\(id)"),
                recordedAt: try row.stored(12, "evidence", "\(id)"))
        }
    }

    public static func visits(_ db: some LedgerSession, where condition: String, _ arguments: [ColumnValue]) throws -> [SiteVisit] {
        try db.rows(
            """
            SELECT id, folio, visitedOn, attendees, physicalPercent, remarks, recordedBy, recordedAt FROM siteVisit
            WHERE \(condition) ORDER BY visitedOn, id
            """, arguments
        ).map { row in
            let id: Int64 = try row.stored(0, "siteVisit", "?")
            let percent: Int64? = try row.storedOptional(4, "siteVisit", "\(id)")
            return SiteVisit(
                id: id, folio: try row.storedIdentifier(1, "siteVisit", "\(id)"), visitedOn: try row.storedDate(2, "siteVisit", "\(id)"),
                attendees: try row.stored(3, "siteVisit", "\(id)"), physicalPercent: percent.map { Int($0) },
                remarks: try row.stored(5, "siteVisit", "\(id)"), recordedBy: try row.stored(6, "siteVisit", "\(id)"),
                recordedAt: try row.stored(7, "siteVisit", "\(id)"))
        }
    }

    public static func complaints(_ db: some LedgerSession, where condition: String, _ arguments: [ColumnValue]) throws -> [Complaint] {
        try db.rows(
            """
            SELECT c.id, c.folio, c.kind, c.origin, c.author, c.writtenOn, c.text, c.recordedAt, a.answeredOn, a.text, a.answeredBy
            FROM complaint c LEFT JOIN complaintAnswer a ON a.complaintId = c.id WHERE \(condition) ORDER BY c.writtenOn, c.id
            """, arguments
        ).map { row in
            let id: Int64 = try row.stored(0, "complaint", "?")
            let kindText: String = try row.stored(2, "complaint", "\(id)")
            let originText: String = try row.stored(3, "complaint", "\(id)")
            guard let kind = Complaint.Kind(rawValue: kindText), let origin = Complaint.Origin(rawValue: originText) else {
                throw DamagedRow(table: "complaint", id: "\(id)", detail: "kind \(kindText), origin \(originText)")
            }
            var answer: Complaint.Answer?
            if !row.isNull(at: 8) {
                answer = Complaint.Answer(
                    answeredOn: try row.storedDate(8, "complaintAnswer", "\(id)"), text: try row.stored(9, "complaintAnswer", "\(id)"),
                    answeredBy: try row.stored(10, "complaintAnswer", "\(id)"))
            }
            return Complaint(
                id: id, folio: try row.storedIdentifier(1, "complaint", "\(id)"), kind: kind, origin: origin,
                author: try row.stored(4, "complaint", "\(id)"), writtenOn: try row.storedDate(5, "complaint", "\(id)"),
                text: try row.stored(6, "complaint", "\(id)"), answer: answer, recordedAt: try row.stored(7, "complaint", "\(id)"))
        }
    }

    /// The contacts in force `asOf` (the latest effective on or before it; all of them when nil): each project's
    /// responsible office and each municipality's comptroller.
    public static func contacts(
        _ db: some LedgerSession, where condition: String, _ arguments: [ColumnValue], asOf: CalendarDate?
    ) throws -> (responsible: [Folio: AccountableContact], comptroller: [String: AccountableContact]) {
        var responsible: [Folio: AccountableContact] = [:]
        var comptroller: [String: AccountableContact] = [:]
        let rows = try db.rows(
            """
            SELECT id, folio, municipalityId, role, office, officer, phone, email, address, effectiveOn FROM accountableContact
            WHERE \(condition) ORDER BY effectiveOn, id
            """, arguments)
        for row in rows {
            let id: Int64 = try row.stored(0, "accountableContact", "?")
            let roleText: String = try row.stored(3, "accountableContact", "\(id)")
            guard let role = AccountableContact.Role(rawValue: roleText) else {
                throw DamagedRow(table: "accountableContact", id: "\(id)", detail: "role \(roleText)")
            }
            let effectiveOn = try row.storedDate(9, "accountableContact", "\(id)")
            if let asOf, effectiveOn > asOf { continue }
            let contact = AccountableContact(
                role: role, office: try row.stored(4, "accountableContact", "\(id)"),
                officer: try row.stored(5, "accountableContact", "\(id)"),
                phone: try row.storedOptional(6, "accountableContact", "\(id)"),
                email: try row.storedOptional(7, "accountableContact", "\(id)"),
                address: try row.storedOptional(8, "accountableContact", "\(id)"), effectiveOn: effectiveOn)
            if let folio: Folio = try row.storedOptionalIdentifier(1, "accountableContact", "\(id)") { responsible[folio] = contact }
            if let municipality: String = try row.storedOptional(2, "accountableContact", "\(id)") { comptroller[municipality] = contact }
        }
        return (responsible, comptroller)
    }
}
