/// Makes any text safe to hand to the HTML escaper and to an XML writer.
enum DisplayableText {
    static let replacement: Unicode.Scalar = "\u{FFFD}"
    static let wordJoiner: Unicode.Scalar = "\u{2060}"
    static let htmlSpecials: Set<Unicode.Scalar> = ["<", ">", "&", "\"", "'"]

    /// For HTML: control characters become U+FFFD, and a markup character that a combining mark would hide from the
    /// escaper (which works on whole characters: "<" followed by U+0301 is one character, not "<") is separated from
    /// the mark by an invisible word joiner, so it is escaped like any other.
    static func html(_ text: String) -> String {
        // Most texts need nothing: printable ASCII, or no control character and no mark after a markup character.
        needsChange(text) ? byCharacter(text) : text
    }

    /// `html` worked out character by character, for any text.
    static func byCharacter(_ text: String) -> String {
        var scalars = String.UnicodeScalarView()
        var previous: Unicode.Scalar?
        for scalar in text.unicodeScalars {
            if isDisallowed(scalar) {
                scalars.append(replacement)
                previous = replacement
                continue
            }
            if let previous, htmlSpecials.contains(previous), scalar.properties.generalCategory.isMark || scalar.properties.isGraphemeExtend
            {
                scalars.append(wordJoiner)
            }
            scalars.append(scalar)
            previous = scalar
        }
        return String(scalars)
    }

    /// Whether `html` would change the text, read byte by byte: a control character, U+FFFE or U+FFFF, or a markup
    /// character followed by anything not ASCII (which might be a mark; then the characters are looked at).
    private static func needsChange(_ text: String) -> Bool {
        var bytes = text.utf8.makeIterator()
        var previous: UInt8 = 0
        while let byte = bytes.next() {
            switch byte {
            case 0x09, 0x0A, 0x0D: break
            case 0x00..<0x20, 0x7F: return true
            case 0x80...:
                if previous == 0x3C || previous == 0x3E || previous == 0x26 || previous == 0x22 || previous == 0x27 {
                    return needsChangeByCharacter(text)
                }
                // U+FFFE and U+FFFF are EF BF BE and EF BF BF.
                if byte == 0xEF {
                    let second = bytes.next(), third = bytes.next()
                    if second == 0xBF, third == 0xBE || third == 0xBF { return true }
                    previous = third ?? 0
                    continue
                }
            default: break
            }
            previous = byte
        }
        return false
    }

    private static func needsChangeByCharacter(_ text: String) -> Bool {
        var previous: Unicode.Scalar?
        for scalar in text.unicodeScalars {
            if isDisallowed(scalar) { return true }
            if let previous, htmlSpecials.contains(previous), scalar.properties.generalCategory.isMark || scalar.properties.isGraphemeExtend
            {
                return true
            }
            previous = scalar
        }
        return false
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
