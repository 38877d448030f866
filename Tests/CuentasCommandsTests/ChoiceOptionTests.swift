import Testing

/// Options with fixed choices are typed: any other value is refused by the parser, with the choices, in the person's
/// language; the help lists the choices.
@Suite struct ChoiceOptionTests {
    @Test func aValueOutsideTheChoicesIsRefusedWithThemInEitherLanguage() throws {
        let cli = try CLI()
        let spanish = try cli.run(["government", "add", "X", "--name", "Y", "--level", "county", "--lang", "es"])
        #expect(spanish.status != 0)
        #expect(spanish.errors.contains("--level: \"county\" no es válido; se espera uno de: federal, state, municipal"))
        let english = try cli.run(["project", "list", "--status", "nope", "--lang", "en"])
        #expect(english.status != 0)
        #expect(
            english.errors.contains(
                "--status: \"nope\" is not valid; expected one of: proposed, approved, rejected, in-execution, completed, closed, cancelled"
            ))
        let help = try cli.run(["import", "--help"])
        #expect(help.output.contains("dot, comma") && help.output.contains("deposits"))
    }
}
