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
    ///
    /// With `units`, only those statements are rendered (see `inputKeys`); the portfolio index, the language choice,
    /// the movements CSV and the schema always are.
    public func build(
        state: LedgerState, asOf: CalendarDate, corridorPrices: [CorridorPrice], signing: Signing? = nil, units: Set<String>? = nil
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
        let pages: [Page] = (state.projects.keys.sorted().map { .project($0) }
            + state.clubFunds.keys.sorted().map { .club($0) }
            + Self.municipalities(state).map { .municipality($0) })
            .filter { page in
                guard let units else { return true }
                switch page {
                case .project(let folio): return units.contains(StatementInputs.projectUnit(folio))
                case .club(let id): return units.contains(StatementInputs.clubUnit(id))
                case .municipality(let id): return units.contains(StatementInputs.municipalityUnit(id))
                }
            }

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

extension SiteBuilder {
    static func municipalities(_ state: LedgerState) -> [PartyID] {
        state.catalogue.governments.values.filter { $0.level == .municipal }.map(\.id).sorted()
    }

    /// For each statement of the site, a digest of everything its pages and document are made from, so that a
    /// re-publish renders only the statements whose digest changed. Movements and catalogue entries are never
    /// edited, so a statement is determined by the numbers of the movements it shows (corrections included), the
    /// projects it covers, the date of the figures, the corridor prices, and the program with its templates
    /// (`programFingerprint`).
    public func inputKeys(state: LedgerState, asOf: CalendarDate, corridorPrices: [CorridorPrice]) -> [String: String] {
        StatementInputs.keys(state: state, asOf: asOf, corridorPrices: corridorPrices, program: programFingerprint)
    }

    /// The files a statement writes (its pages in each language and its XML), by the unit names of `inputKeys`.
    public static func files(ofUnit unit: String) -> [String] { StatementInputs.files(ofUnit: unit) }

    /// The templates and translations built into the program, and the program file itself: a new build or a changed
    /// template makes every statement render again.
    public var programFingerprint: String {
        var text = ""
        if let files = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil) {
            for case let file as URL in files {
                guard let data = try? Data(contentsOf: file) else { continue }
                text += file.lastPathComponent + " " + HashChain.sha256(Array(data)) + "\n"
            }
        }
        if let program = Bundle.main.executablePath, let attributes = try? FileManager.default.attributesOfItem(atPath: program) {
            text += "\(attributes[.size] ?? 0) \((attributes[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0)"
        }
        return HashChain.sha256(Array(text.utf8))
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
