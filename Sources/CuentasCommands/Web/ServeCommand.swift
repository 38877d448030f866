import ArgumentParser
import CuentasCore
import CuentasWeb
import CuentasPostgres
import CuentasWebPostgres
import CuentasStore
import CuentasTables
import Foundation

struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve", abstract: "Run the web app for treasurers, officials and auditors, and serve the published site.",
        discussion: """
            The app is at http://HOST:PORT/app; the site folder (--site) is served at / for anyone.
            Users are added with `cuentas user add`. Stop with Ctrl-C.
            Example: cuentas serve --db demo/cuentas.sqlite --site demo/site --sign demo/keys/municipio.key
            """)

    @OptionGroup var global: GlobalOptions
    @Option(help: "The address to listen on. Default: 127.0.0.1 (this machine only).") var host = "127.0.0.1"
    @Option(help: "The port.") var port = 8080
    @Option(help: "The published site to serve at / and to publish into.") var site: String?
    @Option(help: "A private key file: publishing from the app signs with it.") var sign: String?
    @Option(help: "World Bank corridor prices (CSV) for the club statements when publishing.") var remittancePrices: String?
    @Flag(help: "Mark the session cookie Secure (behind an HTTPS proxy).") var secureCookies = false
    @Option(
        help:
            "The address the public site is served at, like https://cuentas.example.org/: receipts carry it, and publishing from the app writes it into receipts' pages."
    )
    var baseURL: String?

    func validate() throws {
        if !(1...65535).contains(port) { throw global.refuse("--port: de 1 a 65535", "--port: 1 to 65535") }
    }

    func run() async throws {
        let context = CommandContext(options: global)
        do {
            let store = try await servedLedger()
            var configuration = WebConfiguration(
                host: host, port: port, siteFolder: site.map { URL(fileURLWithPath: $0) },
                signingKeyFile: sign.map { URL(fileURLWithPath: $0) },
                corridorPricesFile: remittancePrices.map { URL(fileURLWithPath: $0) }, secureCookies: secureCookies)
            configuration.earliestDate = try CommandContext.earliestDate()
            configuration.baseURL = try SiteAddressOption.parse(baseURL, context)
            let application = try buildApplication(ledger: store, configuration: configuration)
            print(
                context.say(
                    "Cuentas Claras en http://\(host):\(port)/app (sitio público en http://\(host):\(port)/). Ctrl-C para detener.",
                    "Cuentas Claras at http://\(host):\(port)/app (public site at http://\(host):\(port)/). Ctrl-C to stop."))
            try await application.runService()
        } catch let error as any ExplainedError {
            throw CommandFailure(message: error.explanation(in: context.language))
        }
    }

    /// The ledger the app serves: a file, or a PostgreSQL database that any number of app servers share (their writes
    /// take turns under the database's writers' lock). Its connections: one for each of the app's threads for blocking
    /// work and for a publication, with room to spare.
    private func servedLedger() async throws -> any AppLedger {
        switch try LedgerLocation(global.databasePath) {
        case .file(let path): return try LedgerStore.open(path: path)
        case .postgres(let address):
            return try await PostgresLedgerDatabase.openLedger(
                address, maximumConnections: 12, evidence: CommandContext.evidenceFolderNamed)
        }
    }
}
