import CuentasCore
import GRDB
import CuentasTables

/// Projects an official registers in the app: a club named as a sponsor that sponsors nothing else in the project's
/// municipality is only proposed, until its treasurer accepts (`SponsorshipProposal`).
extension LedgerStore {
    /// Adds the project, proposed by `official`; returns the clubs whose treasurers must accept before any pledge of
    /// theirs is recorded (empty when every club already sponsors a project in that municipality).
    @discardableResult
    public func proposeProject(_ project: Project, by official: String) throws(StoreError) -> [PartyID] {
        try writeCatalogue { db in
            // Asked before the project is added: the clubs that already sponsor a project in this municipality (a
            // proposal not yet accepted does not count).
            var awaiting: [PartyID] = []
            for club in project.sponsorClubIDs {
                let known =
                    try Bool.fetchOne(
                        db.cachedStatement(
                            sql: """
                                SELECT 1 FROM projectClub pc JOIN project p ON p.folio = pc.folio
                                WHERE pc.clubId = ? AND p.municipalityId = ?
                                    AND NOT EXISTS (SELECT 1 FROM sponsorshipProposal sp WHERE sp.folio = pc.folio AND sp.clubId = pc.clubId
                                        AND NOT EXISTS (SELECT 1 FROM sponsorshipAcceptance sa WHERE sa.folio = sp.folio AND sa.clubId = sp.clubId))
                                LIMIT 1
                                """), arguments: [club.text, project.municipalityID.text]) ?? false
                if !known { awaiting.append(club) }
            }
            do {
                try insertProject(db, project)
            } catch {
                throw StoreError.catalogueInBatch(index: 0, StoreError(error))
            }
            for club in awaiting {
                try db.cachedStatement(sql: "INSERT INTO sponsorshipProposal (folio, clubId, proposedBy) VALUES (?, ?, ?)")
                    .execute(arguments: [project.folio.text, club.text, official])
            }
            return awaiting
        }
    }

    /// The treasurer of `club` accepts sponsoring `folio`: from the next movement on, the club's money may be pledged.
    public func acceptSponsorship(folio: Folio, club: PartyID, by treasurer: String) throws(StoreError) {
        try writeCatalogue { db in
            guard
                try Bool.fetchOne(
                    db, sql: "SELECT 1 FROM sponsorshipProposal WHERE folio = ? AND clubId = ?", arguments: [folio.text, club.text]) == true
            else { throw StoreError.unknown(what: "proposal", id: "\(folio.text)/\(club.text)") }
            if try Bool.fetchOne(
                db, sql: "SELECT 1 FROM sponsorshipAcceptance WHERE folio = ? AND clubId = ?", arguments: [folio.text, club.text]) == true
            {
                throw StoreError.duplicate(what: "acceptance", id: "\(folio.text)/\(club.text)")
            }
            let last = try MovementID.fetchOne(db, sql: "SELECT ifnull(max(id), 0) FROM movement") ?? 0
            try db.execute(
                sql: "INSERT INTO sponsorshipAcceptance (folio, clubId, acceptedBy, acceptedAfterMovement) VALUES (?, ?, ?, ?)",
                arguments: [folio.text, club.text, treasurer, last])
        }
    }

    /// The proposals naming `club`, oldest first, with whether each was accepted.
    public func proposals(naming club: PartyID) throws(StoreError) -> [SponsorshipProposal] {
        try read { db in
            try Row.fetchAll(
                db,
                sql: """
                    SELECT p.folio, p.proposedBy, a.acceptedAfterMovement FROM sponsorshipProposal p
                    LEFT JOIN sponsorshipAcceptance a ON a.folio = p.folio AND a.clubId = p.clubId
                    WHERE p.clubId = ? ORDER BY p.rowid
                    """, arguments: [club.text]
            ).map { row in
                let folio: Folio = try row.storedIdentifier(0, "sponsorshipProposal", club.text)
                return SponsorshipProposal(
                    folio: folio, clubID: club, proposedBy: try row.stored(1, "sponsorshipProposal", folio.text),
                    acceptedAfter: try row.storedOptional(2, "sponsorshipAcceptance", folio.text))
            }
        }
    }
}
