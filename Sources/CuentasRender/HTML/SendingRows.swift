import CuentasCore
import CuentasStatements

/// Sendings not confirmed on arrival as the pages list them: when, who, through whom, how much, for how long, and
/// whether flagged or returned. One place for the project's, the club's and the municipality's pages.
enum SendingRows {
    static func rows(
        _ tracks: [SendingTrack], names: [PartyReference], projectHref: ((Folio) -> String)? = nil, _ t: Translation
    ) -> [[String: Any]] {
        tracks.map { track in
            var row: [String: Any] = [
                "id": track.movementID, "date": t.date(track.sentOn), "club": name(of: track.sending.clubID, among: names),
                "folio": track.sending.folio.text, "provider": track.sending.provider, "sent": t.money(track.sending.sent),
                "reference": track.sending.reference,
            ]
            if let projectHref { row["projectHref"] = projectHref(track.sending.folio) }
            row["situation"] = SendingWords.situation(track, t)
            row["flagged"] = track.isUnconfirmed || track.shortfall != nil
            if case .inTransit(let days, _) = track.outcome { row["days"] = "\(days)" } else { row["days"] = "" }
            return row
        }
    }

    /// A club's name among the references a statement carries; its identifier when it is not there.
    static func name(of club: PartyID, among names: [PartyReference]) -> String {
        names.first { $0.id == club }?.name ?? club.text
    }
}
