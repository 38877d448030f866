import CuentasCore

/// What an amendment command says once it is recorded.
enum AmendmentPrinting {
    static func print(_ amendments: [CatalogueAmendment], _ context: CommandContext) {
        for amendment in amendments {
            let value = amendment.value.isEmpty ? "—" : amendment.value
            Swift.print(
                context.say(
                    "\(amendment.subject.id): \(amendment.field.rawValue) = «\(value)», desde el \(amendment.effectiveOn.formatted(in: .spanish)).",
                    "\(amendment.subject.id): \(amendment.field.rawValue) = “\(value)”, from \(amendment.effectiveOn.formatted(in: .english))."
                ))
        }
    }
}
