import CuentasCore
import CuentasRender

/// A club's figures as readable tables and as JSON.
enum ClubReport {
    static func json(_ figures: ClubFigures, club: Club) -> [String: Any] {
        [
            "club": figures.clubID.text, "name": figures.name, "asOf": figures.asOf.isoText,
            "tomaDeNotaExpiresOn": JSONOutput.optional(club.tomaDeNota?.expiresOn.isoText),
            "memberDonations": JSONOutput.money(figures.memberDonations), "eventIncome": JSONOutput.money(figures.eventIncome),
            "fundBalance": JSONOutput.money(figures.fundBalance),
            "remittances": figures.remittances.map { cost in
                [
                    "count": cost.count, "sent": JSONOutput.money(cost.sent), "fees": JSONOutput.money(cost.fees),
                    "exchangeCost": JSONOutput.money(cost.exchangeCost),
                    "totalCostBasisPoints": JSONOutput.optional(cost.totalCostBasisPoints),
                ] as [String: Any]
            },
            "projects": figures.projects.map { share in
                [
                    "folio": share.folio.text, "status": share.status.rawValue, "committed": JSONOutput.money(share.committed),
                    "received": JSONOutput.money(share.received), "shareBasisPoints": share.shareBasisPoints,
                ] as [String: Any]
            },
        ]
    }
}
