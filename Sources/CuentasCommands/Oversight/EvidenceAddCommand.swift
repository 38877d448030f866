import ArgumentParser
import CuentasCore
import CuentasEvidence
import CuentasPublishing
import CuentasStore
import Foundation
import CuentasTables

struct EvidenceAddCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "add", abstract: "Attach a file (JPEG or PNG photo, PDF, CFDI invoice XML) to a project or one of its movements.",
        discussion: """
            TARGET is a project's folio, or a movement's number with # (#42). With a folio, --payment, --progress or --status \
            name one of its movements. An invoice (XML) goes on its payment and is checked against it: its stamp's UUID, the \
            issuer's RFC, the total and the currency must be the payment's.
            A photo's location (EXIF GPS) is removed unless --keep-location.
            Examples:
              cuentas evidence add 3X1-2024-001 obra-junio.jpg --caption "Zanja para la tubería, junio"
              cuentas evidence add 3X1-2024-002 factura.xml --payment D206666D-E3B0-4E33-AA1F-000000000007 --caption "Factura del tanque"
              cuentas evidence add 3X1-2023-001 acta.pdf --status completed --caption "Acta de entrega-recepción"
              cuentas evidence add '#57' foto.jpg --caption "Avance de junio"
              cuentas evidence add 3X1-2024-001 visita.jpg --visit 3 --caption "Visita del comité"
            """)

    @OptionGroup var global: GlobalOptions
    @Argument(help: "A project's folio, or #N for movement N.") var target: String
    @Argument(help: "The file to attach.") var file: String
    @Option(help: "What it shows or is, in a sentence.") var caption: String
    @Option(help: "The committee's site visit it belongs to (its number).") var visit: WholeNumber?
    @Option(help: "The project's payment it documents, by its invoice's UUID.") var payment: String?
    @Option(help: "The project's progress report it shows, by its date (YYYY-MM-DD).") var progress: String?
    @Option(help: "The project's status change it documents: approved, completed, cancelled…") var status: ProjectStatus?
    @Flag(help: "Keep a photo's location (EXIF GPS); by default it is removed, so a private home cannot be found.")
    var keepLocation = false
    @Option(help: "Who attaches it. Default: $CUENTAS_USER, else $USER.") var by: String?

    func run() throws {
        try global.perform { context in
            let store = try context.openEither()
            let (folio, movementID, payment) = try resolve(store)
            guard let data = FileManager.default.contents(atPath: file) else {
                throw CommandFailure(message: context.say("no se puede leer el archivo \(file)", "cannot read the file \(file)"))
            }
            let draft = try EvidenceInspection.draft(
                bytes: Array(data), fileName: URL(fileURLWithPath: file).lastPathComponent, folio: folio, movementID: movementID,
                visitID: visit.map { Int64($0.value) }, payment: payment, caption: caption, keepLocation: keepLocation,
                recordedBy: try OptionParsing.recorder(by))
            let item = try store.addEvidence(draft)
            EvidenceFiles.thumbnail(of: item, in: store.evidenceFolder)
            let removed = draft.mediaType.isPhoto && !keepLocation && draft.bytes != Array(data)
            print(
                context.say(
                    "Evidencia #\(item.id) de \(folio.text): \(item.fileName), \(item.size) bytes, sha256 \(item.digest.prefix(16))…",
                    "Evidence #\(item.id) of \(folio.text): \(item.fileName), \(item.size) bytes, sha256 \(item.digest.prefix(16))…"))
            if removed { print(context.say("Se quitó la ubicación de la foto (GPS).", "The photo's location (GPS) was removed.")) }
            if let check = item.invoiceCheck {
                print(
                    context.say(
                        "Factura revisada contra el pago #\(movementID!): \(check).",
                        "Invoice checked against payment #\(movementID!): \(check)."))
            }
        }
    }

    /// The project, and the movement (with its payment, when it is one), that TARGET names.
    private func resolve(_ store: any SharedLedger) throws -> (Folio, MovementID?, Payment?) {
        guard target.hasPrefix("#") else {
            let folio: Folio = try OptionParsing.identifier(target, "TARGET")
            guard payment != nil || progress != nil || status != nil else { return (folio, nil, nil) }
            return try movement(of: folio, store)
        }
        guard let number = MovementID(target.dropFirst()), number > 0 else {
            throw InputError(field: "TARGET", value: target, expected: .wholeNumber)
        }
        guard let movement = try store.movements(numbered: [number]).first else { throw StoreError.unknown(what: "movement", id: target) }
        guard let folio = movement.body.folio else { throw StoreError.oversight(.movementNotOfProject(number, Identifier(trusted: "-"))) }
        if case .payment(let payment) = movement.body { return (folio, number, payment) }
        return (folio, number, nil)
    }

    /// The project's movement that --payment, --progress or --status names: the latest one that fits.
    private func movement(of folio: Folio, _ store: any SharedLedger) throws -> (Folio, MovementID?, Payment?) {
        guard let state = try store.projectState(folio) else { throw StoreError.unknown(what: "project", id: folio.text) }
        let day = try progress.map { text throws(InputError) in try OptionParsing.date(text, "--progress") }
        for id in state.projectMovementIDs[folio, default: []].reversed() {
            let movement = state.movements[id]!
            switch movement.body {
            case .payment(let paid) where paid.invoiceUUID.uppercased() == payment?.uppercased(): return (folio, id, paid)
            case .progress where movement.occurredOn == day: return (folio, id, nil)
            case .status(let change) where change.status == status: return (folio, id, nil)
            default: continue
            }
        }
        let asked =
            payment.map { "--payment \($0)" } ?? progress.map { "--progress \($0)" } ?? status.map { "--status \($0.rawValue)" } ?? ""
        throw StoreError.unknown(what: "movement of \(folio.text) for", id: asked)
    }
}
