import CuentasCore
import Foundation
import GRDB
import CuentasTables

/// Amendments of a club's registration: renewals of its toma de nota, added beside the club and sealed with the
/// catalogue.
extension LedgerStore {
    /// Records a renewal. Refused: an unknown club, or a renewal whose registration number the club already had (the
    /// same renewal typed twice).
    public func renewClub(_ renewal: ClubRenewal) throws(StoreError) {
        try writeCatalogue { db in
            try requireRow(db, table: "club", key: "partyId", id: renewal.clubID.text, what: "club")
            let number = renewal.tomaDeNota.number
            let known =
                try Bool.fetchOne(
                    db,
                    sql: """
                        SELECT 1 FROM club WHERE partyId = ? AND tomaDeNotaNumber = ?
                        UNION ALL SELECT 1 FROM clubRenewal WHERE clubId = ? AND tomaDeNotaNumber = ?
                        """, arguments: [renewal.clubID.text, number, renewal.clubID.text, number]) ?? false
            if known { throw StoreError.duplicate(what: "toma de nota", id: number) }
            try Self.execute(
                db,
                sql: """
                    INSERT INTO clubRenewal (clubId, tomaDeNotaNumber, effectiveOn, expiresOn, reason, recordedBy, recordedAt)
                    VALUES (?, ?, ?, ?, ?, ?, ?)
                    """,
                arguments: [
                    renewal.clubID.text, number, renewal.effectiveOn.isoText, renewal.tomaDeNota.expiresOn.isoText, renewal.reason,
                    renewal.recordedBy, ISO8601DateFormatter().string(from: Date()),
                ])
        }
    }
}
