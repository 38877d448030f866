import Foundation
import NIOCore
import Testing

@testable import CuentasWeb

/// Each form of the app is one type, decoded in one place (`SubmittedForm.decode`): what decodes, and what is refused.
@Suite struct FormDecodingTests {
    static let urlEncoded = "application/x-www-form-urlencoded"

    @Test func urlEncodedFieldsAreDecoded() throws {
        let form = try RecordingForm.decode(ByteBuffer(string: "csrf=t&a=1+2&b=%C3%B1and%C3%BA&c=&d=x%3Dy"), contentType: Self.urlEncoded)
        #expect(form.csrf == "t")
        #expect(form["a"] == "1 2")
        #expect(form["b"] == "ñandú")
        #expect(form["c"] == "")
        #expect(form["d"] == "x=y")
        #expect(form["e"] == nil)
        #expect(form.submission == nil)
        let login = try LoginForm.decode(ByteBuffer(string: "csrf=t&name=ana&password=p%26ss"), contentType: Self.urlEncoded)
        #expect(login.name == "ana" && login.password == "p&ss")
    }

    @Test func multipartKeepsFieldsAndFilesApart() throws {
        let body =
            "--XyZ\r\nContent-Disposition: form-data; name=\"csrf\"\r\n\r\nabc\r\n--XyZ\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.csv\"\r\nContent-Type: text/csv\r\n\r\nx,y\r\n1,2\r\n\r\n--XyZ--\r\n"
        let form = try ImportUploadForm.decode(ByteBuffer(string: body), contentType: "multipart/form-data; boundary=XyZ")
        #expect(form.csrf == "abc")
        let file = try #require(form.file)
        #expect(file.fileName == "a.csv")
        #expect(String(data: file.data, encoding: .utf8) == "x,y\r\n1,2\r\n")
    }

    /// Anything that is not wholly one of our forms is refused as a forgery, and nothing is read from it.
    @Test func anythingElseIsNotAForm() {
        func refused<Form: SubmittedForm>(_ type: Form.Type, _ body: String, _ contentType: String?) -> Bool {
            do {
                _ = try Form.decode(ByteBuffer(string: body), contentType: contentType)
                return false
            } catch {
                return error.status == .forbidden
            }
        }
        #expect(refused(LoginForm.self, "{}", "application/json"))
        #expect(refused(LoginForm.self, "csrf=t", nil))
        #expect(refused(ImportUploadForm.self, "no boundary", "multipart/form-data"))
        // No token, a name sent twice, a field that is not text.
        #expect(refused(LoginForm.self, "name=ana&password=x", Self.urlEncoded))
        #expect(refused(RecordingForm.self, "name=ana", Self.urlEncoded))
        #expect(refused(LoginForm.self, "csrf=t&name=ana&name=eve", Self.urlEncoded))
        #expect(refused(RecordingForm.self, "csrf=t&amount[x]=1", Self.urlEncoded))
        // A text field is not a file.
        let notAFile =
            "--B\r\nContent-Disposition: form-data; name=\"csrf\"\r\n\r\nt\r\n--B\r\nContent-Disposition: form-data; name=\"file\"\r\n\r\nx\r\n--B--\r\n"
        #expect(refused(ImportUploadForm.self, notAFile, "multipart/form-data; boundary=B"))
    }

    @Test func tokensCompareWhole() {
        #expect(RandomToken.same("abc", "abc"))
        #expect(!RandomToken.same("abc", "abd"))
        #expect(!RandomToken.same("abc", "abcd"))
        #expect(!RandomToken.same("", ""))
        #expect(RandomToken.make().count == 64 && RandomToken.make() != RandomToken.make())
    }
}
