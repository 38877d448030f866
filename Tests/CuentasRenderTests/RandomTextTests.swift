import CuentasCore
@testable import CuentasRender
import CuentasStatements
import CuentasTestSupport
import Foundation
import Testing

#if canImport(FoundationXML)
import FoundationXML
#endif

/// Property tests: random Unicode, markup and control characters in every text field. Pages and documents stay
/// well-formed and show the text as text; CSV cells cannot start a formula.
@Suite struct RandomTextTests {
    static let pieces = [
        "<", ">", "&", "\"", "'", "<script>", "</p>", "<!--", "-->", "]]>", "&amp;", "&#x41;", "\u{0}", "\u{7}", "\u{1B}",
        "\u{7F}", "\u{FFFE}", "\u{301}", "\u{202E}", "\u{200B}", "👩‍👩‍👧", "ñ", "Ç", "漢字", "\n", "\t", "=", "+", "-", "@",
        "=HYPERLINK(\"x\")", "{{t}}", "{{{x}}}", "%1$@", "\\", " ",
    ]

    static func randomText(_ generator: inout SeededGenerator) -> String {
        (0..<Int.random(in: 1...8, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
    }

    /// What Mustache's escaper makes of a text.
    static func escaped(_ text: String) -> String {
        var out = ""
        for character in text {
            switch character {
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "&": out += "&amp;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.append(character)
            }
        }
        return out
    }

    @Test func randomTextInEveryFieldStaysText() throws {
        var generator = SeededGenerator(seed: 2026)
        let builder = try SiteBuilder()
        for _ in 0..<25 {
            let extra = Self.randomText(&generator)
            let state = StatementFixture.state(extra: extra)
            // Building validates every XML document against the schema: one ill-formed document would throw.
            let site = try builder.build(state: state, asOf: StatementFixture.asOf, corridorPrices: [])
            let title = "Red de agua \(extra)"
            for (path, data) in site where path.hasSuffix(".html") && path.contains("projects/") && path.hasPrefix("es/") {
                let html = String(decoding: data, as: UTF8.self)
                #expect(
                    html.contains(Self.escaped(DisplayableText.html(title))),
                    "\(path) does not show the title as text: \(extra.debugDescription)")
                #expect(!html.contains("<script>"), "\(path) has raw markup for \(extra.debugDescription)")
                #expect(!html.unicodeScalars.contains { DisplayableText.isDisallowed($0) }, "\(path) has a control character")
            }
            let xml = try XMLDocument(data: try #require(site[SitePath.projectXML(StatementFixture.folio)]))
            let shown = try #require(xml.rootElement()?.elements(forName: "title").first?.stringValue)
            #expect(shown == DisplayableText.xml(title), "XML title differs for \(extra.debugDescription)")
            let csv = String(decoding: try #require(site[SitePath.movementsCSV]), as: UTF8.self)
            for formula in [",=", ",+", ",@", ",\"=", ",\"+", ",\"@", ",\"-"] {
                #expect(!csv.contains(formula), "the CSV export has a cell starting a formula (\(formula))")
            }
        }
    }

    @Test func identifiersCannotLeaveTheOutputFolder() {
        for text in ["../etc", "a/b", "/root", ".hidden", "..", "a\\b", "x y", ""] {
            #expect(throws: InputError.self, "\(text) was accepted") { try Folio(text, field: "folio") }
        }
        #expect(SitePath.project(Identifier(trusted: "3X1-2024.v2"), .spanish) == "es/projects/3X1-2024.v2.html")
    }
}
