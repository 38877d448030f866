import Foundation
import CuentasTestSupport
import Testing

@testable import CuentasRender

/// The template engine that replaced swift-mustache: the golden pages prove it renders the program's templates as
/// before; these pin the Mustache rules they rely on, one by one.
@Suite struct TemplateEngineTests {
    func render(_ source: String, _ context: [String: Any], partials: [String: String] = [:]) throws -> String {
        var library = TemplateLibrary()
        try library.register(source, named: "main")
        for (name, text) in partials { try library.register(text, named: name) }
        return library.render("main", HTMLRenderer.pruned(context))!
    }

    @Test func variablesAreEscapedUnlessTripled() throws {
        let context: [String: Any] = ["name": "<b>\"Ñandú\" & 'co'</b>", "count": 42, "big": Int64(1_244_101)]
        #expect(
            try render("{{name}}|{{{name}}}|{{& name}}|{{count}}|{{big}}|{{missing}}.", context)
                == "&lt;b&gt;&quot;Ñandú&quot; &amp; &#39;co&#39;&lt;/b&gt;|<b>\"Ñandú\" & 'co'</b>|<b>\"Ñandú\" & 'co'</b>|42|1244101|.")
    }

    @Test func sectionsFollowTheirValue() throws {
        let context: [String: Any] = [
            "yes": true, "no": false, "empty": "", "text": "hola", "items": [["n": "1"], ["n": "2"]], "none": [[String: Any]](),
            "object": ["inner": "dentro"], "names": ["a", "b"], "nothing": String?.none as Any,
        ]
        #expect(
            try render("{{#yes}}Y{{/yes}}{{#no}}N{{/no}}{{^no}}!N{{/no}}{{#empty}}E{{/empty}}{{^empty}}!E{{/empty}}", context) == "Y!N!E")
        #expect(
            try render("{{#items}}[{{n}}]{{/items}}{{^items}}none{{/items}}{{#none}}x{{/none}}{{^none}}empty{{/none}}", context)
                == "[1][2]empty")
        #expect(
            try render("{{#text}}<{{.}}>{{/text}}{{#object}}{{inner}}/{{text}}{{/object}}{{#names}}{{.}};{{/names}}", context)
                == "<hola>dentro/holaa;b;")
        #expect(try render("{{#nothing}}x{{/nothing}}{{^nothing}}nil is absent{{/nothing}}", context) == "nil is absent")
    }

    @Test func dottedNamesLookOutwardOnlyForTheirFirstPart() throws {
        let context: [String: Any] = ["t": ["site": ["name": "Cuentas Claras"]], "rows": [["t": ["other": "x"]], ["label": "y"]]]
        // In the first row "t" is found in the row, which has no "site": the outer "t" is not tried.
        #expect(try render("{{#rows}}({{t.site.name}}){{/rows}}", context) == "()(Cuentas Claras)")
    }

    @Test func standaloneTagLinesLeaveNothing() throws {
        let source =
            "<ul>\n  {{#items}}\n  <li>{{n}}</li>\n  {{/items}}\n{{! a comment }}\n</ul>\n{{> footer}}\nend {{#yes}}inline{{/yes}}\n"
        let context: [String: Any] = ["items": [["n": "1"], ["n": "2"]], "yes": true]
        #expect(
            try render(source, context, partials: ["footer": "<footer>{{n}}</footer>\n"])
                == "<ul>\n  <li>1</li>\n  <li>2</li>\n</ul>\n<footer></footer>\nend inline\n")
        // The last line needs no line feed to stand alone; a variable never stands alone.
        #expect(try render("a\n  {{#yes}}  \nb\n{{/yes}}", context) == "a\nb\n")
        #expect(try render("a\n  {{n}}  \nb", ["n": "x"]) == "a\n  x  \nb")
    }

    @Test func badTemplatesNameTheirLine() {
        func error(_ source: String) -> String? {
            do {
                _ = try Template(parsing: source)
                return nil
            } catch {
                return error.description
            }
        }
        #expect(error("a\n{{#open}}\nb") == "line 2: {{#open}} is never closed")
        #expect(error("a\nb\n{{#a}}{{/b}}") == "line 3: {{/b}} closes {{#a}} of line 3")
        #expect(error("{{/a}}") == "line 1: {{/a}} closes no section")
        #expect(error("x\n{{name") == "line 2: unclosed tag")
        #expect(error("{{=<% %>=}}") == "line 1: changing delimiters is not supported")
        #expect(error("  {{> indented}}\n") == "line 1: indented partials are not supported")
        #expect(error(String(repeating: "{{#a}}", count: 40)) == "line 1: sections nested too deep")
    }
}

/// `DisplayableText.html` decides from the bytes whether a text needs any change; whatever it decides, the result is
/// the character-by-character conversion's.
@Suite struct DisplayableTextTests {
    @Test func theQuickCheckNeverMissesAChange() {
        let alphabet: [Unicode.Scalar] = [
            "a", "Z", " ", "<", ">", "&", "\"", "'", "\t", "\n", "\r", "\u{0}", "\u{1B}", "\u{7F}", "ñ", "é", "\u{301}", "\u{20DD}",
            "\u{FE20}", "\u{FFFE}", "\u{FFFF}", "\u{FFFD}", "\u{EFFF}", "中", "\u{1F600}", "\u{200D}",
        ]
        var generator = SeededGenerator(seed: 7)
        var changed = 0
        for _ in 0..<20_000 {
            let length = Int.random(in: 0...6, using: &generator)
            let text = String(String.UnicodeScalarView((0..<length).map { _ in alphabet.randomElement(using: &generator)! }))
            let expected = DisplayableText.byCharacter(text)
            #expect(DisplayableText.html(text) == expected, "\(text.unicodeScalars.map { String($0.value, radix: 16) })")
            if expected != text { changed += 1 }
        }
        // Both kinds of text were tried.
        #expect(changed > 1_000 && changed < 19_000)
    }
}

/// The names a template reads are checked against what the renderer gives (`TemplateLibrary.unknownNames`, run on
/// every page a debug build renders) and against the translation tables when the templates are loaded, so a misspelt
/// name fails a test instead of rendering nothing.
@Suite struct TemplateNameCheckTests {
    func unknown(_ source: String, _ context: [String: Any], partials: [String: String] = [:]) throws -> [String] {
        var library = TemplateLibrary()
        try library.register(source, named: "main")
        for (name, text) in partials { try library.register(text, named: name) }
        return library.unknownNames("main", HTMLRenderer.pruned(context))
    }

    @Test func aMisspeltNameIsReported() throws {
        #expect(try unknown("{{folio}} {{fiolo}}", ["folio": "F-1"]) == ["main: fiolo"])
        #expect(try unknown("{{t.site.nmae}}", ["t": ["site": ["name": "Cuentas Claras"]]]) == ["main: t.site.nmae"])
    }

    @Test func aNameGivenWithoutValueIsGiven() throws {
        let context: [String: Any] = ["empty": "", "none": String?.none as Any, "off": false]
        #expect(try unknown("{{empty}}{{none}}{{#off}}x{{/off}}{{^none}}y{{/none}}", context).isEmpty)
    }

    @Test func namesInsideSectionsThatShowNothingAreStillChecked() throws {
        let context: [String: Any] = ["off": false, "rows": [["n": "1"]], "object": ["inner": "x"]]
        #expect(try unknown("{{#off}}{{hidden}}{{/off}}", context) == ["main: hidden"])
        #expect(try unknown("{{^rows}}{{alone}}{{/rows}}", context) == ["main: alone"])
        #expect(try unknown("{{#rows}}{{n}}{{m}}{{/rows}}{{#object}}{{inner}}{{outer}}{{/object}}", context) == ["main: m", "main: outer"])
    }

    @Test func partialsAreFollowedAndAMissingOneIsReported() throws {
        #expect(try unknown("{{> part}}", ["a": "1"], partials: ["part": "{{a}}{{b}}"]) == ["part: b"])
        #expect(try unknown("{{> nowhere}}", [:]) == ["main: {{> nowhere}}"])
    }

    @Test func aMisspeltTranslationKeyStopsTheTemplatesFromLoading() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("templates-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.copyItem(at: templatesFolder, to: folder)
        _ = try HTMLRenderer(folder: folder)  // the copy as it is loads
        let glossary = folder.appendingPathComponent("html/glossary.mustache")
        let text = try String(contentsOf: glossary, encoding: .utf8)
        try (text + "{{t.site.nmae}}\n").write(to: glossary, atomically: true, encoding: .utf8)
        #expect(
            throws: RenderError.template(
                name: "glossary", detail: "{{t.site.nmae}}: no translation \"site.nmae\" in es.json")
        ) { try HTMLRenderer(folder: folder) }
    }
}
