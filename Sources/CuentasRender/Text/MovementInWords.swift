import CuentasCore

/// A movement said in words, as the person who recorded it reads it back (the web app) and as a feed announces it:
/// who, what, how much, for which project or club, and the date ("Movimiento #12, del 3 dic 2026: donativo de USD
/// 125.50 al fondo de Club A."). Said `forPublic`, a member's donation names no member and a scholarship's payment
/// no student, as the published statements do.
public enum MovementInWords {
    public static func sentence(_ movement: Movement, catalogue: Catalogue, _ t: Translation, forPublic: Bool = false) -> String {
        t.format(
            "words.movement", "\(movement.id)", t.date(movement.occurredOn),
            what(movement.body, catalogue: catalogue, t, forPublic: forPublic),
            movement.recordedBy)
    }

    /// What the movement does, without its number, date and recorder: a feed entry's title.
    public static func what(_ movement: Movement, catalogue: Catalogue, _ t: Translation, forPublic: Bool) -> String {
        what(movement.body, catalogue: catalogue, t, forPublic: forPublic)
    }

    private static func what(_ body: MovementBody, catalogue: Catalogue, _ t: Translation, forPublic: Bool) -> String {
        func project(_ folio: Folio) -> String {
            guard let title = catalogue.projects[folio]?.title.text(in: t.language) else { return folio.text }
            return "\(folio.text) (\(title))"
        }
        switch body {
        case .pledge(let pledge):
            return t.format("words.pledge", t.money(pledge.amount), catalogue.partyName(pledge.partyID), project(pledge.folio))
        case .deposit(let deposit):
            return t.format(
                "words.deposit", t.money(deposit.remittance.received), catalogue.partyName(deposit.partyID), project(deposit.folio))
        case .donation(let donation):
            let giver: String
            switch donation.source {
            case .member where forPublic: giver = t["words.aMember"]
            case .member(let id?):
                giver = catalogue.members[id]?.displayName ?? t.format("app.anonymousMember", "\(id)")
            case .member(nil): giver = t.format("app.anonymousMember", "?")
            case .event(let name): giver = t.format("words.event", name)
            }
            return t.format("words.donation", t.money(donation.amount), catalogue.partyName(donation.clubID), giver)
        case .transfer(let transfer):
            return t.format(
                "words.transfer", t.money(transfer.remittance.sent), catalogue.partyName(transfer.clubID), project(transfer.folio),
                t.money(transfer.remittance.received))
        case .payment(let payment):
            let shown = forPublic ? PublishedPayee(payment, of: catalogue.projects[payment.folio]?.kind).payee : payment.payee
            let payee = shown ?? t["words.aStudent"]
            return t.format("words.payment", t.money(payment.amount), payee, "\(payment.budgetLine)", project(payment.folio))
        case .refund(let refund):
            return t.format("words.refund", t.money(refund.amount), catalogue.partyName(refund.partyID), project(refund.folio))
        case .progress(let report):
            return t.format("words.progress", t.percent(report.physicalPercent), project(report.folio))
        case .status(let change):
            return t.format("words.status", project(change.folio), t.status(change.status))
        case .reversal(let reversal):
            return t.format("words.reversal", "\(reversal.movementID)")
        case .sending(let sending):
            return t.format(
                "words.sending", t.money(sending.sent), catalogue.partyName(sending.clubID), project(sending.folio), sending.provider)
        case .arrival(let arrival):
            return t.format(
                "words.arrival", t.money(arrival.received), "\(arrival.sendingID)", catalogue.partyName(arrival.clubID),
                project(arrival.folio))
        case .returned(let returned):
            return t.format("words.returned", "\(returned.sendingID)", t.money(returned.sent), catalogue.partyName(returned.clubID))
        }
    }
}
