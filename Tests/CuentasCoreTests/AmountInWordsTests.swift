import CuentasCore
import Testing

/// Amounts written out as on a cheque, for the second look at an unusual figure.
@Suite struct AmountInWordsTests {
    private func usd(_ minorUnits: Int64) -> Money { Money(minorUnits: minorUnits, currency: .usDollar) }
    private func mxn(_ minorUnits: Int64) -> Money { Money(minorUnits: minorUnits, currency: .mexicanPeso) }

    @Test(
        arguments: [
            (1_255_000, "doce mil quinientos cincuenta dólares", "twelve thousand five hundred fifty dollars"),
            (12_550, "ciento veinticinco dólares con cincuenta centavos", "one hundred twenty-five dollars and fifty cents"),
            (100, "un dólar", "one dollar"),
            (2_100, "veintiún dólares", "twenty-one dollars"),
            (3_101, "treinta y un dólares con un centavo", "thirty-one dollars and one cent"),
            (10_000, "cien dólares", "one hundred dollars"),
            (2_100_000, "veintiún mil dólares", "twenty-one thousand dollars"),
            (100_000_000, "un millón de dólares", "one million dollars"),
            (
                71_574_800, "setecientos quince mil setecientos cuarenta y ocho dólares",
                "seven hundred fifteen thousand seven hundred forty-eight dollars"
            ),
            (250_000_000_00, "doscientos cincuenta millones de dólares", "two hundred fifty million dollars"),
            (50, "cero dólares con cincuenta centavos", "zero dollars and fifty cents"),
        ] as [(Int64, String, String)])
    func dollars(minorUnits: Int64, spanish: String, english: String) {
        #expect(AmountInWords.words(usd(minorUnits), in: .spanish) == spanish)
        #expect(AmountInWords.words(usd(minorUnits), in: .english) == english)
    }

    @Test func pesosAndTheLargestFigureTheLedgerKeeps() {
        #expect(AmountInWords.words(mxn(1_516_00), in: .spanish) == "mil quinientos dieciséis pesos")
        #expect(AmountInWords.words(mxn(Money.maximumMinorUnits), in: .spanish) == "un billón de pesos")
        #expect(AmountInWords.words(mxn(Money.maximumMinorUnits), in: .english) == "one trillion pesos")
    }

    @Test func aSecondLookOnlyBeyondTenTimesTheLargestInTheSameCurrency() {
        #expect(!UnusualAmount.needsSecondLook(usd(2_500_00), largestRecent: usd(250_00)))
        #expect(UnusualAmount.needsSecondLook(usd(2_500_01), largestRecent: usd(250_00)))
        #expect(!UnusualAmount.needsSecondLook(usd(1_000_000_00), largestRecent: nil))
        #expect(!UnusualAmount.needsSecondLook(usd(1_000_000_00), largestRecent: mxn(1_00)))
        #expect(!UnusualAmount.needsSecondLook(usd(Money.maximumMinorUnits), largestRecent: usd(Money.maximumMinorUnits / 10)))
    }
}
