import ArgumentParser
import CuentasCore
import CuentasIntegrity
import Foundation

struct VerifyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "verify",
        abstract: "Check a published statement or a whole published site offline: hashes, signatures, keys, history.",
        discussion: """
            PATH is one statement (.html or .xml), one publication folder (versions/N), or a site folder. Signers are
            checked against the keys the site lists (keys.json), or only against --trusted-key when given. Exits non-zero
            if anything was altered, is missing, was signed by an unknown key, or a publication lost earlier movements.
            Examples: cuentas verify demo/site
                      cuentas verify 3X1-2024-003.html --trusted-key tesoreria.key.pub
            """)

    @OptionGroup var global: GlobalOptions
    @Argument(help: "A statement file, a publication folder or a site folder.") var path: String
    @Option(help: "The public key (.pub) of the signer you trust; then no other key is accepted.") var trustedKey: String?

    func run() throws {
        try global.perform { context in
            let url = URL(fileURLWithPath: path).standardizedFileURL
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder) else {
                throw CommandFailure(message: context.say("\(path): no existe", "\(path): does not exist"))
            }
            let keys = try trustedKeys(near: url, context)
            let verifier = PublicationVerifier(keys: keys)
            var findings: [PublicationVerifier.Finding] = []
            if !isFolder.boolValue {
                findings.append(verifier.verifyStatement(name: url.lastPathComponent, bytes: Array(try Data(contentsOf: url))))
            } else if FileManager.default.fileExists(atPath: url.appendingPathComponent(PublicationManifest.fileName).path) {
                findings += try verifyVersion(url, name: url.lastPathComponent, verifier)
            } else {
                let versions = url.appendingPathComponent("versions")
                let numbers = ((try? FileManager.default.contentsOfDirectory(atPath: versions.path)) ?? []).compactMap(Int.init).sorted()
                guard !numbers.isEmpty else {
                    throw CommandFailure(message: context.say(
                        "\(path): no hay publicaciones firmadas (versions/N/publication.json)",
                        "\(path): no signed publications (versions/N/publication.json)"))
                }
                var manifests: [PublicationManifest] = []
                for number in numbers {
                    let folder = versions.appendingPathComponent("\(number)")
                    findings += try verifyVersion(folder, name: "versions/\(number)", verifier)
                    if let manifest = try? PublicationManifest.decode(Array(Data(contentsOf: folder.appendingPathComponent(PublicationManifest.fileName)))) {
                        manifests.append(manifest)
                    }
                }
                for (earlier, later) in zip(manifests, manifests.dropFirst()) {
                    findings += verifier.compare(earlier: earlier, later: later)
                }
            }
            var problems = 0
            for finding in findings {
                print(describe(finding, context))
                switch finding {
                case .valid, .movementsAdded: break
                default: problems += 1
                }
            }
            let valid = findings.filter { if case .valid = $0 { return true } else { return false } }.count
            if problems > 0 {
                throw CommandFailure(message: context.say(
                    "\(problems) problemas; \(valid) archivos válidos", "\(problems) problems; \(valid) files valid"))
            }
            print(context.say("Todo válido: \(valid) archivo(s).", "All valid: \(valid) file(s)."))
        }
    }

    private func verifyVersion(_ folder: URL, name: String, _ verifier: PublicationVerifier) throws -> [PublicationVerifier.Finding] {
        let manifest = Array(try Data(contentsOf: folder.appendingPathComponent(PublicationManifest.fileName)))
        let signatureText = (try? String(contentsOf: folder.appendingPathComponent(PublicationManifest.signatureFileName), encoding: .utf8)) ?? ""
        let signature = Data(base64Encoded: signatureText.trimmingCharacters(in: .whitespacesAndNewlines)) ?? Data()
        var files: [String: [UInt8]] = [:]
        let base = folder.standardizedFileURL.path + "/"
        for case let file as URL in FileManager.default.enumerator(at: folder, includingPropertiesForKeys: [.isRegularFileKey])! {
            guard (try? file.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true else { continue }
            let relative = file.standardizedFileURL.path.replacingOccurrences(of: base, with: "")
            if relative == PublicationManifest.fileName || relative == PublicationManifest.signatureFileName { continue }
            files[relative] = Array(try Data(contentsOf: file))
        }
        var findings = verifier.verifyPublication(folder: name, manifestBytes: manifest, signature: signature, files: files)
        if let listed = try? PublicationManifest.decode(manifest) {
            for path in files.keys.sorted() where listed.files[path] == nil {
                findings.append(.altered(file: "\(name)/\(path)", why: "not part of the signed publication"))
            }
        }
        return findings
    }

    /// --trusted-key, or the keys.json of the site the path is in (looking up from it), or none.
    private func trustedKeys(near url: URL, _ context: CommandContext) throws -> KeyList? {
        if let trustedKey {
            guard let text = try? String(contentsOfFile: trustedKey, encoding: .utf8) else {
                throw CommandFailure(message: context.say("\(trustedKey): no se puede leer", "\(trustedKey): cannot be read"))
            }
            return KeyList([try PublicIdentity(fileText: text)])
        }
        var folder = url
        for _ in 0..<6 {
            let candidate = folder.appendingPathComponent(KeyList.fileName)
            if let data = try? Data(contentsOf: candidate), let list = try? JSONDecoder().decode(KeyList.self, from: data) { return list }
            folder.deleteLastPathComponent()
        }
        return nil
    }

    private func describe(_ finding: PublicationVerifier.Finding, _ context: CommandContext) -> String {
        switch finding {
        case .valid(let file, let publication, let signer, let fingerprint):
            let who = signer.isEmpty ? fingerprint : "\(signer), \(fingerprint)"
            return context.say("válido      \(file) (publicación \(publication); \(who))", "valid       \(file) (publication \(publication); \(who))")
        case .altered(let file, let why):
            return context.say("ALTERADO    \(file): \(why)", "ALTERED     \(file): \(why)")
        case .unknownKey(let file, let fingerprint):
            return context.say(
                "LLAVE DESCONOCIDA \(file): firmado con la llave \(fingerprint), que el sitio no reconoce",
                "UNKNOWN KEY \(file): signed with key \(fingerprint), which the site does not list")
        case .missingFile(let file):
            return context.say("FALTA       \(file)", "MISSING     \(file)")
        case .movementsAdded(let publication, let since, let count):
            return context.say(
                "historia   publicación \(publication): \(count) movimientos nuevos desde la \(since); ninguno falta",
                "history    publication \(publication): \(count) movements added since publication \(since); none missing")
        case .movementsMissing(let publication, let earlier):
            return context.say(
                "FALTAN MOVIMIENTOS: la publicación \(publication) no conserva todos los movimientos de la \(earlier)",
                "MOVEMENTS MISSING: publication \(publication) does not keep every movement of publication \(earlier)")
        }
    }
}
