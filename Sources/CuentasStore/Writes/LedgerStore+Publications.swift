import CuentasCore
import CuentasTables
import CuentasIntegrity
import Foundation
import GRDB

/// A signed publication as the ledger keeps it: the manifest's essentials and the hash of every file.
public struct PublicationRecord: Sendable, Equatable {
    public let number: Int
    public let publishedOn: CalendarDate
    public let asOf: CalendarDate
    public let signerName: String
    /// The signer's Ed25519 public key, base64. The private key is never stored.
    public let publicKey: String
    public let ledgerMovements: Int64
    public let ledgerHeadHash: String
    public let manifestSHA256: String
    public let signature: String

    public init(
        number: Int, publishedOn: CalendarDate, asOf: CalendarDate, signerName: String, publicKey: String, ledgerMovements: Int64,
        ledgerHeadHash: String, manifestSHA256: String, signature: String
    ) {
        self.number = number
        self.publishedOn = publishedOn
        self.asOf = asOf
        self.signerName = signerName
        self.publicKey = publicKey
        self.ledgerMovements = ledgerMovements
        self.ledgerHeadHash = ledgerHeadHash
        self.manifestSHA256 = manifestSHA256
        self.signature = signature
    }
}

extension LedgerStore {
    /// Every publication, in order.
    public func publications() throws(StoreError) -> [PublicationRecord] {
        try read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM publication ORDER BY number").map { row in
                let number: Int = try row.stored("number", "publication", "?")
                let id = "\(number)"
                return PublicationRecord(
                    number: number,
                    publishedOn: try StoredText.date(try row.stored("publishedOn", "publication", id), "publication", id),
                    asOf: try StoredText.date(try row.stored("asOf", "publication", id), "publication", id),
                    signerName: try row.stored("signerName", "publication", id), publicKey: try row.stored("publicKey", "publication", id),
                    ledgerMovements: try row.stored("ledgerMovements", "publication", id),
                    ledgerHeadHash: try row.stored("ledgerHeadHash", "publication", id),
                    manifestSHA256: try row.stored("manifestSHA256", "publication", id),
                    signature: try row.stored("signature", "publication", id))
            }
        }
    }

    /// Records a publication and the hash of each of its files, in one transaction. Its number must be the next one.
    public func recordPublication(_ publication: PublicationRecord, files: [String: String]) throws(StoreError) {
        try write { db in
            let last = try Int.fetchOne(db, sql: "SELECT max(number) FROM publication") ?? 0
            guard publication.number == last + 1 else { throw StoreError.duplicate(what: "publication", id: "\(publication.number)") }
            try db.execute(
                sql: """
                    INSERT INTO publication (number, publishedOn, asOf, signerName, publicKey, ledgerMovements, ledgerHeadHash,
                        manifestSHA256, signature) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """,
                arguments: [
                    publication.number, publication.publishedOn.isoText, publication.asOf.isoText, publication.signerName,
                    publication.publicKey, publication.ledgerMovements, publication.ledgerHeadHash, publication.manifestSHA256,
                    publication.signature,
                ])
            let insert = try db.cachedStatement(sql: "INSERT INTO publicationFile (publication, path, sha256) VALUES (?, ?, ?)")
            for (path, hash) in files.sorted(by: { $0.key < $1.key }) {
                try insert.execute(arguments: [publication.number, path, hash])
            }
        }
    }
}
