import CuentasCore
import CuentasRender
import Hummingbird

/// Why a request is refused, thrown out of a controller and answered by `RefusalMiddleware` with a page in the
/// request's language: 403 when the user may not do it, 404 for what does not exist, and so on. Every controller
/// refuses the same way, in one line.
struct PageRefusal: Error, Sendable {
    let status: HTTPResponse.Status
    /// The page's message, in the language of the translation given.
    let message: @Sendable (Translation) -> String
    /// Answered with a redirection instead of a page: the sign-in page for nobody signed in.
    var redirect: String?

    init(_ status: HTTPResponse.Status, _ key: String) {
        self.status = status
        self.message = { $0[key] }
    }

    init(_ status: HTTPResponse.Status, message: @escaping @Sendable (Translation) -> String) {
        self.status = status
        self.message = message
    }

    static let notFound = PageRefusal(.notFound, "app.notFound")
    static let outOfScope = PageRefusal(.forbidden, "app.outOfScope")
    /// A form without this session's anti-forgery token, or not a form at all.
    static let forgery = PageRefusal(.forbidden, "app.forgery")
    static let staleForm = PageRefusal(.badRequest, "app.staleForm")

    static var signInRequired: PageRefusal {
        var refusal = PageRefusal(.seeOther, "app.login")
        refusal.redirect = "/app/login"
        return refusal
    }

    /// Only users of this role may do it.
    static func onlyRole(_ role: UserRole) -> PageRefusal {
        PageRefusal(.forbidden) { t in t.format("app.onlyRole", t["app.role_\(role.rawValue)"]) }
    }
}
