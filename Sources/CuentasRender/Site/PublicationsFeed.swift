import CuentasCore

extension HTMLRenderer {
    /// The feed of a signed site's publications, newest first: each says its number, date, signer and key, and leads
    /// to that publication's index. Written at the site's root beside the history of publications.
    public func publicationsFeed(
        _ publications: [PublicationSummary], language: Language, baseURL: String?, publishedOn: CalendarDate
    ) -> AtomFeed {
        let t = translations[language]!
        let entries = publications.sorted { $0.number > $1.number }.map { publication in
            AtomFeed.Entry(
                id: AtomFeed.stableID("cuentas-publication:\(baseURL ?? ""):\(publication.number)"),
                title: t.format("feed.publicationTitle", "\(publication.number)", t.date(publication.publishedOn)),
                updated: publication.publishedOn, link: (baseURL ?? "") + "versions/\(publication.number)/" + SitePath.index(language),
                summary: t.format(
                    "footer.publication", "\(publication.number)", t.date(publication.publishedOn), publication.signer,
                    publication.fingerprint))
        }
        return AtomFeed(
            id: AtomFeed.stableID("cuentas-feed:\(baseURL ?? ""):publications"), title: t.format("feed.publications", t["site.name"]),
            language: language, alternate: (baseURL ?? "") + "index.html",
            selfLink: baseURL.map { $0 + SitePath.publicationsFeed(language) },
            author: t["site.name"], entries: entries, asOf: publishedOn)
    }
}
