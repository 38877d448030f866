/// Makes any text safe to hand to the HTML escaper and to an XML writer.
enum DisplayableText {
    static let replacement: Unicode.Scalar = "\u{FFFD}"
    static let wordJoiner: Unicode.Scalar = "\u{2060}"
    static let htmlSpecials: Set<Unicode.Scalar> = ["<", ">", "&", "\"", "'"]

    /// For HTML: control characters become U+FFFD, and a markup character that a combining mark would hide from the
    /// escaper (which works on whole characters: "<" followed by U+0301 is one character, not "<") is separated from
    /// the mark by an invisible word joiner, so it is escaped like any other.
    static func html(_ text: String) -> String {
        var scalars = String.UnicodeScalarView()
        var previous: Unicode.Scalar?
        for scalar in text.unicodeScalars {
            if isDisallowed(scalar) {
                scalars.append(replacement)
                previous = replacement
                continue
            }
            if let previous, htmlSpecials.contains(previous), scalar.properties.generalCategory.isMark || scalar.properties.isGraphemeExtend {
                scalars.append(wordJoiner)
            }
            scalars.append(scalar)
            previous = scalar
        }
        return String(scalars)
    }

    /// For XML 1.0: characters it cannot hold (controls other than tab, line feed and carriage return; U+FFFE, U+FFFF)
    /// become U+FFFD.
    static func xml(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: isDisallowed) else { return text }
        return String(String.UnicodeScalarView(text.unicodeScalars.map { isDisallowed($0) ? replacement : $0 }))
    }

    static func isDisallowed(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09, 0x0A, 0x0D: return false
        case 0x00..<0x20, 0x7F, 0xFFFE, 0xFFFF: return true
        default: return false
        }
    }
}

extension Unicode.GeneralCategory {
    var isMark: Bool { self == .nonspacingMark || self == .spacingMark || self == .enclosingMark }
}
