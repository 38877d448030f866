import CuentasCore
import CuentasStatements

/// The statements as XML in the project's namespace (`Templates/Files/xml/cuentas-statement-1.xsd`): amounts as exact
/// decimals with a currency attribute, dates ISO 8601, text people wrote in both languages with `xml:lang`.
public enum StatementXML {
    public static let namespace = "urn:cuentas-claras:statement:1"
    public static let schemaFileName = "cuentas-statement-1.xsd"

    public static func project(_ statement: ProjectStatement) -> String {
        let xml = opened("projectStatement", ("folio", statement.folio.text), asOf: statement.asOf)
        xml.attribute("kind", statement.kind.rawValue)
        xml.attribute("status", statement.status.rawValue)
        if let scheme = statement.schemeID { xml.attribute("scheme", scheme.text) }
        if let end = statement.plannedEndOn { xml.attribute("plannedEnd", end.isoText) }
        localized(xml, "title", statement.title)
        localized(xml, "description", statement.description)
        party(xml, "municipality", statement.municipality)
        xml.element("locality", statement.locality)
        for club in statement.clubs { party(xml, "club", club) }
        party(xml, "executingAgency", statement.executingAgency)
        money(xml, "approvedCost", statement.approvedCost)
        xml.element("statusHistory") {
            for step in statement.statusHistory {
                xml.element("step") {
                    xml.attribute("status", step.status.rawValue)
                    xml.attribute("date", step.date.isoText)
                    if let session = step.sessionDate { xml.attribute("sessionDate", session.isoText) }
                    if let reference = step.reference { xml.element("reference", reference) }
                    if let reason = step.reason { xml.element("reason", reason) }
                }
            }
        }
        xml.element("sources") {
            for source in statement.sources {
                xml.element("source") {
                    if let since = source.outstandingSince { xml.attribute("outstandingSince", since.isoText) }
                    if let days = source.daysOutstanding { xml.attribute("daysOutstanding", "\(days)") }
                    xml.attribute("late", source.isLate ? "true" : "false")
                    party(xml, "party", source.party)
                    money(xml, "committed", source.committed)
                    money(xml, "received", source.received)
                    money(xml, "refunded", source.refunded)
                    money(xml, "outstanding", source.outstanding)
                }
            }
        }
        xml.element("arrivals") {
            for arrival in statement.arrivals {
                xml.element("arrival") {
                    entry(xml, arrival.movementID, arrival.date, arrival.reversal)
                    xml.attribute("fromClubFund", arrival.fromClubFund ? "true" : "false")
                    if let sentOn = arrival.sentOn { xml.attribute("sentOn", sentOn.isoText) }
                    if let provider = arrival.provider { xml.attribute("provider", provider) }
                    party(xml, "party", arrival.party)
                    money(xml, "sent", arrival.sent)
                    money(xml, "fee", arrival.fee)
                    if let cost = arrival.exchangeCost { money(xml, "exchangeCost", cost) }
                    xml.element("exchangeRate", arrival.exchangeRate.description)
                    xml.element("rateSource", arrival.rateSource)
                    money(xml, "received", arrival.received)
                    xml.element("reference", arrival.reference)
                    shortfall(xml, arrival.shortfall)
                }
            }
        }
        if !statement.sendings.isEmpty {
            xml.element("sendings") {
                for track in statement.sendings { sending(xml, track) }
            }
        }
        xml.element("uses") {
            for use in statement.uses {
                xml.element("budgetLine") {
                    xml.attribute("number", "\(use.number)")
                    xml.element("concept", use.concept)
                    // Only a re-programmed line has an approved amount other than its budget.
                    if use.approved != use.budgeted { money(xml, "approved", use.approved) }
                    money(xml, "budgeted", use.budgeted)
                    money(xml, "paid", use.paid)
                    money(xml, "remaining", use.remaining)
                    for payment in use.payments {
                        xml.element("payment") {
                            entry(xml, payment.movementID, payment.date, payment.reversal)
                            xml.element("payee", payment.payee)
                            if let taxID = payment.payeeTaxID { xml.element("payeeTaxId", taxID) }
                            xml.element("concept", payment.concept)
                            money(xml, "amount", payment.amount)
                            if let invoice = payment.invoiceUUID { xml.element("invoiceUuid", invoice) }
                            if let reason = payment.overrunReason { xml.element("overrunReason", reason) }
                        }
                    }
                }
            }
        }
        xml.element("refunds") {
            for refund in statement.refunds {
                xml.element("refund") {
                    entry(xml, refund.movementID, refund.date, refund.reversal)
                    party(xml, "party", refund.party)
                    money(xml, "amount", refund.amount)
                    xml.element("reference", refund.reference)
                }
            }
        }
        xml.element("progress") {
            for point in statement.progress {
                xml.element("report") {
                    entry(xml, point.movementID, point.date, point.reversal)
                    xml.attribute("physicalPercent", "\(point.physicalPercent)")
                    xml.element("note", point.note)
                }
            }
        }
        corrections(xml, statement.corrections)
        xml.element("totals") {
            xml.attribute("financialProgressPercent", percent(statement.totals.financialProgressBasisPoints))
            if let physical = statement.totals.physicalProgressPercent { xml.attribute("physicalProgressPercent", "\(physical)") }
            xml.attribute("progressDiverges", statement.totals.progressDiverges ? "true" : "false")
            money(xml, "committed", statement.totals.committed)
            money(xml, "received", statement.totals.received)
            money(xml, "paid", statement.totals.paid)
            money(xml, "refunded", statement.totalRefunded)
            money(xml, "outstanding", statement.totals.outstanding)
            money(xml, "balanceOnHand", statement.totals.balanceOnHand)
        }
        return closed(xml, changes: statement.changes)
    }

    /// A statement's document begun: its root element in the namespace, the format's version, what it is about (an
    /// attribute: `folio`, `club` or `municipality`, and its key) and the date of its figures.
    private static func opened(_ root: String, _ subject: (name: String, key: String), asOf: CalendarDate) -> XMLDocumentWriter {
        let xml = XMLDocumentWriter()
        xml.start(root)
        xml.attribute("xmlns", namespace)
        xml.attribute("version", "1")
        xml.attribute(subject.name, subject.key)
        xml.attribute("asOf", asOf.isoText)
        return xml
    }

    /// A statement's document ended: its catalogue changes last, then the root closed.
    private static func closed(_ xml: XMLDocumentWriter, changes statementChanges: [RecordChange]) -> String {
        changes(xml, statementChanges)
        xml.end()
        return xml.finish()
    }

    public static func club(_ statement: ClubStatement) -> String {
        let xml = opened("clubStatement", ("club", statement.clubID.text), asOf: statement.asOf)
        xml.element("name", statement.name)
        if let federation = statement.federation { xml.element("federation", federation) }
        xml.element("place", "", [("city", statement.cityAbroad), ("state", statement.stateAbroad), ("country", statement.countryAbroad)])
        if let toma = statement.tomaDeNota {
            xml.element(
                "tomaDeNota", "",
                [
                    ("number", toma.number), ("expiresOn", toma.expiresOn.isoText),
                    ("current", statement.tomaDeNotaIsCurrent ? "true" : "false"),
                ])
        }
        xml.element(
            "memberDonations", statement.memberDonations.decimalText,
            [
                ("currency", statement.memberDonations.currency.code), ("count", "\(statement.memberDonationCount)"),
            ])
        money(xml, "eventIncome", statement.eventIncome)
        for event in statement.events {
            xml.element("event") {
                entry(xml, event.movementID, event.date, event.reversal)
                xml.element("name", event.name)
                money(xml, "amount", event.amount)
            }
        }
        for transfer in statement.transfers {
            xml.element("transfer") {
                entry(xml, transfer.movementID, transfer.date, transfer.reversal)
                xml.attribute("project", transfer.folio.text)
                xml.attribute("costPercent", percent(transfer.costBasisPoints))
                if let sentOn = transfer.sentOn { xml.attribute("sentOn", sentOn.isoText) }
                if let provider = transfer.provider { xml.attribute("provider", provider) }
                money(xml, "sent", transfer.sent)
                money(xml, "fee", transfer.fee)
                if let cost = transfer.exchangeCost { money(xml, "exchangeCost", cost) }
                money(xml, "received", transfer.received)
                xml.element("reference", transfer.reference)
                shortfall(xml, transfer.shortfall)
            }
        }
        for track in statement.sendings { sending(xml, track) }
        for cost in statement.remittanceCosts {
            xml.element("remittanceCost") {
                xml.attribute("transfers", "\(cost.count)")
                if let total = cost.totalCostBasisPoints { xml.attribute("totalCostPercent", percent(total)) }
                money(xml, "sent", cost.sent)
                money(xml, "fees", cost.fees)
                money(xml, "exchangeCost", cost.exchangeCost)
            }
        }
        // Listed once the club has used a provider by name, as on the page: one-step transfers alone compare nothing.
        for provider in statement.providers where statement.providers.contains(where: { !$0.provider.isEmpty }) {
            xml.element("providerCost") {
                // The empty provider is the transfers recorded in one step, which name none.
                if !provider.provider.isEmpty { xml.attribute("provider", provider.provider) }
                xml.attribute("sendings", "\(provider.cost.count)")
                if let total = provider.cost.totalCostBasisPoints { xml.attribute("totalCostPercent", percent(total)) }
                money(xml, "sent", provider.cost.sent)
                money(xml, "fees", provider.cost.fees)
                money(xml, "exchangeCost", provider.cost.exchangeCost)
            }
        }
        if let corridor = statement.corridor {
            xml.element(
                "corridorAverage", "",
                [
                    ("from", corridor.sendingCountry), ("to", corridor.receivingCountry), ("quarter", corridor.quarter),
                    ("totalCostPercent", percent(corridor.averageCostBasisPoints)),
                    ("source", "World Bank, Remittance Prices Worldwide, https://remittanceprices.worldbank.org (CC BY 4.0)"),
                ])
        }
        money(xml, "fundBalance", statement.fundBalance)
        if statement.inTransit.isPositive { money(xml, "inTransit", statement.inTransit) }
        for share in statement.projects {
            xml.element("project") {
                xml.attribute("folio", share.folio.text)
                xml.attribute("status", share.status.rawValue)
                xml.attribute("sharePercent", percent(share.shareBasisPoints))
                localized(xml, "title", share.title)
                money(xml, "committed", share.committed)
                money(xml, "received", share.received)
            }
        }
        corrections(xml, statement.corrections)
        return closed(xml, changes: statement.changes)
    }

    public static func municipality(_ statement: MunicipalityStatement) -> String {
        let xml = opened("municipalityStatement", ("municipality", statement.municipality.id.text), asOf: statement.asOf)
        xml.element("name", statement.municipality.name)
        if let state = statement.stateName { xml.element("state", state) }
        for project in statement.projects {
            xml.element("project") {
                xml.attribute("folio", project.folio.text)
                xml.attribute("kind", project.kind.rawValue)
                xml.attribute("status", project.status.rawValue)
                xml.attribute("financialProgressPercent", percent(project.totals.financialProgressBasisPoints))
                if let physical = project.totals.physicalProgressPercent { xml.attribute("physicalProgressPercent", "\(physical)") }
                xml.attribute("progressDiverges", project.totals.progressDiverges ? "true" : "false")
                localized(xml, "title", project.title)
                money(xml, "approvedCost", project.approvedCost)
                money(xml, "committed", project.totals.committed)
                money(xml, "received", project.totals.received)
                money(xml, "paid", project.totals.paid)
                money(xml, "outstanding", project.totals.outstanding)
            }
        }
        for total in statement.roleTotals {
            xml.element("roleTotal") {
                xml.attribute("role", total.role.rawValue)
                if let since = total.outstandingSince { xml.attribute("outstandingSince", since.isoText) }
                if let days = total.daysOutstanding { xml.attribute("daysOutstanding", "\(days)") }
                money(xml, "committed", total.committed)
                money(xml, "received", total.received)
                money(xml, "outstanding", total.outstanding)
            }
        }
        for arrear in statement.arrears {
            xml.element("arrear") {
                xml.attribute("role", arrear.role.rawValue)
                if let since = arrear.since { xml.attribute("since", since.isoText) }
                if let days = arrear.days { xml.attribute("days", "\(days)") }
                if let government = arrear.government { party(xml, "government", government) }
                money(xml, "outstanding", arrear.outstanding)
                for folio in arrear.folios { xml.element("project", folio.text) }
            }
        }
        xml.element("totals") {
            money(xml, "approvedCost", statement.totalCost)
            money(xml, "received", statement.totalReceived)
            money(xml, "paid", statement.totalPaid)
        }
        for watched in statement.sendingsToWatch { sending(xml, watched.track, element: "sendingToWatch") }
        for pledge in statement.pledgesInOffice {
            xml.element("pledgeInOffice") {
                xml.attribute("date", pledge.date.isoText)
                xml.attribute("project", pledge.folio.text)
                party(xml, "government", pledge.government)
                if let administration = pledge.administration { xml.element("administration", administration) }
            }
        }
        return closed(xml, changes: statement.changes)
    }

    /// The record's changes, when it has any: each with its date, field, from and to, why and by whose decision.
    private static func changes(_ xml: XMLDocumentWriter, _ changes: [RecordChange]) {
        guard !changes.isEmpty else { return }
        xml.element("changes") {
            for change in changes {
                xml.element("change") {
                    xml.attribute("date", change.date.isoText)
                    if let minutes = change.minutes { xml.attribute("minutes", minutes) }
                    xml.attribute("recordedBy", change.recordedBy)
                    switch change.kind {
                    case .text(let field, let from, let to):
                        xml.attribute("field", field.rawValue)
                        xml.element("from", from)
                        xml.element("to", to)
                    case .party(let field, let from, let to):
                        xml.attribute("field", field.rawValue)
                        xml.element("from", from?.id.text ?? "")
                        xml.element("to", to?.id.text ?? "")
                    case .plannedEnd(let from, let to):
                        xml.attribute("field", "plannedEnd")
                        xml.element("from", from?.isoText ?? "")
                        xml.element("to", to?.isoText ?? "")
                    case .administration(let name):
                        xml.attribute("field", "administration")
                        xml.element("to", name)
                    case .budget(let shifts, let cost):
                        xml.attribute("field", "budget")
                        if let cost {
                            xml.element("cost") {
                                money(xml, "from", cost.from)
                                money(xml, "to", cost.to)
                            }
                        }
                        for shift in shifts {
                            xml.element("line") {
                                xml.attribute("number", "\(shift.number)")
                                xml.element("concept", shift.concept)
                                money(xml, "from", shift.from)
                                money(xml, "to", shift.to)
                            }
                        }
                    case .renewal(let number, let expiresOn):
                        xml.attribute("field", "renewal")
                        xml.element("to", number, [("expiresOn", expiresOn.isoText)])
                    }
                    xml.element("reason", change.reason)
                }
            }
        }
    }

    /// A sending and what became of it (`SendingTrack`).
    private static func sending(_ xml: XMLDocumentWriter, _ track: SendingTrack, element: String = "sending") {
        xml.element(element) {
            xml.attribute("movement", "\(track.movementID)")
            xml.attribute("sentOn", track.sentOn.isoText)
            xml.attribute("club", track.sending.clubID.text)
            xml.attribute("project", track.sending.folio.text)
            switch track.outcome {
            case .inTransit(let days, let isUnconfirmed):
                xml.attribute("situation", isUnconfirmed ? "notConfirmed" : "inTransit")
                xml.attribute("days", "\(days)")
            case .arrived(let id, let on, _, _, _):
                xml.attribute("situation", "arrived")
                xml.attribute("settledBy", "\(id)")
                xml.attribute("settledOn", on.isoText)
            case .returned(let id, let on, _):
                xml.attribute("situation", "returned")
                xml.attribute("settledBy", "\(id)")
                xml.attribute("settledOn", on.isoText)
            }
            xml.element("provider", track.sending.provider)
            money(xml, "sent", track.sending.sent)
            money(xml, "fee", track.sending.fee)
            xml.element("reference", track.sending.reference)
            if case .returned(_, _, let reason) = track.outcome { xml.element("returnReason", reason) }
            if case .arrived(_, _, let received, _, let short) = track.outcome {
                money(xml, "received", received)
                shortfall(xml, short)
            }
        }
    }

    /// What an arrival lacked, beyond the tolerance; nothing when it did not.
    private static func shortfall(_ xml: XMLDocumentWriter, _ shortfall: Shortfall?) {
        guard let shortfall else { return }
        xml.element("shortfall") {
            xml.attribute("percent", percent(shortfall.basisPoints))
            money(xml, "expected", shortfall.expected)
            money(xml, "missing", shortfall.missing)
        }
    }

    private static func money(_ xml: XMLDocumentWriter, _ name: String, _ value: Money) {
        xml.element(name, value.decimalText, [("currency", value.currency.code)])
    }

    private static func money(_ xml: XMLDocumentWriter, _ name: String, _ total: MoneyTotal) {
        xml.element(name, total.decimalText, [("currency", total.currency.code)])
    }

    private static func localized(_ xml: XMLDocumentWriter, _ name: String, _ text: LocalizedText) {
        xml.element(name, text.spanish, [("xml:lang", "es")])
        xml.element(name, text.english, [("xml:lang", "en")])
    }

    private static func party(_ xml: XMLDocumentWriter, _ name: String, _ party: PartyReference) {
        var attributes = [("id", party.id.text)]
        if let role = party.role { attributes.append(("role", role.rawValue)) }
        xml.element(name, party.name, attributes)
    }

    private static func entry(_ xml: XMLDocumentWriter, _ id: MovementID, _ date: CalendarDate, _ reversal: ReversalMark?) {
        xml.attribute("movement", "\(id)")
        xml.attribute("date", date.isoText)
        if let reversal { xml.attribute("reversedBy", "\(reversal.reversalID)") }
    }

    private static func corrections(_ xml: XMLDocumentWriter, _ corrections: [Correction]) {
        xml.element("corrections") {
            for correction in corrections {
                xml.element("correction") {
                    xml.attribute("movement", "\(correction.movementID)")
                    xml.attribute("date", correction.date.isoText)
                    xml.attribute("reverses", "\(correction.reversedMovementID)")
                    xml.attribute("reversedKind", correction.reversedKind.rawValue)
                    if let amount = correction.reversedAmount { money(xml, "amount", amount) }
                    xml.element("reason", correction.reason)
                    xml.element("recordedBy", correction.recordedBy)
                }
            }
        }
    }

    /// Basis points as a percent with two decimals: 4525 -> "45.25".
    static func percent(_ basisPoints: Int64) -> String {
        let sign = basisPoints < 0 ? "-" : ""
        let magnitude = basisPoints.magnitude
        let fraction = magnitude % 100
        return "\(sign)\(magnitude / 100).\(fraction < 10 ? "0" : "")\(fraction)"
    }
}
