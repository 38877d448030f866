import ArgumentParser
import CuentasCore
import CuentasIntegrity
import Foundation

struct KeyNewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "new", abstract: "Create an Ed25519 key pair: FILE (private, mode 0600) and FILE.pub (public).",
        discussion: """
            The private key never goes into the ledger or into anything published; keep FILE safe and give FILE.pub (or its
            fingerprint) to anyone who wants to check your publications.
            Example: cuentas key new --name "Tesorería Municipal de Santa Rosa de las Huertas" --out tesoreria.key
            """)

    @OptionGroup var global: GlobalOptions
    @Option(help: "Who signs with it.") var name: String
    @Option(help: "The private key file to create.") var out: String

    func run() throws {
        try global.perform { context in
            let signer = try OptionParsing.text(name, "--name")
            let publicPath = out + ".pub"
            for path in [out, publicPath] where FileManager.default.fileExists(atPath: path) {
                throw CommandFailure(
                    message: context.say(
                        "\(path) ya existe; no se sobrescribe una llave", "\(path) already exists; a key is never overwritten"))
            }
            let identity = SigningIdentity.generate(name: signer)
            // Created with mode 0600 from the start, so the private key is never readable by others, even briefly.
            guard
                FileManager.default.createFile(atPath: out, contents: Data(identity.fileText.utf8), attributes: [.posixPermissions: 0o600])
            else {
                throw CommandFailure(message: context.say("\(out): no se pudo escribir", "\(out): could not be written"))
            }
            guard
                FileManager.default.createFile(
                    atPath: publicPath, contents: Data(identity.publicIdentity.fileText.utf8), attributes: [.posixPermissions: 0o644])
            else {
                throw CommandFailure(message: context.say("\(publicPath): no se pudo escribir", "\(publicPath): could not be written"))
            }
            print(
                context.say(
                    "Llave creada para \(signer): \(out) (privada, solo para usted) y \(publicPath) (pública). Huella: \(identity.publicIdentity.fingerprint)",
                    "Key created for \(signer): \(out) (private, yours alone) and \(publicPath) (public). Fingerprint: \(identity.publicIdentity.fingerprint)"
                ))
        }
    }
}
