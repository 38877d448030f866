import CuentasCore
import CuentasStatements
import Foundation
import CuentasIntegrity

/// Where each page of a published site lives, relative to the site's root. File names come from identifiers, which
/// hold only letters, digits, '-', '_' and '.', never a '/': a name can never leave its folder.
public enum SitePath {
    public static let languageChoice = "index.html"
    public static func index(_ language: Language) -> String { "\(language.rawValue)/index.html" }
    public static func project(_ folio: Folio, _ language: Language) -> String { "\(language.rawValue)/projects/\(safe(folio)).html" }
    public static func club(_ id: PartyID, _ language: Language) -> String { "\(language.rawValue)/clubs/\(safe(id)).html" }
    public static func municipality(_ id: PartyID, _ language: Language) -> String {
        "\(language.rawValue)/municipalities/\(safe(id)).html"
    }
    /// A state's page: its municipalities and the clubs with projects there. Municipalities the catalogue places under
    /// no state share the page "_none" (identifiers never start with "_").
    public static func state(_ id: PartyID?, _ language: Language) -> String {
        "\(language.rawValue)/states/\(id.map(safe) ?? "_none").html"
    }
    /// The diaspora's contribution: the country's page, then one per state of origin (named by its name made a file
    /// name, with a short hash of the exact name so that two spellings never share a page), federation and club.
    public static func contribution(_ scope: DiasporaContribution.Scope, _ language: Language) -> String {
        let folder = "\(language.rawValue)/contribution"
        switch scope {
        case .country: return "\(folder)/index.html"
        case .stateOfOrigin(let name): return "\(folder)/states/\(fileName(name)).html"
        case .federation(let id): return "\(folder)/federations/\(safe(id)).html"
        case .noFederation(let name): return "\(folder)/federations/_none-\(fileName(name)).html"
        case .club(let id): return "\(folder)/clubs/\(safe(id)).html"
        }
    }
    public static let contributionCSV = "data/contribution.csv"

    /// A free text (a state's name) as a file name: ASCII letters and digits folded from it, and 8 hex digits of its
    /// hash; "_none" for an empty name.
    static func fileName(_ text: String) -> String {
        guard !text.isEmpty else { return "_none" }
        let folded = text.applyingTransform(.stripDiacritics, reverse: false) ?? text
        let plain = String(
            folded.lowercased().unicodeScalars.map {
                $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0)) ? Character($0) : "-"
            })
        let hash = HashChain.sha256(Array(text.utf8)).prefix(8)
        return String(plain.prefix(40)) + "-" + hash
    }

    public static func glossary(_ language: Language) -> String { "\(language.rawValue)/glossary.html" }
    /// The page that checks a statement's signature in the browser, at the root of a publication.
    public static let verifyPage = "verify.html"
    public static func projectXML(_ folio: Folio) -> String { "xml/projects/\(safe(folio)).xml" }
    public static func clubXML(_ id: PartyID) -> String { "xml/clubs/\(safe(id)).xml" }
    public static func municipalityXML(_ id: PartyID) -> String { "xml/municipalities/\(safe(id)).xml" }
    public static let schema = "xml/\(StatementXML.schemaFileName)"
    public static let movementsCSV = "data/movements.csv"
    /// Evidence files, each named by its SHA-256: the same photo attached twice is one file, and a file's name says what
    /// its bytes must hash to.
    public static let evidenceFolder = "evidence/"
    public static func evidence(_ item: EvidenceItem) -> String { "evidence/\(item.digest).\(item.mediaType.fileExtension)" }
    /// The folder of the Atom feeds, one per municipality and per club in each language: like receipts, a signed site
    /// places the latest publication's at the site's root, so a reader subscribes once.
    public static let feedsFolder = "feeds"
    public static func municipalityFeed(_ id: PartyID, _ language: Language) -> String {
        "\(feedsFolder)/\(language.rawValue)/municipalities/\(safe(id)).atom"
    }
    public static func clubFeed(_ id: PartyID, _ language: Language) -> String {
        "\(feedsFolder)/\(language.rawValue)/clubs/\(safe(id)).atom"
    }
    /// The feed of a signed site's publications, at its root beside the history of publications.
    public static func publicationsFeed(_ language: Language) -> String { "publications.\(language.rawValue).atom" }
    /// The folders a signed site keeps at its root as copies of the latest publication's.
    public static let stableFolders = [receiptsFolder, feedsFolder]
    /// The folder of receipts' pages: at the site's root, outside the language folders (each page is in both languages).
    public static let receiptsFolder = "r"

    /// A receipt's page. Its name is a one-way hash of the code: the page is found only by someone who has the code,
    /// and the name gives the code away to no one who sees a list of the folder. The first two hex digits name a
    /// subfolder: a national site has 240,000 receipts, and writers creating files in one folder wait for each other
    /// on its lock (measured: bench/NOTES.md).
    public static func receipt(_ code: ReceiptCode) -> String {
        let name = HashChain.sha256(Array("cuentas-receipt:\(code.compact)".utf8))
        return "\(receiptsFolder)/\(name.prefix(2))/\(name.dropFirst(2).prefix(30)).html"
    }

    /// The address a site is served at, as pages write it: `http://` or `https://`, a host, ending in "/" (added when
    /// missing). Nil when it is not such an address: no spaces, quotes, angle brackets, control characters, query or
    /// fragment, at most 500 characters.
    public static func baseURL(_ text: String) -> String? {
        guard text.count <= 500, text.hasPrefix("https://") || text.hasPrefix("http://") else { return nil }
        let host = text.drop { $0 != "/" }.dropFirst(2).prefix { $0 != "/" }
        guard !host.isEmpty else { return nil }
        guard
            text.unicodeScalars.allSatisfy({
                $0.isASCII && $0.value > 0x20 && $0.value < 0x7F && !"\"'<>`\\?#{}|^".unicodeScalars.contains($0)
            })
        else { return nil }
        return text.hasSuffix("/") ? text : text + "/"
    }

    /// An identifier as a file name. Identifiers are checked on the way in; this holds even if one was not.
    static func safe<Kind>(_ id: Identifier<Kind>) -> String {
        let allowed = id.text.unicodeScalars.allSatisfy {
            $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || "-_.".unicodeScalars.contains($0))
        }
        precondition(allowed && !id.text.hasPrefix("."), "identifier \(id.text) cannot be a file name")
        return id.text
    }

    /// The path to `target` from the folder of the page at `from` (both relative to the site root).
    public static func relative(_ target: String, from page: String) -> String {
        let depth = page.split(separator: "/").count - 1
        return String(repeating: "../", count: depth) + target
    }
}
