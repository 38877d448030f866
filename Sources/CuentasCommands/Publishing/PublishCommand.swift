import ArgumentParser
import CuentasCore
import CuentasIntegrity
import CuentasPublishing
import CuentasRender
import CuentasStatements
import Foundation

struct PublishCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "publish",
        abstract: "Write the transparency site: every statement in Spanish and English, as HTML and XML, and the movements as CSV.",
        discussion: """
            Every XML document is validated against the schema before it is written; one invalid document stops the publish
            with the validator's line and message (the next publish then renders everything again). Publishing again into
            the same folder renders only the statements changed by what was recorded since. Open DIR/index.html in any
            browser; nothing is fetched.
            Example: cuentas publish --out demo/site --remittance-prices SampleData/reference/remittance-prices-usa-mex.csv
            """)

    @OptionGroup var global: GlobalOptions
    @Option(help: "The folder to write the site to (created if missing).") var out: String
    @OptionGroup var asOf: AsOfOption
    @Option(help: "World Bank corridor prices (CSV) to compare each club's cost of sending with.") var remittancePrices: String?
    @Option(help: "A private key file (see `cuentas key new`): publish a signed, numbered publication under OUT/versions/N/.")
    var sign: String?
    @OptionGroup var transit: TransitOptions
    @Option(
        help:
            "The address the site will be served at, like https://cuentas.example.org/: each receipt's page carries its address and a QR code of it."
    )
    var baseURL: String?
    @Option(help: "Days the authorities have to answer a complaint before it is flagged on the pages. Default: 30.")
    var answerWithin: WholeNumber?

    func validate() throws {
        if let answerWithin, !(1...365).contains(answerWithin.value) {
            throw global.refuse(
                "--answer-within: \(answerWithin.value) no es válido; se espera un número de días de 1 a 365",
                "--answer-within: \(answerWithin.value) is not valid; expected a number of days from 1 to 365")
        }
    }

    func run() throws {
        try global.perform { context in
            let asOfDate = try asOf.date
            let prices = try CorridorPriceFile.load(remittancePrices)
            let base = try SiteAddressOption.parse(baseURL, context)
            let publisher = SitePublisher(
                store: try context.openEither(), root: URL(fileURLWithPath: out), transitRule: transit.rule, baseURL: base,
                complaintRule: answerWithin.map { ComplaintRule(answerWithinDays: $0.int) } ?? .standard)
            if let sign {
                guard let text = FileManager.default.contents(atPath: sign).flatMap({ String(data: $0, encoding: .utf8) }) else {
                    throw CommandFailure(message: context.say("\(sign): no se puede leer", "\(sign): cannot be read"))
                }
                let identity = try SigningIdentity(fileText: text)
                let result = try publisher.publishSigned(
                    identity: identity, asOf: asOfDate, publishedOn: CommandContext.today, corridorPrices: prices)
                let number = result.number!
                let index = URL(fileURLWithPath: out).appendingPathComponent("index.html").path
                print(
                    context.say(
                        "Publicación \(number) firmada por \(identity.name) (huella \(identity.publicIdentity.fingerprint)): \(result.files) archivos en \(out)/versions/\(number). Abra \(index)",
                        "Publication \(number) signed by \(identity.name) (fingerprint \(identity.publicIdentity.fingerprint)): \(result.files) files in \(out)/versions/\(number). Open \(index)"
                    ))
                return
            }
            let result = try publisher.publishUnsigned(asOf: asOfDate, corridorPrices: prices)
            let root = URL(fileURLWithPath: out)
            print(
                context.say(
                    "Sitio publicado en \(root.path): \(result.pages) páginas HTML, \(result.documents) documentos XML validados, \(result.bytes / 1024) KiB escritos; \(result.unchangedStatements) estados de cuenta sin cambios. Abra \(root.appendingPathComponent(SitePath.languageChoice).path)",
                    "Site published at \(root.path): \(result.pages) HTML pages, \(result.documents) validated XML documents, \(result.bytes / 1024) KiB written; \(result.unchangedStatements) statements unchanged. Open \(root.appendingPathComponent(SitePath.languageChoice).path)"
                ))
        }
    }
}
