import CuentasCore
import CuentasStatements
import CuentasTemplates
import Foundation

/// Turns statements into self-contained HTML pages: inline CSS and SVG, nothing fetched. Every value goes through
/// Mustache's `{{ }}`, which escapes it; the templates use `{{{ }}}` only for text this renderer made itself.
public struct HTMLRenderer: Sendable {
    let library: TemplateLibrary
    let translations: [Language: Translation]
    /// Each translation table as templates read it, made displayable once (`pruned`), not for every page.
    let templateTranslations: [Language: TemplateValue]
    /// Set for a signed publication: every page says which publication it belongs to and who signed it.
    public var stamp: PublicationStamp?
    /// Where the pages are served (`publish --base-url`, and `versions/N/` of it for a signed publication): every page
    /// then carries its own address and a QR code of it, at the top when printed, so a page forwarded or printed alone
    /// still leads back to the site; and its own address as the page's base, so that a page read alone (saved, forwarded
    /// in a chat) has links that lead to the site's pages instead of files the reader does not have.
    public var pagesAddress: String?

    public init(folder: URL = TemplateFiles.folder) throws(RenderError) {
        var library = TemplateLibrary()
        let htmlFolder = folder.appendingPathComponent("html")
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: htmlFolder.path) else {
            throw RenderError.missingFile(htmlFolder.path)
        }
        // The web app's templates are in html/app/ and are named "app-NAME".
        let appFolder = htmlFolder.appendingPathComponent("app")
        let appNames = (try? FileManager.default.contentsOfDirectory(atPath: appFolder.path)) ?? []
        let files = names.map { (htmlFolder, $0, "") } + appNames.map { (appFolder, $0, "app-") }
        for (folder, name, prefix) in files.sorted(by: { $0.1 < $1.1 }) where name.hasSuffix(".mustache") {
            let path = folder.appendingPathComponent(name)
            guard let text = try? String(contentsOf: path, encoding: .utf8) else { throw RenderError.missingFile(path.path) }
            do {
                try library.register(text, named: prefix + String(name.dropLast(".mustache".count)))
            } catch {
                throw RenderError.template(name: name, detail: "\(error)")
            }
        }
        self.library = library
        var translations: [Language: Translation] = [:]
        for language in Language.allCases { translations[language] = try Translation(language: language, folder: folder) }
        self.translations = translations
        templateTranslations = translations.mapValues { Self.pruned($0.nested) }
        try Self.checkTranslationNames(library, translations)
    }

    /// Every `{{t.group.key}}` a template reads is a key of every language's table, and `{{spanish.group.key}}` or
    /// `{{english.group.key}}` one of that language's: checked when the templates are loaded, so a misspelt key stops
    /// the program at its start (and fails every test) instead of showing nothing on the pages that use it.
    static func checkTranslationNames(_ library: TemplateLibrary, _ translations: [Language: Translation]) throws(RenderError) {
        for (template, names) in library.spelledNames.sorted(by: { $0.key < $1.key }) {
            for name in names where name.parts.count >= 2 {
                let key = name.parts.dropFirst().joined(separator: ".")
                let tables: [Translation]
                switch name.parts[0] {
                case "t": tables = Language.allCases.compactMap { translations[$0] }
                case "spanish": tables = [translations[.spanish]].compactMap { $0 }
                case "english": tables = [translations[.english]].compactMap { $0 }
                default: continue
                }
                for table in tables where table.ifPresent(key) == nil {
                    throw RenderError.template(
                        name: template, detail: "{{\(name.spelled)}}: no translation \"\(key)\" in \(table.language.rawValue).json")
                }
            }
        }
    }

    func render(_ template: String, _ context: [String: Any]) -> String {
        renderPruned(template, Self.pruned(context))
    }

    /// Renders a context whose texts are already displayable (`pruned`): rendered HTML put into it (a page's content)
    /// stays as it is.
    func renderPruned(_ template: String, _ context: TemplateValue) -> String {
        #if DEBUG
        // Every name a template reads is one the renderer gives (see `TemplateLibrary.unknownNames`); every test and
        // debug run that renders a page checks it, so a misspelt key fails instead of rendering nothing.
        let unknown = library.unknownNames(template, context)
        precondition(unknown.isEmpty, "template names the renderer does not give: \(unknown.joined(separator: ", "))")
        #endif
        guard let html = library.render(template, context) else { preconditionFailure("no template \(template)") }
        return html
    }

    /// Drops empty texts, so that `{{#field}}…{{/field}}` shows nothing for them (Mustache treats "" as true), and
    /// makes every text displayable (see `DisplayableText`).
    static func pruned(_ context: [String: Any]) -> TemplateValue {
        guard let value = TemplateValue(context: context) else { preconditionFailure("a context is a dictionary") }
        return value
    }

    /// `context` with the values of `other` added, `other`'s winning where both have one.
    static func merged(_ context: TemplateValue, _ other: TemplateValue) -> [String: TemplateValue] {
        guard case .object(var values) = context, case .object(let more) = other else { preconditionFailure("contexts are objects") }
        values.merge(more) { value, otherValue in otherValue.isNothing ? value : otherValue }
        return values
    }

    func page(
        _ template: String, path: String, title: String, language: Language, asOf: CalendarDate, xmlPath: String?,
        _ body: [String: Any]
    ) -> String {
        let t = translations[language]!
        let other = Language.allCases.first { $0 != language }!
        precondition(path.hasPrefix("\(language.rawValue)/"), "page \(path) is not under its language folder")
        let otherPath = other.rawValue + path.dropFirst(language.rawValue.count)
        var chrome: [String: Any] = [
            "lang": language.rawValue, "otherLang": other.rawValue, "pageTitle": title,
            "portfolioHref": SitePath.relative(SitePath.index(language), from: path),
            "otherLanguageHref": SitePath.relative(otherPath, from: path),
            "generated": t.format("footer.generated", t.date(asOf)),
            "glossaryHref": SitePath.relative(SitePath.glossary(language), from: path),
            "g": Dictionary(uniqueKeysWithValues: Self.glossaryTerms.map { ($0, glossaryHref($0, from: path, language)) }),
            "xmlHref": xmlPath.map { SitePath.relative($0, from: path) } as Any,
            "pageAddress": "", "pageQR": "", "stamp": "", "verifyHref": "",
        ]
        if let pagesAddress {
            let address = pagesAddress + path
            chrome["pageAddress"] = address
            chrome["pageQR"] = QRCode(address)?.svg(size: 120, label: t["page.qr"]) ?? ""
        }
        // Printed, each sheet says which publication and date it belongs to (a fixed element repeats on every page).
        chrome["printStamp"] = chrome["generated"]
        if let stamp {
            chrome["stamp"] = t.format("footer.publication", "\(stamp.number)", t.date(stamp.publishedOn), stamp.signer, stamp.fingerprint)
            chrome["printStamp"] = t.format("footer.printStamp", "\(stamp.number)", t.date(stamp.publishedOn), t.date(asOf))
            chrome["verifyHref"] = SitePath.relative(SitePath.verifyPage, from: path)
        }
        // Every text is made displayable once; the translations were at start; the rendered content is left as it is.
        var context = Self.merged(Self.pruned(body), Self.pruned(chrome))
        context["t"] = templateTranslations[language]!
        context["content"] = .text(renderPruned(template, .object(context)))
        return renderPruned("page", .object(context))
    }
}
