import CuentasCore

/// Projects an official registers in the app: a club named as a sponsor that sponsors nothing else in the project's
/// municipality is only proposed, until its treasurer accepts (`SponsorshipProposal`).
extension SessionStore {
    /// Adds the project, proposed by `official`; returns the clubs whose treasurers must accept before any pledge of
    /// theirs is recorded (empty when every club already sponsors a project in that municipality).
    @discardableResult
    public func proposeProject(_ project: Project, by official: String) throws(StoreError) -> [PartyID] {
        try writingCatalogue { db in
            // Asked before the project is added: the clubs that already sponsor a project in this municipality (a
            // proposal not yet accepted does not count).
            var awaiting: [PartyID] = []
            for club in project.sponsorClubIDs {
                let known = try db.exists(
                    """
                    SELECT 1 FROM projectClub pc JOIN project p ON p.folio = pc.folio
                    WHERE pc.clubId = ? AND p.municipalityId = ?
                        AND NOT EXISTS (SELECT 1 FROM sponsorshipProposal sp WHERE sp.folio = pc.folio AND sp.clubId = pc.clubId
                            AND NOT EXISTS (SELECT 1 FROM sponsorshipAcceptance sa WHERE sa.folio = sp.folio AND sa.clubId = sp.clubId))
                    """, [.text(club.text), .text(project.municipalityID.text)])
                if !known { awaiting.append(club) }
            }
            do {
                try Self.insertProject(db, project)
            } catch {
                throw StoreError.catalogueInBatch(index: 0, storeError(error))
            }
            for club in awaiting {
                try db.execute(
                    "INSERT INTO sponsorshipProposal (folio, clubId, proposedBy) VALUES (?, ?, ?)",
                    [.text(project.folio.text), .text(club.text), .text(official)])
            }
            return awaiting
        }
    }

    /// The treasurer of `club` accepts sponsoring `folio`: from the next movement on, the club's money may be pledged.
    public func acceptSponsorship(folio: Folio, club: PartyID, by treasurer: String) throws(StoreError) {
        try writingCatalogue { db in
            let key: [ColumnValue] = [.text(folio.text), .text(club.text)]
            guard try db.exists("SELECT 1 FROM sponsorshipProposal WHERE folio = ? AND clubId = ?", key) else {
                throw StoreError.unknown(what: "proposal", id: "\(folio.text)/\(club.text)")
            }
            if try db.exists("SELECT 1 FROM sponsorshipAcceptance WHERE folio = ? AND clubId = ?", key) {
                throw StoreError.duplicate(what: "acceptance", id: "\(folio.text)/\(club.text)")
            }
            let last: Int64 = try db.value("SELECT coalesce(max(id), 0) FROM movement") ?? 0
            try db.execute(
                "INSERT INTO sponsorshipAcceptance (folio, clubId, acceptedBy, acceptedAfterMovement) VALUES (?, ?, ?, ?)",
                key + [.text(treasurer), .integer(last)])
        }
    }

    /// The proposals naming `club`, oldest first (in the order they were sealed), with whether each was accepted.
    public func proposals(naming club: PartyID) throws(StoreError) -> [SponsorshipProposal] {
        try reading { db in
            try db.rows(
                """
                SELECT p.folio, p.proposedBy, a.acceptedAfterMovement FROM sponsorshipProposal p
                LEFT JOIN sponsorshipAcceptance a ON a.folio = p.folio AND a.clubId = p.clubId
                LEFT JOIN catalogueSeal s ON s.entity = 'sponsorshipProposal' AND s.key = p.folio || '/' || p.clubId
                WHERE p.clubId = ? ORDER BY s.number, p.folio
                """, [.text(club.text)]
            ).map { row in
                let folio: Folio = try row.storedIdentifier(0, "sponsorshipProposal", club.text)
                return SponsorshipProposal(
                    folio: folio, clubID: club, proposedBy: try row.stored(1, "sponsorshipProposal", folio.text),
                    acceptedAfter: try row.storedOptional(2, "sponsorshipAcceptance", folio.text))
            }
        }
    }
}
