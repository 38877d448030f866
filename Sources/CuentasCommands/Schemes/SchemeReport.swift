import CuentasCore
import CuentasRender

/// How a scheme and an allocation read on screen and in JSON.
enum SchemeReport {
    static func sharesSummary(_ scheme: MatchingScheme, _ language: Language) -> String {
        let total = scheme.shares.reduce(Int64(0)) { $0 + $1.parts }
        return scheme.shares.filter { $0.parts > 0 }.map { share in
            var text = "\(share.role.name(in: language)) \(MoneyFormatter.percent(basisPoints: share.parts * 10_000 / total, in: language))"
            if let cap = share.cap { text += tr(language, " (tope ", " (cap ") + MoneyFormatter.format(cap, in: language) + ")" }
            return text
        }.joined(separator: ", ")
    }

    static func text(_ scheme: MatchingScheme, _ language: Language) -> String {
        var lines = [
            "\(scheme.id) — \(scheme.name.text(in: language))",
            scheme.description.text(in: language),
            tr(language, "Partes: ", "Shares: ") + sharesSummary(scheme, language),
        ]
        if !scheme.splitByAgreement.isEmpty {
            lines.append(
                tr(language, "Reparto por convenio entre: ", "Split by agreement between: ")
                    + scheme.splitByAgreement.map { $0.name(in: language) }.joined(separator: ", "))
        }
        if !scheme.capExcessCoveredBy.isEmpty {
            lines.append(
                tr(language, "Si un tope se alcanza, el excedente lo cubre: ", "When a cap binds, the excess is covered by: ")
                    + scheme.capExcessCoveredBy.map { $0.name(in: language) }.joined(separator: ", "))
        }
        return lines.joined(separator: "\n")
    }

    static func allocationText(_ allocation: MatchingAllocation, _ language: Language) -> String {
        var table = TextTable([(tr(language, "Parte", "Party"), .left), (tr(language, "Compromiso", "Commitment"), .right), ("", .left)])
        let bound = Set(allocation.capBindings.map(\.role))
        for commitment in allocation.commitments {
            table.add([
                commitment.role.name(in: language), MoneyFormatter.format(commitment.amount, in: language),
                bound.contains(commitment.role) ? tr(language, "tope alcanzado", "cap bound") : "",
            ])
        }
        table.add([tr(language, "Total", "Total"), MoneyFormatter.format(allocation.total, in: language), ""])
        var text = table.rendered()
        for binding in allocation.capBindings {
            text += "\n" + tr(
                language,
                "El tope \(binding.role.name(in: language)) de \(MoneyFormatter.format(binding.cap, in: language)) se alcanzó; \(MoneyFormatter.format(binding.excess, in: language)) pasan a otras partes.",
                "The \(binding.role.name(in: language)) cap of \(MoneyFormatter.format(binding.cap, in: language)) bound; \(MoneyFormatter.format(binding.excess, in: language)) moved to other parties.")
        }
        return text
    }

    static func json(_ scheme: MatchingScheme) -> [String: Any] {
        [
            "id": scheme.id.text, "nameSpanish": scheme.name.spanish, "nameEnglish": scheme.name.english,
            "currency": scheme.currency.code,
            "shares": scheme.shares.map { share in
                ["role": share.role.rawValue, "parts": share.parts, "cap": JSONOutput.optional(share.cap.map(JSONOutput.money))] as [String: Any]
            },
            "splitByAgreement": scheme.splitByAgreement.map(\.rawValue),
            "capExcessCoveredBy": scheme.capExcessCoveredBy.map(\.rawValue),
        ]
    }
}
