import CuentasCore
import CuentasRender

/// A project's figures as readable tables and as JSON.
enum ProjectReport {
    static func json(_ figures: ProjectFigures) -> [String: Any] {
        [
            "folio": figures.folio.text, "titleSpanish": figures.title.spanish, "titleEnglish": figures.title.english,
            "kind": figures.kind.rawValue, "status": figures.status.rawValue, "municipality": figures.municipalityID.text,
            "approvedCost": JSONOutput.money(figures.approvedCost), "totalCommitted": JSONOutput.money(figures.totalCommitted),
            "totalReceived": JSONOutput.money(figures.totalReceived), "totalPaid": JSONOutput.money(figures.totalPaid),
            "totalRefunded": JSONOutput.money(figures.totalRefunded), "balanceOnHand": JSONOutput.money(figures.balanceOnHand),
            "financialProgressBasisPoints": figures.financialProgressBasisPoints,
            "physicalProgressPercent": JSONOutput.optional(figures.physicalProgressPercent),
            "asOf": figures.asOf.isoText,
            "parties": figures.parties.map { party in
                [
                    "party": party.partyID.text, "role": party.role.rawValue, "committed": JSONOutput.money(party.committed),
                    "received": JSONOutput.money(party.received), "refunded": JSONOutput.money(party.refunded),
                    "outstanding": JSONOutput.money(party.outstanding),
                    "outstandingSince": JSONOutput.optional(party.outstandingSince?.isoText),
                    "daysOutstanding": JSONOutput.optional(party.daysOutstanding),
                ] as [String: Any]
            },
            "budgetLines": figures.budgetLines.map { line in
                [
                    "number": line.number, "concept": line.concept, "approved": JSONOutput.money(line.approved),
                    "budgeted": JSONOutput.money(line.budgeted),
                    "paid": JSONOutput.money(line.paid), "remaining": JSONOutput.money(line.remaining),
                ] as [String: Any]
            },
        ]
    }
}
