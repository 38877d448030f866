@testable import CuentasRender
import Testing

/// Filling a text's places: each value as written, whatever it holds.
@Suite struct TranslationFormatTests {
    @Test func aValueThatLooksLikeAPlaceIsShownAsWritten() throws {
        let english = try Translation(language: .english, folder: CuentasRender.templatesFolder)
        let text = english.format("words.payment", "MX$250.00", "Pagos %2$@ y %1$@ SA", "1", "P-1")
        #expect(text == "payment of MX$250.00 to Pagos %2$@ y %1$@ SA, budget line 1 of project P-1")
    }

    @Test func placesWithoutAValueAndStrayPercentSignsStay() throws {
        let spanish = try Translation(language: .spanish, folder: CuentasRender.templatesFolder)
        #expect(spanish.format("words.reversal", "12") == "reversión del movimiento #12")
        #expect(spanish.format("words.reversal") == "reversión del movimiento #%1$@")
        #expect(spanish.format("app.secondLook", "a", "b", "10", "50", "c").hasPrefix("a (b) es más de 10 veces"))
    }
}
