import Hummingbird

/// A finished answer thrown out of a route (a 403 page, a redirect to sign in), so that every route checks a form
/// the same way in one line. `SecurityHeadersMiddleware` turns it back into its response.
struct PageRefusal: HTTPResponseError {
    let answer: Response

    init(_ answer: Response) { self.answer = answer }

    var status: HTTPResponse.Status { answer.status }

    func response(from request: Request, context: some RequestContext) throws -> Response { answer }
}
