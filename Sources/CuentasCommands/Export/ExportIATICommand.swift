import ArgumentParser
import CuentasCore
import CuentasRender
import CuentasStatements
import Foundation

struct ExportIATICommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "iati", abstract: "Write the projects as IATI activity XML 2.03, validated against the official schema.",
        discussion: """
            The mapping is in the README (section IATI). An invalid document is never written.
            Example: cuentas export iati --out iati.xml --publisher-prefix MX-MUN-HUERTAS --base-url https://transparencia.example.org
            """)

    @OptionGroup var global: GlobalOptions
    @Option(help: "The file to write.") var out: String
    @Option(help: "The publisher's IATI organisation identifier (default: $CUENTAS_IATI_PREFIX).") var publisherPrefix: String?
    @Option(help: "Only the projects of this municipality.") var municipality: String?
    @Option(help: "Only this project.") var project: String?
    @Option(help: "Where the published site is on the web: each activity links to its statement.") var baseURL: String?

    func run() throws {
        try global.perform { context in
            guard let prefix = publisherPrefix ?? ProcessInfo.processInfo.environment["CUENTAS_IATI_PREFIX"] else {
                throw CommandFailure(
                    message: context.say(
                        "--publisher-prefix: falta; se espera el identificador IATI de quien publica (o $CUENTAS_IATI_PREFIX)",
                        "--publisher-prefix: missing; expected the publisher's IATI organisation identifier (or $CUENTAS_IATI_PREFIX)"))
            }
            let prefixOK =
                !prefix.isEmpty && prefix.count <= 60
                && prefix.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-" || $0 == "_") }
            guard prefixOK else { throw InputError(field: "--publisher-prefix", value: prefix, expected: .identifier) }
            if let baseURL, !(baseURL.hasPrefix("https://") || baseURL.hasPrefix("http://")) {
                throw CommandFailure(
                    message: context.say("--base-url: se espera una dirección http(s)://", "--base-url: expected an http(s):// address"))
            }
            let state = try context.openEither().state()
            let folio = try project.map { text throws(InputError) -> Folio in try OptionParsing.identifier(text, "--project") }
            let municipalityID = try municipality.map { text throws(InputError) -> PartyID in
                try OptionParsing.identifier(text, "--municipality")
            }
            if let folio, state.projects[folio] == nil {
                throw LedgerViolation(folio: folio, movementID: nil, rule: .unknownProject)
            }
            if let municipalityID, state.catalogue.governments[municipalityID]?.level != .municipal {
                throw CommandFailure(
                    message: context.say("no existe el municipio \(municipalityID)", "there is no municipality \(municipalityID)"))
            }
            let activities = IATIExport.activities(
                state: state, settings: .init(publisherPrefix: prefix, baseURL: baseURL), folios: folio.map { [$0] },
                municipalityID: municipalityID)
            let generated = ISO8601DateFormatter().string(from: Date())
            let document = try IATIXML().document(activities, generated: generated, name: out)
            do {
                try Data(document.utf8).write(to: URL(fileURLWithPath: out), options: .atomic)
            } catch {
                throw CommandFailure(
                    message: context.say("\(out): no se pudo escribir: \(error)", "\(out): could not be written: \(error)"))
            }
            let transactions = activities.reduce(0) { $0 + $1.transactions.count }
            print(
                context.say(
                    "\(out): \(activities.count) actividades IATI 2.03 con \(transactions) transacciones, válido según el esquema oficial.",
                    "\(out): \(activities.count) IATI 2.03 activities with \(transactions) transactions, valid against the official schema."
                ))
        }
    }
}
