import CuentasCore
import CuentasStatements

extension HTMLRenderer {
    /// A receipt's public page, at `SitePath.receipt`: Spanish then English on one page (a receipt is forwarded to
    /// families who read either), no member's number, marked `noindex`, linked from nowhere. With `address` (the
    /// site's base address is known), the page carries its own address and a QR code of it. `projectsBase` is what
    /// comes before a project page's path (`es/projects/F.html`) in its links: the site's address when known (a page
    /// forwarded alone still leads to the project), else a path relative to the receipts' folder.
    public func receiptPage(_ receipt: DonationReceipt, address: String?, projectsBase: String) -> String {
        let shown = receipt.forPublic
        let languages: [[String: Any]] = Language.allCases.map { language in
            let t = translations[language]!
            var values = receiptBody(shown, language: language) { folio in projectsBase + SitePath.project(folio, language) }.context
            values["lang"] = language.rawValue
            values["generated"] = t.format("footer.generated", t.date(receipt.asOf))
            values["stamp"] = ""
            values["verifyHref"] = ""
            if let stamp {
                values["stamp"] = t.format(
                    "footer.publication", "\(stamp.number)", t.date(stamp.publishedOn), stamp.signer, stamp.fingerprint)
                values["verifyHref"] = projectsBase + SitePath.verifyPage
            }
            return values
        }
        var context: [String: Any] = [
            "pageTitle": translations[.spanish]!.format("receipt.pageTitle", receipt.code?.text ?? ""), "languages": languages,
            "address": "", "addressLabel": "", "qr": "",
        ]
        if let address {
            context["address"] = address
            context["addressLabel"] = Language.allCases.map { translations[$0]!["receipt.address"] }.joined(separator: " · ")
            context["qr"] = QRCode(address)?.svg(size: 160, label: translations[.spanish]!["receipt.qr"]) ?? ""
        }
        var pruned = Self.pruned(context)
        if case .object(var values) = pruned, case .list(let items)? = values["languages"] {
            // Each language's part reads its own translation table.
            values["languages"] = .list(
                zip(items, Language.allCases).map { item, language in
                    guard case .object(var fields) = item else { return item }
                    fields["t"] = templateTranslations[language]!
                    return .object(fields)
                })
            pruned = .object(values)
        }
        return renderPruned("receipt", pruned)
    }

    /// The words of `receipt-body` for one language; `projectHref` gives the address of a project's statement.
    public func receiptBody(_ receipt: DonationReceipt, language: Language, projectHref: (Folio) -> String) -> ReceiptBody {
        let t = translations[language]!
        return ReceiptBody(
            code: receipt.code?.text ?? "", opening: ReceiptWords.opening(receipt, t),
            event: receipt.event.map { t.format("receipt.event", $0) },
            member: receipt.memberNumber.map { t.format("receipt.member", "\($0)") },
            parts: ReceiptWords.projects(receipt, t).map { project in
                .init(sentences: project.sentences, href: projectHref(project.folio), title: project.title)
            },
            stillInFund: ReceiptWords.stillInFund(receipt, t), asOf: t.format("receipt.asOf", t.date(receipt.asOf)))
    }
}

/// A receipt in one language, as the `receipt-body` template shows it (a web page holds it until it is rendered).
public struct ReceiptBody: Sendable {
    public struct Part: Sendable {
        let sentences: [String]
        let href: String
        let title: String
    }

    let code: String
    let opening: String
    let event: String?
    let member: String?
    let parts: [Part]
    let stillInFund: String?
    let asOf: String

    /// The template's values.
    public var context: [String: Any] {
        [
            "code": code, "opening": opening, "asOf": asOf,
            "parts": parts.map { part -> [String: Any] in ["sentences": part.sentences, "href": part.href, "title": part.title] },
            "event": event as Any, "member": member as Any, "stillInFund": stillInFund as Any,
        ]
    }
}
