import CuentasCore
import CuentasRender

/// How a scheme and an allocation read on screen and in JSON.
enum SchemeReport {
    static func sharesSummary(_ scheme: MatchingScheme, _ language: Language) -> String {
        let total = scheme.shares.reduce(Int64(0)) { $0 + $1.parts }
        return scheme.shares.filter { $0.parts > 0 }.map { share in
            var text = "\(share.role.name(in: language)) \(MoneyFormatter.percent(basisPoints: share.parts * 10_000 / total, in: language))"
            if let cap = share.cap { text += say(language, es: " (tope ", en: " (cap ") + MoneyFormatter.format(cap, in: language) + ")" }
            return text
        }.joined(separator: ", ")
    }

    static func text(_ scheme: MatchingScheme, _ language: Language) -> String {
        var lines = [
            "\(scheme.id) — \(scheme.name.text(in: language))",
            scheme.description.text(in: language),
            say(language, es: "Partes: ", en: "Shares: ") + sharesSummary(scheme, language),
        ]
        if !scheme.splitByAgreement.isEmpty {
            lines.append(
                say(language, es: "Reparto por convenio entre: ", en: "Split by agreement between: ")
                    + scheme.splitByAgreement.map { $0.name(in: language) }.joined(separator: ", "))
        }
        if !scheme.capExcessCoveredBy.isEmpty {
            lines.append(
                say(language, es: "Si un tope se alcanza, el excedente lo cubre: ", en: "When a cap binds, the excess is covered by: ")
                    + scheme.capExcessCoveredBy.map { $0.name(in: language) }.joined(separator: ", "))
        }
        return lines.joined(separator: "\n")
    }

    static func allocationText(_ allocation: MatchingAllocation, _ language: Language) -> String {
        var table = TextTable([
            (say(language, es: "Parte", en: "Party"), .left), (say(language, es: "Compromiso", en: "Commitment"), .right), ("", .left),
        ])
        let bound = Set(allocation.capBindings.map(\.role))
        for commitment in allocation.commitments {
            table.add([
                commitment.role.name(in: language), MoneyFormatter.format(commitment.amount, in: language),
                bound.contains(commitment.role) ? say(language, es: "tope alcanzado", en: "cap bound") : "",
            ])
        }
        table.add([say(language, es: "Total", en: "Total"), MoneyFormatter.format(allocation.total, in: language), ""])
        var text = table.rendered()
        for binding in allocation.capBindings {
            text +=
                "\n"
                + say(
                    language,
                    es:
                        "El tope \(binding.role.name(in: language)) de \(MoneyFormatter.format(binding.cap, in: language)) se alcanzó; \(MoneyFormatter.format(binding.excess, in: language)) pasan a otras partes.",
                    en:
                        "The \(binding.role.name(in: language)) cap of \(MoneyFormatter.format(binding.cap, in: language)) bound; \(MoneyFormatter.format(binding.excess, in: language)) moved to other parties."
                )
        }
        return text
    }

    static func json(_ scheme: MatchingScheme) -> [String: Any] {
        [
            "id": scheme.id.text, "nameSpanish": scheme.name.spanish, "nameEnglish": scheme.name.english,
            "currency": scheme.currency.code,
            "shares": scheme.shares.map { share in
                ["role": share.role.rawValue, "parts": share.parts, "cap": JSONOutput.optional(share.cap.map(JSONOutput.money))]
                    as [String: Any]
            },
            "splitByAgreement": scheme.splitByAgreement.map(\.rawValue),
            "capExcessCoveredBy": scheme.capExcessCoveredBy.map(\.rawValue),
        ]
    }
}
