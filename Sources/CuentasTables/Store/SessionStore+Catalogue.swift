import CuentasCore
import Foundation

/// Adding parties, projects and schemes. Each add is one transaction and refuses duplicates and dangling references.
extension SessionStore {
    public func addFederation(_ federation: Federation) throws(StoreError) {
        try writingCatalogue { db in try Self.insertFederation(db, federation) }
    }

    static func insertFederation(_ db: Session, _ federation: Federation) throws {
        try insertParty(db, id: federation.id, kind: "federation", name: federation.name)
        try db.execute(
            "INSERT INTO federation (partyId, stateOfOrigin, regionAbroad) VALUES (?, ?, ?)",
            [.text(federation.id.text), .text(federation.stateOfOrigin), .text(federation.regionAbroad)])
    }

    public func addClub(_ club: Club) throws(StoreError) {
        try writingCatalogue { db in try Self.insertClub(db, club) }
    }

    static func insertClub(_ db: Session, _ club: Club) throws {
        if let federationID = club.federationID {
            try db.requireRow(table: "federation", key: "partyId", id: federationID.text, what: "federation")
        }
        try insertParty(db, id: club.id, kind: "club", name: club.name)
        try db.execute(
            """
            INSERT INTO club (partyId, federationId, cityAbroad, stateAbroad, countryAbroad, tomaDeNotaNumber,
                tomaDeNotaExpiresOn, fundCurrency) VALUES (?, ?, ?, ?, ?, ?, ?, ?)
            """,
            [
                .text(club.id.text), .optional(club.federationID?.text), .text(club.cityAbroad), .text(club.stateAbroad),
                .text(club.countryAbroad), .optional(club.tomaDeNota?.number), .optional(club.tomaDeNota?.expiresOn.isoText),
                .text(club.fundCurrency.code),
            ])
        // Every club has its fund's balance row from the start, so every fund is in the table `check` compares.
        try db.execute("INSERT INTO clubFundBalance (clubId) VALUES (?)", [.text(club.id.text)])
    }

    public func addGovernment(_ government: Government) throws(StoreError) {
        try writingCatalogue { db in try Self.insertGovernment(db, government) }
    }

    static func insertGovernment(_ db: Session, _ government: Government) throws {
        if let parentID = government.parentID {
            let expectedParent: GovernmentLevel = government.level == .municipal ? .state : .federal
            let level: String? = try db.value("SELECT level FROM government WHERE partyId = ?", [.text(parentID.text)])
            guard let level else { throw StoreError.unknown(what: "government", id: parentID.text) }
            guard level == expectedParent.rawValue else {
                throw StoreError.invalid(
                    InputError(field: "parent", value: parentID.text, expected: .oneOf(["a \(expectedParent.rawValue) government"])))
            }
        }
        try insertParty(db, id: government.id, kind: "government", name: government.name)
        try db.execute(
            "INSERT INTO government (partyId, level, parentId, countryCode) VALUES (?, ?, ?, ?)",
            [
                .text(government.id.text), .text(government.level.rawValue), .optional(government.parentID?.text),
                .text(government.countryCode),
            ])
    }

    /// Adds a member to a club and returns it with its number.
    public func addMember(clubID: PartyID, displayName: String?) throws(StoreError) -> ClubMember {
        try writingCatalogue { db in
            try db.requireRow(table: "club", key: "partyId", id: clubID.text, what: "club")
            let id = try db.nextID("clubMember")
            try db.execute(
                "INSERT INTO clubMember (id, clubId, displayName) VALUES (?, ?, ?)",
                [.integer(id), .text(clubID.text), .optional(displayName)])
            return ClubMember(id: id, clubID: clubID, displayName: displayName)
        }
    }

    public func addProject(_ project: Project) throws(StoreError) {
        try writingCatalogue { db in try Self.insertProject(db, project) }
    }

    static func insertProject(_ db: Session, _ project: Project) throws {
        if let existing = try db.sameKey(table: "project", key: "folio", as: project.folio.text) {
            throw StoreError.duplicate(what: "project", id: existing)
        }
        let level: String? = try db.value("SELECT level FROM government WHERE partyId = ?", [.text(project.municipalityID.text)])
        guard level == GovernmentLevel.municipal.rawValue else {
            throw StoreError.unknown(what: "municipality", id: project.municipalityID.text)
        }
        try db.requireRow(table: "party", key: "id", id: project.executingAgencyID.text, what: "executing agency")
        for clubID in project.sponsorClubIDs {
            try db.requireRow(table: "club", key: "partyId", id: clubID.text, what: "club")
        }
        try db.execute(
            """
            INSERT INTO project (folio, titleSpanish, titleEnglish, descriptionSpanish, descriptionEnglish, kind,
                municipalityId, locality, executingAgencyId, approvedCostMinorUnits, currency, proposedOn)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """,
            [
                .text(project.folio.text), .text(project.title.spanish), .text(project.title.english), .text(project.description.spanish),
                .text(project.description.english), .text(project.kind.rawValue), .text(project.municipalityID.text),
                .text(project.locality), .text(project.executingAgencyID.text), .integer(project.approvedCost.minorUnits),
                .text(project.currency.code), .text(project.proposedOn.isoText),
            ])
        for (position, clubID) in project.sponsorClubIDs.enumerated() {
            try db.execute(
                "INSERT INTO projectClub (folio, clubId, position) VALUES (?, ?, ?)",
                [.text(project.folio.text), .text(clubID.text), .integer(Int64(position + 1))])
        }
        for line in project.budgetLines {
            try db.execute(
                "INSERT INTO budgetLine (folio, number, concept, amountMinorUnits) VALUES (?, ?, ?, ?)",
                [.text(project.folio.text), .integer(Int64(line.number)), .text(line.concept), .integer(line.amount.minorUnits)])
        }
        // Every project has its balance row (status proposed, nothing on hand) from the start.
        try db.execute("INSERT INTO projectBalance (folio) VALUES (?)", [.text(project.folio.text)])
    }

    /// Adds a matching scheme from its JSON file text; the text is kept as given, so the rule used stays on record.
    @discardableResult
    public func addScheme(json: Data) throws(StoreError) -> MatchingScheme {
        let scheme: MatchingScheme
        do {
            scheme = try SchemeFile.scheme(fromJSON: json)
        } catch {
            throw StoreError.scheme(error)
        }
        try writingCatalogue { db in
            if let existing = try db.sameKey(table: "scheme", key: "id", as: scheme.id.text) {
                throw StoreError.duplicate(what: "scheme", id: existing)
            }
            try db.execute(
                "INSERT INTO scheme (id, definitionJSON) VALUES (?, ?)",
                [.text(scheme.id.text), .text(String(decoding: json, as: UTF8.self))])
        }
        return scheme
    }

    /// Adds many parties and projects in one transaction, in order: all of them, or none.
    public func addCatalogue(_ entries: [CatalogueEntry]) throws(StoreError) {
        try writingCatalogue { db in
            var index = 0
            while index < entries.count {
                // The re-programming that starts here takes every following line of the same one.
                var taken = 1
                do {
                    switch entries[index] {
                    case .federation(let federation): try Self.insertFederation(db, federation)
                    case .club(let club): try Self.insertClub(db, club)
                    case .government(let government): try Self.insertGovernment(db, government)
                    case .project(let project): try Self.insertProject(db, project)
                    case .amendment(let amendment): _ = try Self.insertAmendment(db, amendment)
                    case .reprogramming(let first):
                        var lines = first.lines
                        while index + taken < entries.count, case .reprogramming(let next) = entries[index + taken], next.isPart(of: first)
                        {
                            lines += next.lines
                            taken += 1
                        }
                        try Self.insertReprogramming(
                            db,
                            BudgetReprogramming(
                                folio: first.folio, effectiveOn: first.effectiveOn, lines: lines, minutes: first.minutes,
                                reason: first.reason, recordedBy: first.recordedBy))
                    }
                } catch {
                    throw StoreError.catalogueInBatch(index: index, storeError(error))
                }
                index += taken
            }
        }
    }

    /// Records a renewal of a club's toma de nota. Refused: an unknown club, or a renewal whose registration number the
    /// club already had (the same renewal typed twice).
    public func renewClub(_ renewal: ClubRenewal) throws(StoreError) {
        try writingCatalogue { db in
            try db.requireRow(table: "club", key: "partyId", id: renewal.clubID.text, what: "club")
            let number = renewal.tomaDeNota.number
            let known = try db.exists(
                """
                SELECT 1 FROM club WHERE partyId = ? AND tomaDeNotaNumber = ?
                UNION ALL SELECT 1 FROM clubRenewal WHERE clubId = ? AND tomaDeNotaNumber = ?
                """, [.text(renewal.clubID.text), .text(number), .text(renewal.clubID.text), .text(number)])
            if known { throw StoreError.duplicate(what: "toma de nota", id: number) }
            try db.execute(
                """
                INSERT INTO clubRenewal (id, clubId, tomaDeNotaNumber, effectiveOn, expiresOn, reason, recordedBy, recordedAt)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                """,
                [
                    .integer(try db.nextID("clubRenewal")), .text(renewal.clubID.text), .text(number), .text(renewal.effectiveOn.isoText),
                    .text(renewal.tomaDeNota.expiresOn.isoText), .text(renewal.reason), .text(renewal.recordedBy),
                    .text(RecordingTime.now()),
                ])
        }
    }

    private static func insertParty(_ db: Session, id: PartyID, kind: String, name: String) throws {
        if let existing = try db.sameKey(table: "party", key: "id", as: id.text) {
            throw StoreError.duplicate(what: "party", id: existing)
        }
        try db.execute("INSERT INTO party (id, kind, name) VALUES (?, ?, ?)", [.text(id.text), .text(kind), .text(name)])
    }
}
