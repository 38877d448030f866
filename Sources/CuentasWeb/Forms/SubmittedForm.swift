import Foundation
import Hummingbird
import MultipartKit

/// A form the app receives. Each form of the app is one type conforming to this, decoded from the body in one place
/// (`Request.decodeForm`): read up to the form's own size limit, decoded with Hummingbird's `URLEncodedFormDecoder`
/// (or MultipartKit's `FormDataDecoder` for uploads), and accepted only with this session's anti-forgery token.
protocol SubmittedForm: Decodable, Sendable {
    /// The session's anti-forgery token, sent back in a hidden field.
    var csrf: String { get }
    /// The largest body this form may send: a larger one is refused (413) before it is read whole.
    static var maximumBytes: Int { get }
}

extension SubmittedForm {
    /// A form of text fields: a few kilobytes (a project's descriptions are the longest).
    static var maximumBytes: Int { 64 * 1024 }
}

extension SubmittedForm {
    /// The form in a body of its content type; `PageRefusal.forgery` for anything else: not a form encoding, no
    /// token, a name sent twice, a broken body. Nothing is read from a body that is not wholly this form.
    static func decode(_ body: ByteBuffer, contentType: String?) throws(PageRefusal) -> Self {
        let contentType = contentType ?? ""
        do {
            switch contentType.split(separator: ";").first.map({ $0.trimmingCharacters(in: .whitespaces).lowercased() }) {
            case "application/x-www-form-urlencoded":
                return try URLEncodedFormDecoder().decode(Self.self, from: String(buffer: body))
            case "multipart/form-data":
                guard let boundary = HeaderParameter.value(of: "boundary", in: contentType) else { throw PageRefusal.forgery }
                return try FormDataDecoder().decode(Self.self, from: body, boundary: boundary)
            default:
                throw PageRefusal.forgery
            }
        } catch {
            throw .forgery
        }
    }
}

extension Request {
    /// The form of type `Form`, or a refusal: 413 for a body over the form's limit, 403 (`PageRefusal.forgery`) for
    /// a body that is not this form or does not carry this session's token.
    func decodeForm<Form: SubmittedForm>(_ type: Form.Type, context: AppRequestContext) async throws -> Form {
        var request = self
        let body = try await request.collectBody(upTo: Form.maximumBytes)
        let form = try Form.decode(body, contentType: headers[.contentType])
        guard let session = context.sessions.session, RandomToken.same(form.csrf, session.csrfToken) else { throw PageRefusal.forgery }
        return form
    }
}
