import ArgumentParser
import CuentasCore
import CuentasIntegrity
import CuentasRender
import CuentasStatements
import Foundation

struct PublishCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "publish",
        abstract: "Write the transparency site: every statement in Spanish and English, as HTML and XML, and the movements as CSV.",
        discussion: """
            Every XML document is validated against the schema before anything is written; one invalid document stops the
            publish with the validator's line and message. Open DIR/index.html in any browser; nothing is fetched.
            Example: cuentas publish --out demo/site --remittance-prices SampleData/reference/remittance-prices-usa-mex.csv
            """)

    @OptionGroup var global: GlobalOptions
    @Option(help: "The folder to write the site to (created if missing).") var out: String
    @Option(help: "The date of the figures, YYYY-MM-DD. Default: today.") var asOf: String?
    @Option(help: "World Bank corridor prices (CSV) to compare each club's cost of sending with.") var remittancePrices: String?
    @Option(help: "A private key file (see `cuentas key new`): publish a signed, numbered publication under OUT/versions/N/.")
    var sign: String?

    func run() throws {
        try global.perform { context in
            let asOfDate = try asOf.map { text throws(InputError) in try OptionParsing.date(text, "--as-of") } ?? CommandContext.today
            let prices = try CorridorPrices.load(remittancePrices, context)
            if let sign {
                guard let text = FileManager.default.contents(atPath: sign).flatMap({ String(data: $0, encoding: .utf8) }) else {
                    throw CommandFailure(message: context.say("\(sign): no se puede leer", "\(sign): cannot be read"))
                }
                let identity = try SigningIdentity(fileText: text)
                let publication = SignedPublication(
                    store: try context.openLedger(), identity: identity, root: URL(fileURLWithPath: out), context: context)
                let result = try publication.publish(asOf: asOfDate, publishedOn: CommandContext.today, corridorPrices: prices)
                let index = URL(fileURLWithPath: out).appendingPathComponent("index.html").path
                print(context.say(
                    "Publicación \(result.number) firmada por \(identity.name) (huella \(identity.publicIdentity.fingerprint)): \(result.files) archivos en \(out)/versions/\(result.number). Abra \(index)",
                    "Publication \(result.number) signed by \(identity.name) (fingerprint \(identity.publicIdentity.fingerprint)): \(result.files) files in \(out)/versions/\(result.number). Open \(index)"))
                return
            }
            let state = try context.openLedger().state()
            let site = try SiteBuilder().build(state: state, asOf: asOfDate, corridorPrices: prices)
            let root = URL(fileURLWithPath: out)
            var bytes = 0
            for (path, data) in site {
                let file = root.appendingPathComponent(path)
                do {
                    try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
                    try data.write(to: file, options: .atomic)
                } catch {
                    throw CommandFailure(message: context.say("\(file.path): no se pudo escribir: \(error)", "\(file.path): could not be written: \(error)"))
                }
                bytes += data.count
            }
            let pages = site.keys.filter { $0.hasSuffix(".html") }.count
            let documents = site.keys.filter { $0.hasSuffix(".xml") }.count
            print(context.say(
                "Sitio publicado en \(root.path): \(pages) páginas HTML, \(documents) documentos XML validados, \(bytes / 1024) KiB. Abra \(root.appendingPathComponent(SitePath.languageChoice).path)",
                "Site published at \(root.path): \(pages) HTML pages, \(documents) validated XML documents, \(bytes / 1024) KiB. Open \(root.appendingPathComponent(SitePath.languageChoice).path)"))
        }
    }
}

/// Reads the World Bank corridor prices given on the command line, if any.
enum CorridorPrices {
    static func load(_ path: String?, _ context: CommandContext) throws -> [CorridorPrice] {
        guard let path else { return [] }
        guard let data = FileManager.default.contents(atPath: path), let text = String(data: data, encoding: .utf8) else {
            throw CommandFailure(message: context.say("\(path): no se puede leer", "\(path): cannot be read"))
        }
        let prices = CorridorPrice.parse(csv: text)
        guard !prices.isEmpty else {
            throw CommandFailure(message: context.say(
                "\(path): no hay precios; se esperan las columnas sending_code, sending_name, receiving_code, receiving_name, quarter, avg_total_cost_pct",
                "\(path): no prices; expected the columns sending_code, sending_name, receiving_code, receiving_name, quarter, avg_total_cost_pct"))
        }
        return prices
    }
}
