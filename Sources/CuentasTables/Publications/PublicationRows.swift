import CuentasCore

/// The signed publications a ledger records, read and written the same way on both stores.
public enum PublicationRows {
    /// Every publication, in order.
    public static func all(_ db: some LedgerSession) throws -> [PublicationRecord] {
        try db.rows(
            """
            SELECT number, publishedOn, asOf, signerName, publicKey, ledgerMovements, ledgerHeadHash, manifestSHA256, signature
            FROM publication ORDER BY number
            """
        ).map { row in
            let number: Int = try row.stored(0, "publication", "?")
            let id = "\(number)"
            return PublicationRecord(
                number: number, publishedOn: try row.storedDate(1, "publication", id), asOf: try row.storedDate(2, "publication", id),
                signerName: try row.stored(3, "publication", id), publicKey: try row.stored(4, "publication", id),
                ledgerMovements: try row.stored(5, "publication", id), ledgerHeadHash: try row.stored(6, "publication", id),
                manifestSHA256: try row.stored(7, "publication", id), signature: try row.stored(8, "publication", id))
        }
    }

    /// Records a publication and the hash of each of its files, in the caller's transaction. Its number must be the
    /// next one.
    public static func record(_ db: some LedgerSession, _ publication: PublicationRecord, files: [String: String]) throws {
        let last = try db.rows("SELECT max(number) FROM publication").first?.integer(at: 0) ?? 0
        guard publication.number == last + 1 else { throw StoreError.duplicate(what: "publication", id: "\(publication.number)") }
        try db.execute(
            """
            INSERT INTO publication (number, publishedOn, asOf, signerName, publicKey, ledgerMovements, ledgerHeadHash,
                manifestSHA256, signature) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
            """,
            [
                .integer(Int64(publication.number)), .text(publication.publishedOn.isoText), .text(publication.asOf.isoText),
                .text(publication.signerName), .text(publication.publicKey), .integer(publication.ledgerMovements),
                .text(publication.ledgerHeadHash), .text(publication.manifestSHA256), .text(publication.signature),
            ])
        for (path, hash) in files.sorted(by: { $0.key < $1.key }) {
            try db.execute(
                "INSERT INTO publicationFile (publication, path, sha256) VALUES (?, ?, ?)",
                [.integer(Int64(publication.number)), .text(path), .text(hash)])
        }
    }

    /// Every publication whose last movement is gone or changed. The chain is checked movement by movement, so a head
    /// that still matches proves every movement before it is as published. `last`: the ledger's last movement.
    public static func lostHeads(_ db: some LedgerSession, last: MovementID) throws -> [LostPublicationHead] {
        let rows = try db.rows(
            """
            SELECT p.number, p.ledgerMovements, p.ledgerHeadHash, m.hash FROM publication p
            LEFT JOIN movement m ON m.id = p.ledgerMovements WHERE p.ledgerMovements > 0 ORDER BY p.number
            """)
        return try rows.compactMap { row in
            let number: Int = try row.stored(0, "publication", "?")
            let movements: Int64 = try row.stored(1, "publication", "\(number)")
            let published: String = try row.stored(2, "publication", "\(number)")
            let stored: String? = try row.storedOptional(3, "movement", "#\(movements)")
            guard stored != published else { return nil }
            return LostPublicationHead(
                publication: number, movements: movements, publishedHash: published, storedHash: stored, lastMovement: last)
        }
    }
}
