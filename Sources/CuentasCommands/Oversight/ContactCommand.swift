import ArgumentParser
import CuentasCore

struct ContactCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "contact", abstract: "Name whom to ask about a project, or a municipality's comptroller, and how to reach them.",
        discussion: """
            A change of officer is a new entry from its date; the pages show the one in force.
            Examples:
              cuentas contact --project 3X1-2024-001 --office "Dirección de Obras Públicas" --officer "Ing. Laura Méndez" \
            --phone "+52 494 945 0101" --email obras@jerez.gob.mx --from 2024-01-01
              cuentas contact --municipality MUN-JEREZ --office "Contraloría Municipal" --officer "Lic. Pedro Ruiz" \
            --email contraloria@jerez.gob.mx --address "Presidencia Municipal, Jerez, Zac." --from 2024-01-01
            """)

    @OptionGroup var global: GlobalOptions
    @Option(help: "The project whose responsible office this is.") var project: String?
    @Option(help: "The municipality whose comptroller this is.") var municipality: String?
    @Option(help: "The office (dependencia).") var office: String
    @Option(help: "The officer's name and title.") var officer: String
    @Option(help: "A phone number.") var phone: String?
    @Option(help: "An e-mail address.") var email: String?
    @Option(help: "A postal address or office.") var address: String?
    @Option(name: .customLong("from"), help: "In force from, YYYY-MM-DD. Default: today.") var from: String?
    @OptionGroup var recorder: RecorderOption

    func validate() throws {
        if (project == nil) == (municipality == nil) {
            throw global.refuse("indique --project o --municipality, uno de los dos", "give --project or --municipality, one of the two")
        }
    }

    func run() throws {
        try global.perform { context in
            let effectiveOn = try OptionParsing.dateOrToday(from, "--from")
            let contact = AccountableContact(
                role: project == nil ? .comptroller : .responsible, office: office, officer: officer, phone: phone, email: email,
                address: address, effectiveOn: effectiveOn)
            try context.openEither().addContact(
                contact, folio: try project.map { text throws(InputError) in try OptionParsing.identifier(text, "--project") },
                municipalityID: try municipality.map { text throws(InputError) in try OptionParsing.identifier(text, "--municipality") },
                recordedBy: try recorder.name)
            print(
                context.say(
                    "\(officer) (\(office)) responde por \(project ?? municipality ?? "") desde el \(effectiveOn.isoText).",
                    "\(officer) (\(office)) answers for \(project ?? municipality ?? "") from \(effectiveOn.isoText)."))
        }
    }
}
