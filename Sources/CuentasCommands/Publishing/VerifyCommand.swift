import ArgumentParser
import CuentasCore
import CuentasIntegrity
import CuentasRender
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
            let isSite =
                isFolder.boolValue
                && !FileManager.default.fileExists(atPath: url.appendingPathComponent(PublicationManifest.fileName).path)
            let keys = try trustedKeys(near: url, site: isSite, context)
            let verifier = PublicationVerifier(keys: keys)
            var findings: [PublicationVerifier.Finding] = []
            if !isFolder.boolValue {
                findings.append(verifier.verifyStatement(name: url.lastPathComponent, bytes: Array(try Data(contentsOf: url))))
            } else if FileManager.default.fileExists(atPath: url.appendingPathComponent(PublicationManifest.fileName).path) {
                findings += try verifyVersion(url, name: url.lastPathComponent, verifier)
            } else {
                let versions = url.appendingPathComponent("versions")
                let names = (try? FileManager.default.contentsOfDirectory(atPath: versions.path)) ?? []
                // Only "1", "2"…: a folder renamed to "03", or a publication that did not finish (".4.partial"), is
                // named; nothing else in the folder is read as a publication.
                let numbers = names.compactMap { name in Int(name).flatMap { String($0) == name ? $0 : nil } }.sorted()
                for name in names.sorted() where Int(name).map({ String($0) != name }) ?? true {
                    let why =
                        name.hasSuffix(".partial")
                        ? context.say("una publicación que no terminó de escribirse", "a publication that did not finish being written")
                        : context.say("no es una carpeta de publicación (versions/N)", "not a publication folder (versions/N)")
                    findings.append(.altered(file: "versions/\(name)", why: why))
                }
                guard !numbers.isEmpty || !names.isEmpty else {
                    throw CommandFailure(
                        message: context.say(
                            "\(path): no hay publicaciones firmadas (versions/N/publication.json)",
                            "\(path): no signed publications (versions/N/publication.json)"))
                }
                var manifests: [PublicationManifest] = []
                for number in numbers {
                    let folder = versions.appendingPathComponent("\(number)")
                    findings += try verifyVersion(folder, name: "versions/\(number)", verifier)
                    if let manifest = try? PublicationManifest.decode(
                        Array(Data(contentsOf: folder.appendingPathComponent(PublicationManifest.fileName))))
                    {
                        manifests.append(manifest)
                    }
                }
                for (earlier, later) in zip(manifests, manifests.dropFirst()) {
                    findings += verifier.compare(earlier: earlier, later: later)
                }
                findings += missingPublications(numbers: numbers, manifests: manifests, site: url)
                findings += outsideVersions(url, keys: trustedKey == nil ? keys : nil)
                for folder in SitePath.stableFolders { findings += stableCopy(of: folder, in: url, latest: numbers.last) }
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
                throw CommandFailure(
                    message: context.say(
                        "\(problems) problemas; \(valid) archivos válidos", "\(problems) problems; \(valid) files valid"))
            }
            print(context.say("Todo válido: \(valid) archivo(s).", "All valid: \(valid) file(s)."))
        }
    }

    private func verifyVersion(_ folder: URL, name: String, _ verifier: PublicationVerifier) throws -> [PublicationVerifier.Finding] {
        let manifest = Array(try Data(contentsOf: folder.appendingPathComponent(PublicationManifest.fileName)))
        let signatureText =
            (try? String(contentsOf: folder.appendingPathComponent(PublicationManifest.signatureFileName), encoding: .utf8)) ?? ""
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

    /// The receipts' pages and the feeds at the site's root (their stable addresses) must be the latest publication's,
    /// byte for byte: a file changed or added there is named, as is one of the latest publication missing there.
    private func stableCopy(of stable: String, in site: URL, latest: Int?) -> [PublicationVerifier.Finding] {
        let folder = site.appendingPathComponent(stable)
        /// Every file under the folder, by its path inside it ("ab/cdef….html").
        func files(_ root: URL) -> Set<String> {
            var found: Set<String> = []
            let base = root.standardizedFileURL.path + "/"
            guard let walk = FileManager.default.enumerator(at: root, includingPropertiesForKeys: [.isRegularFileKey]) else { return [] }
            for case let file as URL in walk where (try? file.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true {
                found.insert(file.standardizedFileURL.path.replacingOccurrences(of: base, with: ""))
            }
            return found
        }
        let names = files(folder)
        let published = latest.map { site.appendingPathComponent("versions/\($0)/\(stable)") }
        let expected = published.map(files) ?? []
        var findings: [PublicationVerifier.Finding] = []
        for name in names.union(expected).sorted() {
            let path = "\(stable)/\(name)"
            guard expected.contains(name), let published else {
                findings.append(.altered(file: path, why: "not a file of the latest signed publication"))
                continue
            }
            guard names.contains(name) else {
                findings.append(.missingFile(file: path))
                continue
            }
            if FileManager.default.contents(atPath: folder.appendingPathComponent(name).path)
                != FileManager.default.contents(atPath: published.appendingPathComponent(name).path)
            {
                findings.append(.altered(file: path, why: "differs from the latest signed publication's copy"))
            }
        }
        return findings
    }

    /// Every publication the site should hold and does not: a gap in the numbers, one an later manifest lists as
    /// earlier, or one the front page links to.
    private func missingPublications(numbers: [Int], manifests: [PublicationManifest], site: URL) -> [PublicationVerifier.Finding] {
        var expected = Set(numbers.last.map { Array(1...max(1, $0)) } ?? [])
        for manifest in manifests { for head in manifest.earlierHeads { expected.insert(head.publication) } }
        if let front = try? String(contentsOf: site.appendingPathComponent("index.html"), encoding: .utf8) {
            for match in front.matches(of: /href="versions\/([0-9]+)\//) { if let number = Int(match.1) { expected.insert(number) } }
        }
        return expected.subtracting(numbers).sorted().map { .missingFile(file: "versions/\($0)") }
    }

    /// The site's own files outside `versions/`: the front page (unsigned: it only lists the publications), the key
    /// list and the key files, which must be the keys the list names (not checked against a --trusted-key). Anything
    /// else was added to the site.
    private func outsideVersions(_ site: URL, keys: KeyList?) -> [PublicationVerifier.Finding] {
        var findings: [PublicationVerifier.Finding] = []
        let names = (try? FileManager.default.contentsOfDirectory(atPath: site.path)) ?? []
        let siteFiles = ["index.html", KeyList.fileName, "keys", "versions"] + Language.allCases.map(SitePath.publicationsFeed)
        for name in names.sorted() where !(siteFiles + SitePath.stableFolders).contains(name) {
            findings.append(.altered(file: name, why: "not part of any signed publication"))
        }
        guard let keys else { return findings }
        let listed = Set(keys.keys.map { $0.fingerprint.replacingOccurrences(of: " ", with: "") + ".pub" })
        for name in ((try? FileManager.default.contentsOfDirectory(atPath: site.appendingPathComponent("keys").path)) ?? []).sorted() {
            let text = try? String(contentsOf: site.appendingPathComponent("keys/\(name)"), encoding: .utf8)
            guard let text, let key = try? PublicIdentity(fileText: text), listed.contains(name), keys.contains(key.publicKey),
                key.fingerprint.replacingOccurrences(of: " ", with: "") + ".pub" == name
            else {
                findings.append(.altered(file: "keys/\(name)", why: "not a key the site's keys.json lists"))
                continue
            }
        }
        return findings
    }

    /// --trusted-key, or the keys.json of the site the path is in (looking up from it), or none. A whole site whose
    /// keys.json is missing or cannot be read is refused: its signers could not be checked (a site signed with another
    /// key would pass).
    private func trustedKeys(near url: URL, site: Bool, _ context: CommandContext) throws -> KeyList? {
        if let trustedKey {
            guard let text = try? String(contentsOfFile: trustedKey, encoding: .utf8) else {
                throw CommandFailure(message: context.say("\(trustedKey): no se puede leer", "\(trustedKey): cannot be read"))
            }
            return KeyList([try PublicIdentity(fileText: text)])
        }
        if site {
            let file = url.appendingPathComponent(KeyList.fileName)
            guard let data = try? Data(contentsOf: file), let list = try? JSONDecoder().decode(KeyList.self, from: data) else {
                throw CommandFailure(
                    message: context.say(
                        "\(file.path): falta o no se puede leer; sin la lista de llaves del sitio no se pueden revisar las firmas (o use --trusted-key)",
                        "\(file.path): missing or unreadable; without the site's key list the signers cannot be checked (or give --trusted-key)"
                    ))
            }
            return list
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
            return context.say(
                "válido      \(file) (publicación \(publication); \(who))", "valid       \(file) (publication \(publication); \(who))")
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
