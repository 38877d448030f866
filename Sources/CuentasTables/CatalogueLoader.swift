import CuentasCore
import Foundation

/// Reads the reference data back into domain values, from either store.
public enum CatalogueLoader {
    /// Every entry; with `onlyProjects`, every party and scheme but only those projects (one project's figures, or a
    /// recording about a few projects, need no other, and a national catalogue has tens of thousands); with
    /// `onlyClubs`, only those clubs, the clubs that sponsor the projects read, and their members (a donation recorded on
    /// a national ledger read 4,000 clubs to use one). Columns are read by position:
    /// looking each one up by name was a fifth of the time of recording one donation.
    /// `shared`: the federations, governments and schemes as the store keeps them; read here when not given.
    public static func load(
        _ db: some LedgerSession, onlyProjects: Set<Folio>? = nil, onlyClubs: Set<PartyID>? = nil, shared: SharedCatalogueParts? = nil
    ) throws -> Catalogue {
        var catalogue = Catalogue()
        let parts = try shared ?? sharedParts(db)
        catalogue.federations = parts.federations
        catalogue.governments = parts.governments
        catalogue.schemes = parts.schemes
        try loadProjects(db, into: &catalogue, only: onlyProjects)
        var clubs = onlyClubs
        if clubs != nil { for project in catalogue.projects.values { clubs!.formUnion(project.sponsorClubIDs) } }
        let clubFilter = clubs == nil ? "" : " WHERE c.partyId IN " + db.dialect.listOfTexts
        let clubArguments: [ColumnValue] = clubs.map { [.text(SQLDialect.jsonArray($0.map(\.text)))] } ?? []
        let clubColumns =
            "p.id, p.name, c.federationId, c.cityAbroad, c.stateAbroad, c.countryAbroad, c.tomaDeNotaNumber, c.tomaDeNotaExpiresOn, c.fundCurrency"
        for row in try db.rows("SELECT \(clubColumns) FROM club c JOIN party p ON p.id = c.partyId" + clubFilter, clubArguments) {
            let id: PartyID = try row.storedIdentifier(0, "club", "?")
            var tomaDeNota: TomaDeNota?
            if let number: String = try row.storedOptional(6, "club", id.text),
                let expires: String = try row.storedOptional(7, "club", id.text)
            {
                tomaDeNota = TomaDeNota(number: number, expiresOn: try StoredText.date(expires, "club", id.text))
            }
            catalogue.clubs[id] = Club(
                id: id, name: try row.stored(1, "party", id.text), federationID: try row.storedOptionalIdentifier(2, "club", id.text),
                cityAbroad: try row.stored(3, "club", id.text), stateAbroad: try row.stored(4, "club", id.text),
                countryAbroad: try row.stored(5, "club", id.text),
                tomaDeNota: tomaDeNota, fundCurrency: try StoredText.currency(try row.stored(8, "club", id.text), "club", id.text))
        }
        let memberFilter = clubs == nil ? "" : " WHERE clubId IN " + db.dialect.listOfTexts
        // A ledger opened read-only before v13 has no renewals table; it has no renewals either.
        if try db.hasTable("clubRenewal") {
            for row in try db.rows(
                "SELECT id, clubId, tomaDeNotaNumber, effectiveOn, expiresOn, reason, recordedBy FROM clubRenewal"
                    + memberFilter + " ORDER BY id", clubArguments)
            {
                let id: Int64 = try row.stored(0, "clubRenewal", "?")
                let club: PartyID = try row.storedIdentifier(1, "clubRenewal", "\(id)")
                let effectiveOn = try StoredText.date(try row.stored(3, "clubRenewal", "\(id)"), "clubRenewal", "\(id)")
                let expiresOn = try StoredText.date(try row.stored(4, "clubRenewal", "\(id)"), "clubRenewal", "\(id)")
                guard effectiveOn <= expiresOn else {
                    throw DamagedRow(table: "clubRenewal", id: "\(id)", detail: "expiresOn before effectiveOn")
                }
                catalogue.renewals[club, default: []].append(
                    ClubRenewal(
                        clubID: club, tomaDeNota: TomaDeNota(number: try row.stored(2, "clubRenewal", "\(id)"), expiresOn: expiresOn),
                        effectiveOn: effectiveOn, reason: try row.stored(5, "clubRenewal", "\(id)"),
                        recordedBy: try row.stored(6, "clubRenewal", "\(id)")))
            }
        }
        try AmendmentLoader.apply(
            db, to: &catalogue, shared: parts, partialProjects: onlyProjects != nil, partialClubs: clubs != nil)
        for row in try db.rows("SELECT id, clubId, displayName FROM clubMember" + memberFilter, clubArguments) {
            let id: Int64 = try row.stored(0, "clubMember", "?")
            catalogue.members[id] = ClubMember(
                id: id, clubID: try row.storedIdentifier(1, "clubMember", "\(id)"), displayName: try row.stored(2, "clubMember", "\(id)"))
        }
        return catalogue
    }

    /// The parts every partial read needs whole: federations, governments and schemes.
    public static func sharedParts(_ db: some LedgerSession) throws -> SharedCatalogueParts {
        var parts = SharedCatalogueParts()
        for row in try db.rows("SELECT p.id, p.name, f.stateOfOrigin, f.regionAbroad FROM federation f JOIN party p ON p.id = f.partyId") {
            let id: PartyID = try row.storedIdentifier(0, "federation", "?")
            parts.federations[id] = Federation(
                id: id, name: try row.stored(1, "party", id.text), stateOfOrigin: try row.stored(2, "federation", id.text),
                regionAbroad: try row.stored(3, "federation", id.text))
        }
        for row in try db.rows("SELECT p.id, p.name, g.level, g.parentId, g.countryCode FROM government g JOIN party p ON p.id = g.partyId")
        {
            let id: PartyID = try row.storedIdentifier(0, "government", "?")
            let parentID: PartyID? = try row.storedOptionalIdentifier(3, "government", id.text)
            guard let level = GovernmentLevel(rawValue: try row.stored(2, "government", id.text)), (level == .federal) == (parentID == nil)
            else {
                throw DamagedRow(table: "government", id: id.text, detail: "level and parent")
            }
            parts.governments[id] = Government(
                id: id, name: try row.stored(1, "party", id.text), level: level, parentID: parentID,
                countryCode: try row.stored(4, "government", id.text))
        }
        parts.amendments = try AmendmentLoader.amendments(db, of: [.federation, .government], keys: nil)
        parts.clubsOrProjectsAmended =
            try db.exists("SELECT 1 FROM catalogueAmendment WHERE entity IN ('club', 'project')")
        parts.budgetsReprogrammed = try db.exists("SELECT 1 FROM budgetReprogramming")
        for row in try db.rows("SELECT id, definitionJSON FROM scheme") {
            let id: String = try row.stored(0, "scheme", "?")
            let json: String = try row.stored(1, "scheme", id)
            do {
                let scheme = try SchemeFile.scheme(fromJSON: Data(json.utf8))
                parts.schemes[scheme.id] = scheme
            } catch {
                throw DamagedRow(table: "scheme", id: id, detail: error.explanation(in: .english))
            }
        }
        return parts
    }

    private static func loadProjects<Session: LedgerSession>(_ db: Session, into catalogue: inout Catalogue, only: Set<Folio>?) throws {
        let filter = only == nil ? "" : " WHERE folio IN " + db.dialect.listOfTexts
        let arguments: [ColumnValue] = only.map { [.text(SQLDialect.jsonArray($0.map(\.text)))] } ?? []
        // Columns are read by position: a national catalogue has tens of thousands of projects, and looking each column
        // up by name was most of the time of loading it.
        var clubsByFolio: [String: [PartyID]] = [:]
        for row in try db.rows("SELECT folio, clubId FROM projectClub\(filter) ORDER BY folio, position", arguments) {
            let folio: String = try row.stored(0, "projectClub", "?")
            clubsByFolio[folio, default: []].append(try row.storedIdentifier(1, "projectClub", folio))
        }
        var linesByFolio: [String: [Session.Columns]] = [:]
        for row in try db.rows(
            "SELECT folio, number, concept, amountMinorUnits FROM budgetLine\(filter) ORDER BY folio, number", arguments
        ) {
            linesByFolio[try row.stored(0, "budgetLine", "?"), default: []].append(row)
        }
        let columns = """
            folio, currency, approvedCostMinorUnits, kind, titleSpanish, titleEnglish, descriptionSpanish, descriptionEnglish,
            municipalityId, locality, executingAgencyId, proposedOn
            """
        let proposalFilter = only == nil ? "" : " WHERE p.folio IN " + db.dialect.listOfTexts
        for row in try db.rows(
            """
            SELECT p.folio, p.clubId, p.proposedBy, a.acceptedAfterMovement FROM sponsorshipProposal p
            LEFT JOIN sponsorshipAcceptance a ON a.folio = p.folio AND a.clubId = p.clubId\(proposalFilter)
            """, arguments)
        {
            let folio: Folio = try row.storedIdentifier(0, "sponsorshipProposal", "?")
            let club: PartyID = try row.storedIdentifier(1, "sponsorshipProposal", folio.text)
            catalogue.proposals[folio, default: [:]][club] = SponsorshipProposal(
                folio: folio, clubID: club, proposedBy: try row.stored(2, "sponsorshipProposal", folio.text),
                acceptedAfter: try row.storedOptional(3, "sponsorshipAcceptance", folio.text))
        }
        for row in try db.rows("SELECT \(columns) FROM project\(filter)", arguments) {
            let folio: Folio = try row.storedIdentifier(0, "project", "?")
            let folioText = folio.text
            let currencyCode = try StoredText.currency(try row.stored(1, "project", folioText), "project", folioText)
            let cost = try row.storedMoney(2, currencyCode, "project", folioText, positive: true)
            var lines: [BudgetLine] = []
            for line in linesByFolio[folioText] ?? [] {
                let number: Int = try line.stored(1, "budgetLine", folioText)
                guard number == lines.count + 1 else {
                    throw DamagedRow(table: "budgetLine", id: folioText, detail: "number \(number)")
                }
                lines.append(
                    BudgetLine(
                        number: number, concept: try line.stored(2, "budgetLine", folioText),
                        amount: try line.storedMoney(3, currencyCode, "budgetLine", "\(folioText) \(number)", positive: true)))
            }
            guard let kind = ProjectKind(rawValue: try row.stored(3, "project", folioText)), let clubs = clubsByFolio[folioText],
                MoneyTotal(summing: lines.map(\.amount), currency: currencyCode) == MoneyTotal(cost)
            else { throw DamagedRow(table: "project", id: folioText, detail: "kind, clubs or budget lines") }
            catalogue.projects[folio] = Project(
                folio: folio,
                title: LocalizedText(spanish: try row.stored(4, "project", folioText), english: try row.stored(5, "project", folioText)),
                description: LocalizedText(
                    spanish: try row.stored(6, "project", folioText), english: try row.stored(7, "project", folioText)),
                kind: kind, municipalityID: try row.storedIdentifier(8, "project", folioText),
                locality: try row.stored(9, "project", folioText),
                sponsorClubIDs: clubs, executingAgencyID: try row.storedIdentifier(10, "project", folioText),
                approvedCost: cost, budgetLines: lines,
                proposedOn: try StoredText.date(try row.stored(11, "project", folioText), "project", folioText)
            )
        }
    }
}
