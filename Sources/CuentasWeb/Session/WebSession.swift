/// What the server keeps for one browser between requests (in memory, behind an HttpOnly, SameSite=Strict cookie):
/// who signed in, the token every form must send back, and the chosen language.
public struct WebSession: Codable, Sendable {
    /// The signed-in user's name; nil before signing in.
    var userName: String?
    /// The anti-forgery token: every form carries it, and a POST without it is refused with 403.
    var csrfToken: String
    /// "es" or "en" once chosen; until then the browser's Accept-Language decides.
    var language: String?
}
