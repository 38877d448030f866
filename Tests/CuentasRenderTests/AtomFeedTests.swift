import CuentasCore
import CuentasRender
import CuentasStatements
import CuentasTestSupport
import Foundation
import Testing

#if canImport(FoundationXML)
import FoundationXML
#endif

/// The feeds a migrant follows a town or a club by are Atom (RFC 4287): the elements a feed and each entry must have,
/// ids that stay the same from one publication to the next, links that lead to the pages, and no member's or
/// student's name.
@Suite struct AtomFeedTests {
    static let atom = "http://www.w3.org/2005/Atom"

    /// The RFC's rules a reader relies on (4.1.1, 4.1.2, 3.3, 3.5): one id, title and updated in the feed and in each
    /// entry; an author; ids that are absolute IRIs; dates in RFC 3339.
    static func problems(_ text: String) throws -> [String] {
        let document = try XMLDocument(data: Data(text.utf8), options: [])
        guard let feed = document.rootElement(), feed.localName == "feed", feed.uri == atom else { return ["not an Atom feed element"] }
        var found: [String] = []
        func children(_ element: XMLElement, _ name: String) -> [XMLElement] { element.elements(forLocalName: name, uri: atom) }
        func attribute(_ element: XMLElement, _ name: String) -> String? { Self.attribute(element, name) }
        func exactlyOne(_ element: XMLElement, _ names: [String], _ where_: String) {
            for name in names where children(element, name).count != 1 {
                found.append("\(where_): \(children(element, name).count) <\(name)>")
            }
        }
        func checkIDAndDate(_ element: XMLElement, _ where_: String) {
            let id = children(element, "id").first?.stringValue ?? ""
            if !(id.hasPrefix("urn:uuid:") && id.count == 45) && !id.hasPrefix("http") {
                found.append("\(where_): id \(id) is not an absolute IRI")
            }
            let updated = children(element, "updated").first?.stringValue ?? ""
            if updated.wholeMatch(of: /[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}Z/) == nil {
                found.append("\(where_): updated \(updated)")
            }
        }
        exactlyOne(feed, ["id", "title", "updated"], "feed")
        checkIDAndDate(feed, "feed")
        if children(feed, "author").isEmpty { found.append("feed: no author") }
        if !children(feed, "link").contains(where: { attribute($0, "rel") == "alternate" }) { found.append("feed: no alternate link") }
        for (number, entry) in children(feed, "entry").enumerated() {
            exactlyOne(entry, ["id", "title", "updated", "summary"], "entry \(number + 1)")
            checkIDAndDate(entry, "entry \(number + 1)")
            if children(entry, "link").first.flatMap({ attribute($0, "href") })?.isEmpty != false {
                found.append("entry \(number + 1): no link")
            }
        }
        return found
    }

    /// An attribute's value (read from the list: swift-corelibs-foundation finds no attribute by name on an element in a
    /// namespace).
    static func attribute(_ element: XMLElement, _ name: String) -> String? {
        (element.attributes ?? []).first { $0.name == name || $0.localName == name }?.stringValue
    }

    static func entries(_ text: String) throws -> [(id: String, title: String, link: String)] {
        let feed = try XMLDocument(data: Data(text.utf8), options: []).rootElement()!
        return feed.elements(forLocalName: "entry", uri: atom).map { entry in
            (
                entry.elements(forLocalName: "id", uri: atom)[0].stringValue ?? "",
                entry.elements(forLocalName: "title", uri: atom)[0].stringValue ?? "",
                attribute(entry.elements(forLocalName: "link", uri: atom)[0], "href") ?? ""
            )
        }
    }

    @Test func everyFeedIsAtomAndLeadsToPagesOfTheSite() throws {
        let site = try SiteBuilder().build(
            state: StatementFixture.state(kind: .scholarship), asOf: StatementFixture.asOf, corridorPrices: [])
        let feeds = site.filter { $0.key.hasSuffix(".atom") }
        // The municipality's and the club's, in both languages.
        #expect(
            feeds.keys.sorted()
                == [
                    "feeds/en/clubs/CLUB.atom", "feeds/en/municipalities/MUN.atom", "feeds/es/clubs/CLUB.atom",
                    "feeds/es/municipalities/MUN.atom",
                ].map {
                    $0.replacingOccurrences(of: "CLUB", with: StatementFixture.club.text).replacingOccurrences(
                        of: "MUN", with: StatementFixture.municipality.text)
                })
        for (path, data) in feeds {
            let text = String(decoding: data, as: UTF8.self)
            let found = try Self.problems(text)
            #expect(found == [], "\(path): \(found) \((try? Self.entries(text).map(\.link)) ?? [])")
            let entries = try Self.entries(text)
            #expect(!entries.isEmpty, "\(path)")
            for entry in entries {
                // Each link, from the feed's place three folders down, names a page the site has.
                let page = entry.link.replacingOccurrences(of: "../../../", with: "")
                #expect(entry.link.hasPrefix("../../../") && site[page] != nil, "\(path): \(entry.link)")
            }
            // A scholarship: no payee, no member named.
            #expect(!text.contains("Constructora del Valle") && !text.contains("María G."), "\(path)")
        }
        let spanish = String(decoding: feeds["feeds/es/municipalities/\(StatementFixture.municipality.text).atom"]!, as: UTF8.self)
        #expect(spanish.contains("un becario (datos reservados)"))
    }

    @Test func entriesKeepTheirIdsWhenTheLedgerGrowsAndTheNewestComeFirst() throws {
        let builder = try SiteBuilder()
        let path = "feeds/en/municipalities/\(StatementFixture.municipality.text).atom"
        let before = try Self.entries(
            String(
                decoding: builder.build(state: StatementFixture.state(), asOf: StatementFixture.asOf, corridorPrices: [])[path]!,
                as: UTF8.self))
        let after = try Self.entries(
            String(
                decoding: builder.build(
                    state: StatementFixture.state(inTransit: true), asOf: StatementFixture.date("2025-12-31"), corridorPrices: [])[path]!,
                as: UTF8.self))
        // The sendings recorded after the rest are the newest entries; every older entry kept its id and its words.
        #expect(after.count > before.count)
        let kept = after.filter { entry in before.contains { $0.id == entry.id } }
        #expect(kept.count == before.count)
        for entry in kept { #expect(before.first { $0.id == entry.id }!.title == entry.title) }
        #expect(!before.contains { $0.id == after[0].id })
    }
}
