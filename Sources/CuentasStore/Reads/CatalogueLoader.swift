import CuentasCore
import Foundation
import GRDB

/// Reads the reference data back into domain values.
enum CatalogueLoader {
    /// Every entry; with `onlyProjects`, every party and scheme but only those projects (one project's figures, or a
    /// recording about a few projects, need no other, and a national catalogue has tens of thousands); with
    /// `onlyClubs`, only those clubs, the clubs that sponsor the projects read, and their members (a donation recorded on
    /// a national ledger read 4,000 clubs to use one). Columns are read by position:
    /// looking each one up by name was a fifth of the time of recording one donation.
    static func load(
        _ db: Database, onlyProjects: Set<Folio>? = nil, onlyClubs: Set<PartyID>? = nil
    ) throws -> Catalogue {
        var catalogue = Catalogue()
        for row in try Row.fetchAll(db, sql: "SELECT p.id, p.name, f.stateOfOrigin, f.regionAbroad FROM federation f JOIN party p ON p.id = f.partyId") {
            let id = PartyID(trusted: row[0])
            catalogue.federations[id] = Federation(id: id, name: row[1], stateOfOrigin: row[2], regionAbroad: row[3])
        }
        try loadProjects(db, into: &catalogue, only: onlyProjects)
        var clubs = onlyClubs
        if clubs != nil { for project in catalogue.projects.values { clubs!.formUnion(project.sponsorClubIDs) } }
        let clubFilter = clubs == nil ? "" : " WHERE c.partyId IN (SELECT value FROM json_each(?))"
        let clubArguments: StatementArguments = clubs.map { [LedgerStore.jsonArray($0.map(\.text))] } ?? []
        let clubColumns = "p.id, p.name, c.federationId, c.cityAbroad, c.stateAbroad, c.countryAbroad, c.tomaDeNotaNumber, c.tomaDeNotaExpiresOn, c.fundCurrency"
        for row in try Row.fetchAll(
            db, sql: "SELECT \(clubColumns) FROM club c JOIN party p ON p.id = c.partyId" + clubFilter, arguments: clubArguments)
        {
            let id = PartyID(trusted: row[0])
            var tomaDeNota: TomaDeNota?
            if let number: String = row[6], let expires: String = row[7] {
                tomaDeNota = TomaDeNota(number: number, expiresOn: try date(expires, "club", id.text))
            }
            catalogue.clubs[id] = Club(
                id: id, name: row[1], federationID: (row[2] as String?).map(PartyID.init(trusted:)),
                cityAbroad: row[3], stateAbroad: row[4], countryAbroad: row[5],
                tomaDeNota: tomaDeNota, fundCurrency: try currency(row[8], "club", id.text))
        }
        for row in try Row.fetchAll(db, sql: "SELECT p.id, p.name, g.level, g.parentId, g.countryCode FROM government g JOIN party p ON p.id = g.partyId") {
            let id = PartyID(trusted: row[0])
            guard let level = GovernmentLevel(rawValue: row[2]) else {
                throw StoreError.corruptRow(table: "government", id: id.text, detail: "level")
            }
            catalogue.governments[id] = Government(
                id: id, name: row[1], level: level, parentID: (row[3] as String?).map(PartyID.init(trusted:)), countryCode: row[4])
        }
        let memberFilter = clubs == nil ? "" : " WHERE clubId IN (SELECT value FROM json_each(?))"
        for row in try Row.fetchAll(db, sql: "SELECT id, clubId, displayName FROM clubMember" + memberFilter, arguments: clubArguments) {
            let id: Int64 = row[0]
            catalogue.members[id] = ClubMember(id: id, clubID: PartyID(trusted: row[1]), displayName: row[2])
        }
        for row in try Row.fetchAll(db, sql: "SELECT id, definitionJSON FROM scheme") {
            let json: String = row[1]
            do {
                let scheme = try SchemeFile.scheme(fromJSON: Data(json.utf8))
                catalogue.schemes[scheme.id] = scheme
            } catch {
                throw StoreError.corruptRow(table: "scheme", id: row[0], detail: error.explanation(in: .english))
            }
        }
        return catalogue
    }

    private static func loadProjects(_ db: Database, into catalogue: inout Catalogue, only: Set<Folio>?) throws {
        let filter = only == nil ? "" : " WHERE folio IN (SELECT value FROM json_each(?))"
        let arguments: StatementArguments = only.map { [LedgerStore.jsonArray($0.map(\.text))] } ?? []
        // Columns are read by position: a national catalogue has tens of thousands of projects, and looking each column
        // up by name was most of the time of loading it.
        var clubsByFolio: [String: [PartyID]] = [:]
        for row in try Row.fetchAll(db, sql: "SELECT folio, clubId FROM projectClub\(filter) ORDER BY folio, position", arguments: arguments) {
            clubsByFolio[row[0], default: []].append(PartyID(trusted: row[1]))
        }
        var linesByFolio: [String: [(Int, String, Int64)]] = [:]
        for row in try Row.fetchAll(
            db, sql: "SELECT folio, number, concept, amountMinorUnits FROM budgetLine\(filter) ORDER BY folio, number", arguments: arguments)
        {
            linesByFolio[row[0], default: []].append((row[1], row[2], row[3]))
        }
        let columns = """
            folio, currency, approvedCostMinorUnits, kind, titleSpanish, titleEnglish, descriptionSpanish, descriptionEnglish,
            municipalityId, locality, executingAgencyId, proposedOn
            """
        for row in try Row.fetchAll(db, sql: "SELECT \(columns) FROM project\(filter)", arguments: arguments) {
            let folioText: String = row[0]
            let folio = Folio(trusted: folioText)
            let currencyCode = try currency(row[1], "project", folioText)
            let cost = Money(minorUnits: row[2], currency: currencyCode)
            let lines = (linesByFolio[folioText] ?? []).map {
                BudgetLine(number: $0.0, concept: $0.1, amount: Money(minorUnits: $0.2, currency: currencyCode))
            }
            guard let kind = ProjectKind(rawValue: row[3]), let clubs = clubsByFolio[folioText],
                lines.reduce(Int64(0), { $0 + $1.amount.minorUnits }) == cost.minorUnits
            else { throw StoreError.corruptRow(table: "project", id: folioText, detail: "kind, clubs or budget lines") }
            catalogue.projects[folio] = Project(
                folio: folio, title: LocalizedText(spanish: row[4], english: row[5]),
                description: LocalizedText(spanish: row[6], english: row[7]),
                kind: kind, municipalityID: PartyID(trusted: row[8]), locality: row[9],
                sponsorClubIDs: clubs, executingAgencyID: PartyID(trusted: row[10]),
                approvedCost: cost, budgetLines: lines, proposedOn: try date(row[11], "project", folioText))
        }
    }

    static func date(_ text: String, _ table: String, _ id: String) throws -> CalendarDate {
        do { return try CalendarDate(parsing: text, field: "date") } catch {
            throw StoreError.corruptRow(table: table, id: id, detail: "date \(text)")
        }
    }

    static func currency(_ text: String, _ table: String, _ id: String) throws -> CurrencyCode {
        do { return try CurrencyCode(text) } catch {
            throw StoreError.corruptRow(table: table, id: id, detail: "currency \(text)")
        }
    }
}
