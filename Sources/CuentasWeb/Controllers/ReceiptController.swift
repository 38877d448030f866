import CuentasCore
import CuentasRender
import CuentasStatements
import Foundation
import Hummingbird

/// Receipts for the treasurer to print or send in a chat: one donation's, by its code, with the address of its public
/// page as a link and a QR code; and one member's donations of a year. The club's treasurer and auditors only (the
/// printed receipt carries the member's number; the public page does not).
struct ReceiptController {
    let services: AppServices

    var endpoints: RouteCollection<AppRequestContext> {
        let routes = RouteCollection(context: AppRequestContext.self)
        routes.get("receipts") { request, context in
            let user = try context.user
            return try await services.work.run { try lookupPage(user, request, context, code: "", error: nil) }
        }
        routes.post("receipts") { request, context in
            let user = try context.user
            let form = try await request.decodeForm(ReceiptLookupForm.self, context: context)
            return try await services.work.run {
                let t = services.pages.translation(request, context)
                if let member = form.member, let year = form.year, form.code?.isEmpty ?? true {
                    guard let club = user.clubID, let number = PlainNumber.parse(member), let year = PlainNumber.parse(year),
                        (1900...2200).contains(year)
                    else { return try lookupPage(user, request, context, code: "", error: t["app.receiptMemberYearExpected"]) }
                    return Response.redirect(to: "/app/receipts/member/\(club.text)/\(number)/\(year)")
                }
                do {
                    let code = try ReceiptCode(parsing: form.code ?? "")
                    return Response.redirect(to: "/app/receipts/\(code.compact)")
                } catch let error as ReceiptCodeError {
                    return try lookupPage(user, request, context, code: form.code ?? "", error: error.message(in: t.language))
                }
            }
        }
        routes.get("receipts/{code}") { request, context in
            let user = try context.user
            let typed = context.parameters.get("code") ?? ""
            return try await services.work.run { try receiptPage(user, typed, request, context) }
        }
        routes.get("receipts/member/{club}/{member}/{year}") { request, context in
            let user = try context.user
            return try await services.work.run { try memberYearPage(user, request, context) }
        }
        return routes
    }

    private func lookupPage(
        _ user: UserAccount, _ request: Request, _ context: AppRequestContext, code: String, error: String?
    ) throws -> Response {
        guard user.role == .treasurer || user.role == .auditor else { throw PageRefusal.outOfScope }
        let t = services.pages.translation(request, context)
        var page = AppPage(title: t["receipt.lookup"])
        var byCode = AppForm(heading: t["receipt.lookup"], action: "/app/receipts", submitLabel: t["app.receiptShow"])
        byCode.fields = [
            FormField(
                name: "code", label: t["receipt.code"], value: code, hint: t["app.receiptCodeHint"], error: error, required: true,
                autocomplete: "off")
        ]
        page.forms = [byCode]
        if user.role == .treasurer {
            var byMember = AppForm(heading: t["app.receiptMemberYear"], action: "/app/receipts", submitLabel: t["app.receiptShow"])
            byMember.fields = [
                FormField(name: "member", label: t["app.receiptMember"], kind: .number, required: true),
                FormField(name: "year", label: t["app.receiptYear"], kind: .number, value: "\(CalendarDate.today().year)", required: true),
            ]
            page.forms.append(byMember)
        }
        if error != nil { page.status = .unprocessableContent }
        if user.role == .treasurer, let club = user.clubID {
            page.tables = [try latestDonations(club, t)]
        }
        page.links = [("/app", t["app.backHome"])]
        return services.pages.respond(page, request, context)
    }

    /// The club's last donations with their receipts: after an import, the treasurer finds each giver's code here.
    private func latestDonations(_ club: PartyID, _ t: Translation) throws -> AppTable {
        let state = try services.ledger.clubState(club)
        let donations = (state.clubMovementIDs[club] ?? []).reversed().lazy.compactMap { id -> (Movement, Donation)? in
            guard let movement = state.movements[id], case .donation(let donation) = movement.body else { return nil }
            return (movement, donation)
        }.prefix(20)
        return AppTable(
            caption: t["app.receiptLatest"], headers: [t["app.date"], t["app.amount"], t["app.receiptFrom"], t["receipt.code"]],
            rows: donations.map { movement, donation in
                let from: String
                switch donation.source {
                case .member(let number): from = number.map { t.format("receipt.member", "\($0)") } ?? "—"
                case .event(let name): from = name
                }
                let reversed = state.reversedBy[movement.id] != nil
                return AppTable.Row(cells: [
                    .init(text: t.date(movement.occurredOn)),
                    .init(text: t.money(donation.amount) + (reversed ? " (\(t["app.reversedMark"]))" : "")),
                    .init(text: from),
                    .init(text: donation.receipt?.text ?? "—", href: donation.receipt.map { "/app/receipts/\($0.compact)" }),
                ])
            }, emptyText: t["app.none"])
    }

    private func receiptPage(_ user: UserAccount, _ typed: String, _ request: Request, _ context: AppRequestContext) throws -> Response {
        let t = services.pages.translation(request, context)
        guard let code = try? ReceiptCode(parsing: typed), let club = try services.ledger.club(ofReceipt: code) else {
            throw PageRefusal.notFound
        }
        guard AccessRule.mayReadReceipts(of: club, by: user) else { throw PageRefusal.outOfScope }
        guard let receipt = DonationReceipt(code: code, state: try services.ledger.clubState(club), asOf: CalendarDate.today()) else {
            throw PageRefusal.notFound
        }
        var page = AppPage(title: t.format("receipt.pageTitle", code.text))
        page.receipt = services.pages.renderer.receiptBody(receipt, language: t.language) { folio in "/app/projects/\(folio.text)" }
        let path = SitePath.receipt(code)
        if let base = services.configuration.baseURL {
            page.receiptAddress = base + path
            page.receiptQR = QRCode(base + path)?.svg(size: 200, label: t["receipt.qr"])
        } else {
            page.intro = [t.format("receipt.addressLater", "/" + path)]
        }
        page.links = [("/app/receipts", t["receipt.lookup"]), ("/app", t["app.backHome"])]
        return services.pages.respond(page, request, context)
    }

    private func memberYearPage(_ user: UserAccount, _ request: Request, _ context: AppRequestContext) throws -> Response {
        let t = services.pages.translation(request, context)
        guard let club = try? PartyID(context.parameters.get("club") ?? "", field: "club"),
            let member = PlainNumber.parse(context.parameters.get("member") ?? ""),
            let year = PlainNumber.parse(context.parameters.get("year") ?? ""), (1900...2200).contains(year)
        else { throw PageRefusal.notFound }
        guard AccessRule.mayReadReceipts(of: club, by: user) else { throw PageRefusal.outOfScope }
        guard
            let statement = MemberYearStatement(
                clubID: club, memberNumber: member, year: Int(year), state: try services.ledger.clubState(club), asOf: CalendarDate.today())
        else { throw PageRefusal.notFound }
        var page = AppPage(title: t.format("receipt.memberYear", "\(member)", "\(year)") + " · \(statement.club.name)")
        page.intro = [
            statement.receipts.isEmpty
                ? t["receipt.memberYearNone"] : t.format("receipt.memberYearTotal", t.money(statement.total), "\(statement.receipts.count)")
        ]
        page.tables = [
            AppTable(
                caption: t["app.receiptDonations"], headers: [t["app.date"], t["app.amount"], t["receipt.code"], t["app.receiptWhere"]],
                rows: statement.receipts.map { receipt in
                    AppTable.Row(cells: [
                        .init(text: t.date(receipt.date)), .init(text: t.money(receipt.amount)),
                        .init(text: receipt.code?.text ?? "—", href: receipt.code.map { "/app/receipts/\($0.compact)" }),
                        .init(text: ReceiptWords.summary(receipt, t)),
                    ])
                }, emptyText: t["receipt.memberYearNone"])
        ]
        page.links = [("/app/receipts", t["receipt.lookup"]), ("/app", t["app.backHome"])]
        return services.pages.respond(page, request, context)
    }
}
