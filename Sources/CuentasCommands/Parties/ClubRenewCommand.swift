import ArgumentParser
import CuentasCore
import CuentasRender

struct ClubRenewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "renew", abstract: "Record a club's renewed toma de nota (consular registration).",
        discussion: """
            The club's row is never edited: the renewal is an amendment beside it, dated, with who recorded it and why. \
            The club takes part again from --date (default today); a pledge dated between the old expiry and then is \
            still refused.
            Example: cuentas club renew CLUB-JEREZ-LA --toma-de-nota LA-2026-0211 --expires 2028-03-31 \\
              --date 2026-04-02 --reason "Renovación ante el consulado de Los Ángeles"
            """)

    @OptionGroup var global: GlobalOptions
    @OptionGroup var recording: RecordingOptions
    @Argument(help: "The club's code.") var id: String
    @Option(help: "The new toma de nota number.") var tomaDeNota: String
    @Option(help: "When the new toma de nota expires, YYYY-MM-DD.") var expires: String
    @Option(help: "Why: the consulate's renewal, say.") var reason: String

    func run() throws {
        try global.perform { context in
            let club: PartyID = try OptionParsing.identifier(id, "ID")
            let effectiveOn = try recording.occurredOn()
            let expiresOn = try OptionParsing.date(expires, "--expires")
            guard effectiveOn <= expiresOn else {
                throw InputError(field: "--expires", value: expires, expected: .dateOnOrAfter(effectiveOn))
            }
            let renewal = ClubRenewal(
                clubID: club,
                tomaDeNota: TomaDeNota(
                    number: try OptionParsing.text(tomaDeNota, "--toma-de-nota", maximum: TextLimits.referenceCharacters),
                    expiresOn: expiresOn),
                effectiveOn: effectiveOn, reason: try OptionParsing.text(reason, "--reason"), recordedBy: try recording.recorder.name)
            try context.openEither().renewClub(renewal)
            print(
                context.say(
                    "Toma de nota de \(club) renovada: \(renewal.tomaDeNota.number), vigente del \(effectiveOn.formatted(in: .spanish)) al \(expiresOn.formatted(in: .spanish)).",
                    "Toma de nota of \(club) renewed: \(renewal.tomaDeNota.number), in force from \(effectiveOn.formatted(in: .english)) to \(expiresOn.formatted(in: .english))."
                ))
        }
    }
}
