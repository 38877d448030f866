/// An amount written out in words, as on a cheque: a second look at a figure typed with one zero too many reads
/// "doce mil quinientos cincuenta dólares" where "125.50" was meant.
public enum AmountInWords {
    public static func words(_ money: Money, in language: Language) -> String {
        let digits = money.currency.minorDigits
        var scale: UInt64 = 1
        for _ in 0..<digits { scale *= 10 }
        let magnitude = money.minorUnits.magnitude
        let whole = magnitude / scale
        let cents = magnitude % scale
        let sign = money.isNegative ? say(language, es: "menos ", en: "minus ") : ""
        let unit = currencyName(money.currency.code, plural: whole != 1, language)
        var text: String
        switch language {
        case .spanish: text = sign + spanish(whole, shortOne: true) + (whole % 1_000_000 == 0 && whole > 0 ? " de " : " ") + unit
        case .english: text = sign + english(whole) + " " + unit
        }
        if cents > 0 {
            text += say(language, es: " con \(spanish(cents, shortOne: true)) centavos", en: " and \(english(cents)) cents")
            if cents == 1 { text = String(text.dropLast()) }
        }
        return text
    }

    private static func currencyName(_ code: String, plural: Bool, _ language: Language) -> String {
        let names: [String: (es: (String, String), en: (String, String))] = [
            "USD": (("dólar", "dólares"), ("dollar", "dollars")),
            "MXN": (("peso", "pesos"), ("peso", "pesos")),
            "CAD": (("dólar canadiense", "dólares canadienses"), ("Canadian dollar", "Canadian dollars")),
            "EUR": (("euro", "euros"), ("euro", "euros")),
        ]
        guard let name = names[code] else { return code }
        let pair = say(language, es: name.es, en: name.en)
        return plural ? pair.1 : pair.0
    }

    // MARK: Spanish

    private static let spanishUnits = [
        "cero", "uno", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve", "diez", "once", "doce", "trece",
        "catorce", "quince", "dieciséis", "diecisiete", "dieciocho", "diecinueve", "veinte", "veintiuno", "veintidós",
        "veintitrés", "veinticuatro", "veinticinco", "veintiséis", "veintisiete", "veintiocho", "veintinueve",
    ]
    private static let spanishTens = ["", "", "", "treinta", "cuarenta", "cincuenta", "sesenta", "setenta", "ochenta", "noventa"]
    private static let spanishHundreds = [
        "", "ciento", "doscientos", "trescientos", "cuatrocientos", "quinientos", "seiscientos", "setecientos", "ochocientos",
        "novecientos",
    ]

    /// `shortOne`: "un" and "veintiún" before a noun ("un dólar", "veintiún mil"), "uno" when the number stands alone.
    static func spanish(_ number: UInt64, shortOne: Bool) -> String {
        // (size, one of it, several of it): "un millón", "dos millones"; "mil", "dos mil".
        let scales: [(UInt64, String, String)] = [
            (1_000_000_000_000, "un billón", "billones"), (1_000_000, "un millón", "millones"), (1000, "mil", "mil"),
        ]
        for (size, one, several) in scales where number >= size {
            let (high, low) = number.quotientAndRemainder(dividingBy: size)
            let head = high == 1 ? one : spanish(high, shortOne: true) + " " + several
            return low == 0 ? head : head + " " + spanish(low, shortOne: shortOne)
        }
        if number >= 100 {
            let (high, low) = number.quotientAndRemainder(dividingBy: 100)
            if low == 0 { return high == 1 ? "cien" : spanishHundreds[Int(high)] }
            return spanishHundreds[Int(high)] + " " + spanish(low, shortOne: shortOne)
        }
        if number < 30 {
            if shortOne && number == 1 { return "un" }
            if shortOne && number == 21 { return "veintiún" }
            return spanishUnits[Int(number)]
        }
        let (tens, units) = number.quotientAndRemainder(dividingBy: 10)
        if units == 0 { return spanishTens[Int(tens)] }
        return spanishTens[Int(tens)] + " y " + (shortOne && units == 1 ? "un" : spanishUnits[Int(units)])
    }

    // MARK: English

    private static let englishUnits = [
        "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen",
        "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen",
    ]
    private static let englishTens = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]

    static func english(_ number: UInt64) -> String {
        for (size, name) in [
            (UInt64(1_000_000_000_000), "trillion"), (1_000_000_000, "billion"), (1_000_000, "million"), (1000, "thousand"),
        ]
        where number >= size {
            let (high, low) = number.quotientAndRemainder(dividingBy: size)
            return english(high) + " " + name + (low == 0 ? "" : " " + english(low))
        }
        if number >= 100 {
            let (high, low) = number.quotientAndRemainder(dividingBy: 100)
            return englishUnits[Int(high)] + " hundred" + (low == 0 ? "" : " " + english(low))
        }
        if number < 20 { return englishUnits[Int(number)] }
        let (tens, units) = number.quotientAndRemainder(dividingBy: 10)
        return englishTens[Int(tens)] + (units == 0 ? "" : "-" + englishUnits[Int(units)])
    }
}
