import ArgumentParser
import CuentasCore
import Foundation

/// Options of every command that amends the catalogue: from when, who, why, and the minutes that decided it.
struct AmendmentOptions: ParsableArguments {
    @Option(name: .long, help: "From when the change holds, YYYY-MM-DD. Default: today.")
    var date: String?

    @OptionGroup var recorder: RecorderOption

    @Option(name: .long, help: "Why: a misspelling, the assembly's decision, a new term of office.")
    var reason: String

    @Option(name: .long, help: "The minutes (acta) that decided it, when there are some.")
    var minutes: String?

    /// One amendment per field given, in the order given; refused when none is.
    func amendments(
        _ subject: CatalogueAmendment.Subject, _ values: [(CatalogueAmendment.Field, String?, String)]
    ) throws -> [CatalogueAmendment] {
        let effectiveOn = try effectiveOn()
        let reason = try OptionParsing.text(reason, "--reason", maximum: TextLimits.noteCharacters)
        let minutes = try OptionParsing.optionalText(minutes, "--minutes", maximum: TextLimits.referenceCharacters)
        let recorder = try recorder.name
        let given = values.compactMap { field, value, option in value.map { (field, $0, option) } }
        guard !given.isEmpty else {
            throw InputError(field: "what to change", value: "", expected: .oneOf(values.map(\.2)))
        }
        return try given.map { field, value, option in
            CatalogueAmendment(
                subject: subject, field: field, value: try Self.value(value, field, option), effectiveOn: effectiveOn, reason: reason,
                minutes: minutes, recordedBy: recorder)
        }
    }

    func effectiveOn() throws(InputError) -> CalendarDate { try OptionParsing.eventDate(date, "--date") }

    /// A value as typed, checked as its field takes it: a code, a date, a title, a long description.
    private static func value(_ text: String, _ field: CatalogueAmendment.Field, _ option: String) throws -> String {
        switch field {
        case .federation:
            let trimmed = text.trimmingCharacters(in: .whitespaces)
            return trimmed.lowercased() == "none" || trimmed.isEmpty ? "" : try (OptionParsing.identifier(trimmed, option) as PartyID).text
        case .executingAgency: return try (OptionParsing.identifier(text, option) as PartyID).text
        case .plannedEnd: return try OptionParsing.date(text, option).isoText
        case .descriptionSpanish, .descriptionEnglish:
            return try TextLimits.validated(
                text, field: option, maximumCharacters: TextLimits.descriptionCharacters, allowsEmpty: true, allowsNewlines: true)
        case .titleSpanish, .titleEnglish: return try OptionParsing.text(text, option, maximum: TextLimits.titleCharacters)
        default: return try OptionParsing.text(text, option)
        }
    }
}
