import CuentasIntegrity
import Foundation
import Testing

@Suite struct SignatureTests {
    let identity = SigningIdentity.generate(name: "Tesorería Municipal")

    @Test func keyFilesRoundTripAndNeverMixUp() throws {
        let again = try SigningIdentity(fileText: identity.fileText)
        #expect(again.publicIdentity == identity.publicIdentity)
        let publicOnly = try PublicIdentity(fileText: identity.publicIdentity.fileText)
        #expect(publicOnly == identity.publicIdentity)
        #expect(!identity.publicIdentity.fileText.contains("private"))
        #expect(throws: IntegrityError.self) { try SigningIdentity(fileText: identity.publicIdentity.fileText) }
        #expect(identity.publicIdentity.fingerprint.count == 19)
        #expect(identity.publicIdentity.fingerprint.split(separator: " ").count == 4)
    }

    @Test func signedStatementsVerifyAndOneChangedByteFails() throws {
        let html = "<!DOCTYPE html>\n<html lang=\"es\"><body><p>$800,000.00 MXN</p></body></html>\n"
        let xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<projectStatement>\n  <locality>Centro</locality>\n</projectStatement>\n"
        let verifier = PublicationVerifier(keys: KeyList([identity.publicIdentity]))
        for signed in [
            EmbeddedSignature.signHTML(html, publication: 3, identity: identity),
            EmbeddedSignature.signXML(xml, publication: 3, identity: identity),
        ] {
            guard case .valid(_, let publication, let signer, _) = verifier.verifyStatement(name: "s", bytes: Array(signed.utf8)) else {
                Issue.record("a signed statement did not verify")
                continue
            }
            #expect(publication == 3)
            #expect(signer == "Tesorería Municipal")
            var bytes = Array(signed.utf8)
            for index in [10, bytes.count / 2] {
                bytes[index] ^= 0x01
                guard case .altered = verifier.verifyStatement(name: "s", bytes: bytes) else {
                    Issue.record("a changed byte at \(index) was not noticed")
                    continue
                }
                bytes[index] ^= 0x01
            }
        }
    }

    @Test func aSignatureByAKeyTheSiteDoesNotListIsReported() {
        let stranger = SigningIdentity.generate(name: "Someone")
        let signed = EmbeddedSignature.signHTML("<p>x</p>\n", publication: 1, identity: stranger)
        let verifier = PublicationVerifier(keys: KeyList([identity.publicIdentity]))
        #expect(
            verifier.verifyStatement(name: "a.html", bytes: Array(signed.utf8))
                == .unknownKey(file: "a.html", fingerprint: stranger.publicIdentity.fingerprint))
    }

    @Test func aPublicationThatLostAnEarlierMovementIsReported() {
        func manifest(_ number: Int, movements: Int64, head: String, earlier: [PublicationManifest.EarlierHead]) -> PublicationManifest {
            PublicationManifest(
                number: number, publishedOn: "2026-11-23", asOf: "2026-11-23", signer: identity.publicIdentity,
                ledger: .init(movements: movements, hash: head), earlierHeads: earlier, files: [:])
        }
        let first = manifest(1, movements: 10, head: String(repeating: "a", count: 64), earlier: [])
        let kept = manifest(
            2, movements: 15, head: String(repeating: "b", count: 64),
            earlier: [.init(publication: 1, movements: 10, hash: String(repeating: "a", count: 64))])
        let lost = manifest(
            2, movements: 15, head: String(repeating: "b", count: 64),
            earlier: [.init(publication: 1, movements: 10, hash: String(repeating: "c", count: 64))])
        let shrunk = manifest(2, movements: 9, head: String(repeating: "b", count: 64), earlier: [])
        let verifier = PublicationVerifier(keys: nil)
        #expect(verifier.compare(earlier: first, later: kept) == [.movementsAdded(publication: 2, since: 1, count: 5)])
        #expect(verifier.compare(earlier: first, later: lost) == [.movementsMissing(publication: 2, earlier: 1)])
        #expect(verifier.compare(earlier: first, later: shrunk) == [.movementsMissing(publication: 2, earlier: 1)])
    }

    @Test func aPublicationsFilesAreCheckedAgainstItsSignedManifest() {
        let files: [String: [UInt8]] = ["data/movements.csv": Array("a,b\n".utf8), "xml/x.xsd": Array("<x/>".utf8)]
        let manifest = PublicationManifest(
            number: 1, publishedOn: "2026-11-23", asOf: "2026-11-23", signer: identity.publicIdentity,
            ledger: .init(movements: 0, hash: HashChain.genesis), earlierHeads: [],
            files: files.mapValues { HashChain.sha256($0) })
        let bytes = manifest.encoded
        let verifier = PublicationVerifier(keys: KeyList([identity.publicIdentity]))
        let good = verifier.verifyPublication(folder: "v1", manifestBytes: bytes, signature: identity.signature(for: bytes), files: files)
        #expect(good.allSatisfy { if case .valid = $0 { return true } else { return false } })
        var changed = files
        changed["data/movements.csv"] = Array("a,c\n".utf8)
        let findings = verifier.verifyPublication(
            folder: "v1", manifestBytes: bytes, signature: identity.signature(for: bytes), files: changed)
        #expect(findings.contains(.altered(file: "v1/data/movements.csv", why: "its SHA-256 differs from the publication's manifest")))
        var missing = files
        missing["xml/x.xsd"] = nil
        #expect(
            verifier.verifyPublication(folder: "v1", manifestBytes: bytes, signature: identity.signature(for: bytes), files: missing)
                .contains(.missingFile(file: "v1/xml/x.xsd")))
        let forged = verifier.verifyPublication(
            folder: "v1", manifestBytes: bytes, signature: SigningIdentity.generate(name: "x").signature(for: bytes), files: files)
        #expect(forged == [.altered(file: "v1/publication.json", why: "the manifest's signature does not match")])
    }
}
