import CuentasCore
import Foundation
import GRDB
import CuentasTables

/// Adding parties, projects and schemes. Each add is one transaction and refuses duplicates and dangling references.
extension LedgerStore {
    public func addFederation(_ federation: Federation) throws(StoreError) {
        try writeCatalogue { db in try insertFederation(db, federation) }
    }

    func insertFederation(_ db: Database, _ federation: Federation) throws {
        try insertParty(db, id: federation.id, kind: "federation", name: federation.name)
        try Self.execute(
            db, sql: "INSERT INTO federation (partyId, stateOfOrigin, regionAbroad) VALUES (?, ?, ?)",
            arguments: [federation.id.text, federation.stateOfOrigin, federation.regionAbroad])
    }

    public func addClub(_ club: Club) throws(StoreError) {
        try writeCatalogue { db in try insertClub(db, club) }
    }

    func insertClub(_ db: Database, _ club: Club) throws {
        if let federationID = club.federationID {
            try requireRow(db, table: "federation", key: "partyId", id: federationID.text, what: "federation")
        }
        try insertParty(db, id: club.id, kind: "club", name: club.name)
        try Self.execute(
            db,
            sql: """
                INSERT INTO club (partyId, federationId, cityAbroad, stateAbroad, countryAbroad, tomaDeNotaNumber,
                    tomaDeNotaExpiresOn, fundCurrency) VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                """,
            arguments: [
                club.id.text, club.federationID?.text, club.cityAbroad, club.stateAbroad, club.countryAbroad,
                club.tomaDeNota?.number, club.tomaDeNota?.expiresOn.isoText, club.fundCurrency.code,
            ])
        // Every club has its fund's balance row from the start, so every fund is in the table `check` compares.
        try Self.execute(db, sql: "INSERT INTO clubFundBalance (clubId) VALUES (?)", arguments: [club.id.text])
    }

    public func addGovernment(_ government: Government) throws(StoreError) {
        try writeCatalogue { db in try insertGovernment(db, government) }
    }

    func insertGovernment(_ db: Database, _ government: Government) throws {
        if let parentID = government.parentID {
            let expectedParent: GovernmentLevel = government.level == .municipal ? .state : .federal
            let level = try String.fetchOne(
                db.cachedStatement(sql: "SELECT level FROM government WHERE partyId = ?"), arguments: [parentID.text])
            guard let level else { throw StoreError.unknown(what: "government", id: parentID.text) }
            guard level == expectedParent.rawValue else {
                throw StoreError.invalid(
                    InputError(field: "parent", value: parentID.text, expected: .oneOf(["a \(expectedParent.rawValue) government"])))
            }
        }
        try insertParty(db, id: government.id, kind: "government", name: government.name)
        try Self.execute(
            db, sql: "INSERT INTO government (partyId, level, parentId, countryCode) VALUES (?, ?, ?, ?)",
            arguments: [government.id.text, government.level.rawValue, government.parentID?.text, government.countryCode])
    }

    /// Adds a member to a club and returns it with its number.
    public func addMember(clubID: PartyID, displayName: String?) throws(StoreError) -> ClubMember {
        try writeCatalogue { db in
            try requireRow(db, table: "club", key: "partyId", id: clubID.text, what: "club")
            try Self.execute(db, sql: "INSERT INTO clubMember (clubId, displayName) VALUES (?, ?)", arguments: [clubID.text, displayName])
            return ClubMember(id: db.lastInsertedRowID, clubID: clubID, displayName: displayName)
        }
    }

    public func addProject(_ project: Project) throws(StoreError) {
        try writeCatalogue { db in try insertProject(db, project) }
    }

    func insertProject(_ db: Database, _ project: Project) throws {
        if let existing = try String.fetchOne(
            db.cachedStatement(sql: "SELECT folio FROM project WHERE folio = ? COLLATE NOCASE"), arguments: [project.folio.text])
        {
            throw StoreError.duplicate(what: "project", id: existing)
        }
        let level = try String.fetchOne(
            db.cachedStatement(sql: "SELECT level FROM government WHERE partyId = ?"), arguments: [project.municipalityID.text])
        guard level == GovernmentLevel.municipal.rawValue else {
            throw StoreError.unknown(what: "municipality", id: project.municipalityID.text)
        }
        try requireRow(db, table: "party", key: "id", id: project.executingAgencyID.text, what: "executing agency")
        for clubID in project.sponsorClubIDs {
            try requireRow(db, table: "club", key: "partyId", id: clubID.text, what: "club")
        }
        try Self.execute(
            db,
            sql: """
                INSERT INTO project (folio, titleSpanish, titleEnglish, descriptionSpanish, descriptionEnglish, kind,
                    municipalityId, locality, executingAgencyId, approvedCostMinorUnits, currency, proposedOn)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """,
            arguments: [
                project.folio.text, project.title.spanish, project.title.english, project.description.spanish,
                project.description.english, project.kind.rawValue, project.municipalityID.text, project.locality,
                project.executingAgencyID.text, project.approvedCost.minorUnits, project.currency.code,
                project.proposedOn.isoText,
            ])
        for (position, clubID) in project.sponsorClubIDs.enumerated() {
            try Self.execute(
                db, sql: "INSERT INTO projectClub (folio, clubId, position) VALUES (?, ?, ?)",
                arguments: [project.folio.text, clubID.text, position + 1])
        }
        for line in project.budgetLines {
            try Self.execute(
                db, sql: "INSERT INTO budgetLine (folio, number, concept, amountMinorUnits) VALUES (?, ?, ?, ?)",
                arguments: [project.folio.text, line.number, line.concept, line.amount.minorUnits])
        }
        // Every project has its balance row (status proposed, nothing on hand) from the start.
        try Self.execute(db, sql: "INSERT INTO projectBalance (folio) VALUES (?)", arguments: [project.folio.text])
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
        try writeCatalogue { db in
            if let existing = try String.fetchOne(
                db.cachedStatement(sql: "SELECT id FROM scheme WHERE id = ? COLLATE NOCASE"), arguments: [scheme.id.text])
            {
                throw StoreError.duplicate(what: "scheme", id: existing)
            }
            try Self.execute(
                db, sql: "INSERT INTO scheme (id, definitionJSON) VALUES (?, ?)",
                arguments: [scheme.id.text, String(decoding: json, as: UTF8.self)])
        }
        return scheme
    }

    /// Adds many parties and projects in one transaction, in order: all of them, or none.
    public func addCatalogue(_ entries: [CatalogueEntry]) throws(StoreError) {
        try writeCatalogue { db in
            var index = 0
            while index < entries.count {
                // The re-programming that starts here takes every following line of the same one.
                var taken = 1
                do {
                    switch entries[index] {
                    case .federation(let federation): try insertFederation(db, federation)
                    case .club(let club): try insertClub(db, club)
                    case .government(let government): try insertGovernment(db, government)
                    case .project(let project): try insertProject(db, project)
                    case .amendment(let amendment): _ = try insertAmendment(db, amendment)
                    case .reprogramming(let first):
                        var lines = first.lines
                        while index + taken < entries.count, case .reprogramming(let next) = entries[index + taken], next.isPart(of: first)
                        {
                            lines += next.lines
                            taken += 1
                        }
                        try insertReprogramming(
                            db,
                            BudgetReprogramming(
                                folio: first.folio, effectiveOn: first.effectiveOn, lines: lines, minutes: first.minutes,
                                reason: first.reason,
                                recordedBy: first.recordedBy))
                    }
                } catch {
                    throw StoreError.catalogueInBatch(index: index, StoreError(error))
                }
                index += taken
            }
        }
    }

    private func insertParty(_ db: Database, id: PartyID, kind: String, name: String) throws {
        if let existing = try String.fetchOne(
            db.cachedStatement(sql: "SELECT id FROM party WHERE id = ? COLLATE NOCASE"), arguments: [id.text])
        {
            throw StoreError.duplicate(what: "party", id: existing)
        }
        try Self.execute(db, sql: "INSERT INTO party (id, kind, name) VALUES (?, ?, ?)", arguments: [id.text, kind, name])
    }

    func requireRow(_ db: Database, table: String, key: String, id: String, what: String) throws {
        if try Bool.fetchOne(db.cachedStatement(sql: "SELECT 1 FROM \(table) WHERE \(key) = ?"), arguments: [id]) == nil {
            throw StoreError.unknown(what: what, id: id)
        }
    }

    /// Runs one write through SQLite's compiled-statement cache: a catalogue import runs the same few statements for
    /// every row, and compiling them anew each time was half of a 40,000-project import.
    static func execute(_ db: Database, sql: String, arguments: StatementArguments) throws {
        try db.cachedStatement(sql: sql).execute(arguments: arguments)
    }
}
