import Foundation
import Testing

@testable import CuentasWeb

@Suite struct FormInputTests {
    @Test func urlEncodedFieldsAreDecoded() throws {
        let input = try #require(FormInput.parse(Array("a=1+2&b=%C3%B1and%C3%BA&c=&d=x%3Dy".utf8), contentType: "application/x-www-form-urlencoded"))
        #expect(input["a"] == "1 2")
        #expect(input["b"] == "ñandú")
        #expect(input["c"] == "")
        #expect(input["d"] == "x=y")
        #expect(input["e"] == nil)
    }

    @Test func multipartKeepsFieldsAndFilesApart() throws {
        let body = "--XyZ\r\nContent-Disposition: form-data; name=\"csrf\"\r\n\r\nabc\r\n--XyZ\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.csv\"\r\nContent-Type: text/csv\r\n\r\nx,y\r\n1,2\r\n\r\n--XyZ--\r\n"
        let input = try #require(FormInput.parse(Array(body.utf8), contentType: "multipart/form-data; boundary=XyZ"))
        #expect(input["csrf"] == "abc")
        let file = try #require(input.files["file"])
        #expect(file.fileName == "a.csv")
        #expect(String(data: file.data, encoding: .utf8) == "x,y\r\n1,2\r\n")
    }

    @Test func anythingElseIsNotAForm() {
        #expect(FormInput.parse(Array("{}".utf8), contentType: "application/json") == nil)
        #expect(FormInput.parse(Array("a=1".utf8), contentType: nil) == nil)
        #expect(FormInput.parse(Array("no boundary".utf8), contentType: "multipart/form-data") == nil)
        #expect(FormInput.parse([0xff, 0xfe], contentType: "application/x-www-form-urlencoded") == nil)
    }

    @Test func tokensCompareWhole() {
        #expect(RandomToken.same("abc", "abc"))
        #expect(!RandomToken.same("abc", "abd"))
        #expect(!RandomToken.same("abc", "abcd"))
        #expect(!RandomToken.same("", ""))
        #expect(RandomToken.make().count == 64 && RandomToken.make() != RandomToken.make())
    }
}
