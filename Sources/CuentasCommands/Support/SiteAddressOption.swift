import CuentasRender

/// `--base-url`: the address the published site is served at, checked and ending in "/".
enum SiteAddressOption {
    static func parse(_ text: String?, _ context: CommandContext) throws(CommandFailure) -> String? {
        guard let text else { return nil }
        guard let address = SitePath.baseURL(text) else {
            throw CommandFailure(
                message: context.say(
                    "--base-url \"\(text)\": se espera una dirección http:// o https:// sin espacios, comillas, ? ni #, como https://cuentas.ejemplo.mx/",
                    "--base-url \"\(text)\": expected an http:// or https:// address without spaces, quotes, ? or #, like https://cuentas.example.org/"
                ))
        }
        return address
    }
}
