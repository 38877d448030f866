/// Why evidence, a visit, a complaint, an answer or a contact was refused. Nothing is recorded when one is raised.
public enum OversightRefusal: Hashable, Sendable, ExplainedError {
    /// The movement is not one of this project's.
    case movementNotOfProject(MovementID, Folio)
    case visitNotOfProject(Int64, Folio)
    case unknownComplaint(Int64)
    case alreadyAnswered(Int64)
    case answerBeforeComplaint(complaint: Int64, writtenOn: CalendarDate, answeredOn: CalendarDate)
    /// The file's name says one kind and its bytes another (or none we take).
    case notWhatItSays(fileName: String, claimed: String, found: String)
    case tooLarge(fileName: String, bytes: Int, maximum: Int)
    case emptyFile(fileName: String)
    /// A photo that cannot be read as one (a damaged or fake JPEG or PNG).
    case unreadablePhoto(fileName: String, detail: String)
    /// The file is not a CFDI 4.0 invoice with its stamp.
    case notAnInvoice(fileName: String, detail: String)
    /// The invoice disagrees with the payment it is attached to, in these fields.
    case invoiceDisagrees(fileName: String, MovementID?, [InvoiceComparison.Field])
    /// An invoice (XML) attached to something other than a payment.
    case invoiceWithoutPayment(fileName: String)
    /// A committee member attached to a project they do not watch, or a role that may not do this.
    case notInScope(user: String, Folio)

    public func explanation(in language: Language) -> String {
        switch self {
        case .movementNotOfProject(let id, let folio):
            return say(
                language, es: "el movimiento #\(id) no es del proyecto \(folio.text); nada se registró",
                en: "movement #\(id) is not one of project \(folio.text)'s; nothing was recorded")
        case .visitNotOfProject(let id, let folio):
            return say(
                language, es: "la visita #\(id) no es del proyecto \(folio.text); nada se registró",
                en: "visit #\(id) is not one of project \(folio.text)'s; nothing was recorded")
        case .unknownComplaint(let id):
            return say(language, es: "no existe la queja #\(id)", en: "there is no complaint #\(id)")
        case .alreadyAnswered(let id):
            return say(
                language, es: "la queja #\(id) ya tiene respuesta; para seguir la conversación registre una nueva queja u observación",
                en: "complaint #\(id) is already answered; to go on, record a new complaint or observation")
        case .answerBeforeComplaint(let id, let writtenOn, let answeredOn):
            return say(
                language, es: "la respuesta a la queja #\(id) tiene fecha \(answeredOn.isoText), antes de la queja (\(writtenOn.isoText))",
                en: "the answer to complaint #\(id) is dated \(answeredOn.isoText), before the complaint (\(writtenOn.isoText))")
        case .notWhatItSays(let name, let claimed, let found):
            return say(
                language,
                es:
                    "\(TextLimits.shown(name)): el nombre dice \(claimed) y el contenido es \(found); se aceptan fotos JPEG o PNG, documentos PDF y facturas CFDI en XML; nada se registró",
                en:
                    "\(TextLimits.shown(name)): its name says \(claimed) and its content is \(found); accepted are JPEG or PNG photos, PDF documents and CFDI invoices in XML; nothing was recorded"
            )
        case .tooLarge(let name, let bytes, let maximum):
            return say(
                language,
                es:
                    "\(TextLimits.shown(name)) pesa \(bytes) bytes; el máximo para este tipo es \(maximum) bytes (\(maximum / 1_048_576) MB); nada se registró",
                en:
                    "\(TextLimits.shown(name)) is \(bytes) bytes; the largest allowed for its kind is \(maximum) bytes (\(maximum / 1_048_576) MB); nothing was recorded"
            )
        case .emptyFile(let name):
            return say(
                language, es: "\(TextLimits.shown(name)) está vacío; nada se registró",
                en: "\(TextLimits.shown(name)) is empty; nothing was recorded")
        case .unreadablePhoto(let name, let detail):
            return say(
                language, es: "\(TextLimits.shown(name)) no se puede leer como foto (\(detail)); nada se registró",
                en: "\(TextLimits.shown(name)) cannot be read as a photo (\(detail)); nothing was recorded")
        case .notAnInvoice(let name, let detail):
            return say(
                language, es: "\(TextLimits.shown(name)) no es una factura CFDI 4.0 timbrada: \(detail); nada se registró",
                en: "\(TextLimits.shown(name)) is not a stamped CFDI 4.0 invoice: \(detail); nothing was recorded")
        case .invoiceDisagrees(let name, let id, let fields):
            let listed = fields.map { $0.explanation(in: language) }.joined(separator: "; ")
            let payment = id.map { "#\($0)" }
            return say(
                language,
                es:
                    "la factura \(TextLimits.shown(name)) no coincide con el pago\(payment.map { " " + $0 } ?? ""): \(listed); nada se registró",
                en:
                    "invoice \(TextLimits.shown(name)) does not match payment\(payment.map { " " + $0 } ?? ""): \(listed); nothing was recorded"
            )
        case .invoiceWithoutPayment(let name):
            return say(
                language,
                es:
                    "\(TextLimits.shown(name)) es una factura (XML): adjúntela a su pago (cuentas evidence add #MOVIMIENTO …); nada se registró",
                en:
                    "\(TextLimits.shown(name)) is an invoice (XML): attach it to its payment (cuentas evidence add #MOVEMENT …); nothing was recorded"
            )
        case .notInScope(let user, let folio):
            return say(
                language, es: "\(user) no puede registrar en el proyecto \(folio.text); nada se registró",
                en: "\(user) may not record on project \(folio.text); nothing was recorded")
        }
    }
}
