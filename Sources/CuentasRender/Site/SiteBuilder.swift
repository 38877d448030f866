import CuentasCore
import CuentasIntegrity
import CuentasStatements
import CuentasTemplates
import Foundation

/// Builds the whole transparency site in memory: the language choice, every statement in both languages as HTML, every
/// statement as XML (each validated against the XSD; one invalid document stops the build), the schema, and the
/// movements as CSV. Writing the files is the caller's job.
public struct SiteBuilder: Sendable {
    let html: HTMLRenderer
    let validator: XMLSchemaValidator
    let folder: URL

    public init(folder: URL = TemplateFiles.folder) throws(RenderError) {
        self.folder = folder
        html = try HTMLRenderer(folder: folder)
        validator = try XMLSchemaValidator(schemaPath: folder.appendingPathComponent("xml/\(StatementXML.schemaFileName)").path)
    }

    /// The XML of a statement, validated. Throws the validator's line and message if it does not match the schema.
    public func validated(_ xml: String, name: String) throws(RenderError) -> String {
        try validator.validate(xml, documentName: name)
        return xml
    }

    public var renderer: HTMLRenderer { html }

    /// How a publication is signed: the key, the publication's number and date.
    public struct Signing: Sendable {
        public let identity: SigningIdentity
        public let number: Int
        public let publishedOn: CalendarDate

        public init(identity: SigningIdentity, number: Int, publishedOn: CalendarDate) {
            self.identity = identity
            self.number = number
            self.publishedOn = publishedOn
        }
    }

    /// Every file of the site, by path relative to its root. With `signing`, every page and document carries the
    /// publication's stamp and its own signature.
    public func build(
        state: LedgerState, asOf: CalendarDate, corridorPrices: [CorridorPrice], signing: Signing? = nil
    ) throws(RenderError) -> [String: Data] {
        var renderer = self.html
        if let signing {
            let identity = signing.identity.publicIdentity
            renderer.stamp = PublicationStamp(
                number: signing.number, publishedOn: signing.publishedOn, signer: identity.name, fingerprint: identity.fingerprint)
        }
        let html = renderer
        @Sendable func page(_ text: String) -> Data {
            guard let signing else { return Data(text.utf8) }
            return Data(EmbeddedSignature.signHTML(text, publication: signing.number, identity: signing.identity).utf8)
        }
        @Sendable func document(_ xml: String, _ path: String) throws(RenderError) -> Data {
            guard let signing else { return Data(try validated(xml, name: path).utf8) }
            return Data(try validated(EmbeddedSignature.signXML(xml, publication: signing.number, identity: signing.identity), name: path).utf8)
        }
        enum Page: Sendable {
            case project(Folio), club(PartyID), municipality(PartyID)
        }
        let pages: [Page] = state.projects.keys.sorted().map { .project($0) }
            + state.clubFunds.keys.sorted().map { .club($0) }
            + state.catalogue.governments.values.filter { $0.level == .municipal }.map(\.id).sorted().map { .municipality($0) }

        let results = ConcurrentResults(count: pages.count)
        // Statements are independent: render them on every core.
        DispatchQueue.concurrentPerform(iterations: pages.count) { index in
            do {
                var files: [String: Data] = [:]
                switch pages[index] {
                case .project(let folio):
                    let statement = ProjectStatement(folio: folio, state: state, asOf: asOf)!
                    for language in Language.allCases {
                        files[SitePath.project(folio, language)] = page(html.project(statement, language: language))
                    }
                    let path = SitePath.projectXML(folio)
                    files[path] = try document(StatementXML.project(statement), path)
                case .club(let id):
                    let statement = ClubStatement(clubID: id, state: state, asOf: asOf, corridorPrices: corridorPrices)!
                    for language in Language.allCases {
                        files[SitePath.club(id, language)] = page(html.club(statement, language: language))
                    }
                    let path = SitePath.clubXML(id)
                    files[path] = try document(StatementXML.club(statement), path)
                case .municipality(let id):
                    let statement = MunicipalityStatement(municipalityID: id, state: state, asOf: asOf)!
                    for language in Language.allCases {
                        files[SitePath.municipality(id, language)] = page(html.municipality(statement, language: language))
                    }
                    let path = SitePath.municipalityXML(id)
                    files[path] = try document(StatementXML.municipality(statement), path)
                }
                results.set(index, .success(files))
            } catch let error as RenderError {
                results.set(index, .failure(error))
            } catch {
                preconditionFailure("unexpected \(error)")
            }
        }
        var site: [String: Data] = [:]
        for result in results.values {
            switch result! {
            case .success(let files): site.merge(files) { first, _ in first }
            case .failure(let error): throw error
            }
        }
        let portfolio = PortfolioIndex(state: state, asOf: asOf)
        for language in Language.allCases {
            site[SitePath.index(language)] = page(html.index(portfolio, language: language))
        }
        site[SitePath.languageChoice] = page(html.languageChoice(asOf: asOf))
        site[SitePath.movementsCSV] = Data(MovementsCSV.csv(state).utf8)
        for schema in [StatementXML.schemaFileName, "xml.xsd"] {
            guard let data = try? Data(contentsOf: folder.appendingPathComponent("xml/\(schema)")) else {
                throw RenderError.missingFile(schema)
            }
            site["xml/\(schema)"] = data
        }
        return site
    }
}

/// Results written by concurrent workers, each to its own slot.
private final class ConcurrentResults: @unchecked Sendable {
    private let lock = NSLock()
    private var slots: [Result<[String: Data], RenderError>?]

    init(count: Int) { slots = Array(repeating: nil, count: count) }

    func set(_ index: Int, _ value: Result<[String: Data], RenderError>) {
        lock.lock()
        slots[index] = value
        lock.unlock()
    }

    var values: [Result<[String: Data], RenderError>?] {
        lock.lock()
        defer { lock.unlock() }
        return slots
    }
}
