import CuentasCore
import CuentasStatements

/// What became of a sending, in the reader's words: one place for the pages and the text statements.
enum SendingWords {
    /// "not confirmed", "in transit", "returned to the fund on … : …", "arrived short: … missing (…)", or nothing for
    /// an arrival in full.
    static func situation(_ track: SendingTrack, _ t: Translation) -> String {
        switch track.outcome {
        case .inTransit(_, let isUnconfirmed): return isUnconfirmed ? t["label.unconfirmed"] : t["label.inTransit"]
        case .returned(_, let on, let reason): return t.format("label.returnedOn", t.date(on), reason)
        case .arrived(_, _, _, _, let shortfall): return shortfall.map { shortBy($0, t) } ?? ""
        }
    }

    /// The warning a project's statement opens with for each arrival short of what was sent (`shortArrivals`): who, when,
    /// expected, received, missing and how much of it; nil for an arrival in full.
    static func shortArrivalWarning(_ arrival: ProjectStatement.Arrival, _ t: Translation) -> String? {
        guard let short = arrival.shortfall else { return nil }
        return t.format(
            "project.warningShort", arrival.party.name, t.date(arrival.date), t.money(short.expected), t.money(short.received),
            t.money(short.missing), t.percent(basisPoints: short.basisPoints))
    }

    /// "ARRIVED SHORT: MX$600.00 missing (3.52%)".
    static func shortBy(_ shortfall: Shortfall, _ t: Translation) -> String {
        t.format("label.shortBy", t.money(shortfall.missing), t.percent(basisPoints: shortfall.basisPoints))
    }
}
