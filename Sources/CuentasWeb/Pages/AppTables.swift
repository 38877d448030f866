import CuentasCore
import CuentasRender

/// Tables more than one page shows: projects with their figures, and the latest movements with who recorded them.
enum AppTables {
    static func projects(_ folios: [Folio], _ state: LedgerState, _ t: Translation) -> AppTable {
        let today = CalendarDate.today()
        return AppTable(
            caption: t["app.projects"],
            headers: [
                t["label.folio"], t["app.title"], t["app.status"], t["app.approvedCost"], t["app.received"], t["app.paid"],
                t["app.physical"],
            ],
            rows: folios.compactMap { folio in
                guard let account = state.projects[folio] else { return nil }
                let figures = ProjectFigures(account: account, catalogue: state.catalogue, asOf: today)
                return AppTable.Row(cells: [
                    .init(text: folio.text, href: "/app/projects/\(folio.text)"), .init(text: figures.title.text(in: t.language)),
                    .init(text: t.status(figures.status)), .init(text: t.money(figures.approvedCost)),
                    .init(text: t.money(figures.totalReceived)),
                    .init(text: t.money(figures.totalPaid)), .init(text: figures.physicalProgressPercent.map { t.percent($0) } ?? "—"),
                ])
            }, emptyText: t["app.none"])
    }

    /// How many movements a page lists as its recent ones.
    static let recentCount = 10

    /// The last ten movements among `ids`, newest first, with who recorded each.
    static func recentMovements(_ ids: [MovementID], _ state: LedgerState, _ t: Translation) -> AppTable {
        recentMovements(ids.sorted().suffix(recentCount).reversed().compactMap { state.movements[$0] }, t)
    }

    /// Movements as a page lists them, in the order given, with their amounts and who recorded each.
    static func recentMovements(_ movements: [Movement], _ t: Translation) -> AppTable {
        AppTable(
            caption: t["app.recentMovements"],
            headers: ["#", t["app.date"], t["app.kind"], t["app.amount"], t["app.recordedBy"], t["app.note"]],
            rows: movements.map { movement in
                AppTable.Row(cells: [
                    .init(text: "\(movement.id)"), .init(text: t.date(movement.occurredOn)), .init(text: t.movement(movement.body.kind)),
                    .init(text: movement.body.amount(transfer: .sent).map(t.money) ?? ""),
                    .init(text: movement.recordedBy), .init(text: movement.note),
                ])
            }, emptyText: t["app.none"])
    }

    /// Sendings in transit with their age: a treasurer's own, an official's to confirm. Flagged past
    /// `TransitRule.unconfirmedAfterDays`.
    static func sendingsInTransit(_ tracks: [SendingTrack], catalogue: Catalogue, _ t: Translation) -> AppTable {
        AppTable(
            caption: t["app.inTransit"],
            headers: ["#", t["app.date"], t["column.club"], t["label.folio"], t["app.amount"], t["app.provider"], t["app.daysInTransit"]],
            rows: tracks.map { track in
                var days = ""
                if case .inTransit(let count, let isUnconfirmed) = track.outcome {
                    days = "\(count)" + (isUnconfirmed ? " · " + t["label.unconfirmed"] : "")
                }
                return AppTable.Row(cells: [
                    .init(text: "\(track.movementID)"), .init(text: t.date(track.sentOn)),
                    .init(text: catalogue.clubs[track.sending.clubID]?.name ?? track.sending.clubID.text),
                    .init(text: track.sending.folio.text, href: "/app/projects/\(track.sending.folio.text)"),
                    .init(text: t.money(track.sending.sent)), .init(text: track.sending.provider), .init(text: days),
                ])
            }, emptyText: t["app.none"])
    }
}
