import CuentasCore

/// The feeds a migrant follows a town or a club by: the latest movements on its projects (for a club, also on its
/// fund), newest first, each said in words (`MovementInWords`, for the public) with a link to the page that shows it.
/// Movements are never edited, so an entry never changes; a correction is a new entry (the reversal).
struct AreaFeed {
    /// A feed reader keeps what it has read; a feed needs only the recent entries.
    static let maximumEntries = 30

    let state: LedgerState
    let asOf: CalendarDate
    /// Where the feed's links lead: the site's address (or the way up from the feed to the site's root) and, for a
    /// signed site, the publication's folder. The root's copy of the feeds is the one subscribed to.
    let pagesBase: String
    let baseURL: String?

    func municipality(_ id: PartyID, _ t: Translation) -> AtomFeed {
        let folios = state.municipalityFolios[id] ?? []
        let ids = folios.flatMap { state.projectMovementIDs[$0] ?? [] }
        return feed(
            path: SitePath.municipalityFeed(id, t.language), page: SitePath.municipality(id, t.language),
            title: "\(t["site.name"]) · \(state.catalogue.partyName(id))", movements: ids, t)
    }

    func club(_ id: PartyID, _ t: Translation) -> AtomFeed {
        let folios = state.sponsoredFolios[id] ?? []
        let ids = Set((state.clubMovementIDs[id] ?? []) + folios.flatMap { state.projectMovementIDs[$0] ?? [] })
        return feed(
            path: SitePath.clubFeed(id, t.language), page: SitePath.club(id, t.language),
            title: "\(t["site.name"]) · \(state.catalogue.partyName(id))", movements: Array(ids), t)
    }

    private func feed(path: String, page: String, title: String, movements: [MovementID], _ t: Translation) -> AtomFeed {
        let latest = movements.sorted(by: >).prefix(Self.maximumEntries)
        let entries = latest.compactMap { id -> AtomFeed.Entry? in
            guard let movement = state.movements[id] else { return nil }
            let target = movement.body.folio.map { SitePath.project($0, t.language) } ?? page
            let what = MovementInWords.what(movement, catalogue: state.catalogue, t, forPublic: true)
            return AtomFeed.Entry(
                id: AtomFeed.stableID("cuentas-movement:\(baseURL ?? ""):\(id)"), title: what.prefix(1).uppercased() + what.dropFirst(),
                updated: movement.occurredOn, link: pagesBase + target,
                summary: MovementInWords.sentence(movement, catalogue: state.catalogue, t, forPublic: true))
        }
        return AtomFeed(
            id: AtomFeed.stableID("cuentas-feed:\(baseURL ?? ""):\(path)"), title: title, language: t.language,
            alternate: pagesBase + page, selfLink: baseURL.map { $0 + path }, author: t["site.name"], entries: entries, asOf: asOf)
    }
}
