import Foundation

/// A Mustache template, parsed once: the subset the program's templates use (`{{name}}`, `{{{name}}}`, `{{&name}}`,
/// dotted names, `{{.}}`, sections `{{#name}}`, inverted sections `{{^name}}`, partials `{{> name}}`, comments `{{! }}`),
/// with the specification's standalone lines: a line holding only a section, partial or comment tag and white space
/// leaves nothing in the output, not even its line feed. Rendering gives the same text as swift-mustache did for these
/// templates (the golden pages are unchanged), several times faster.
struct Template: Sendable {
    indirect enum Node: Sendable {
        case text(String)
        case variable(name: Name, escaped: Bool)
        case section(name: Name, inverted: Bool, body: [Node])
        case partial(name: String)
    }

    /// A tag's name split at its dots once, when parsed: `.` is the top of the stack.
    struct Name: Sendable {
        let parts: [String]
        var isTop: Bool { parts.isEmpty }
        /// The name as a template spells it.
        var spelled: String { parts.isEmpty ? "." : parts.joined(separator: ".") }

        init(_ text: String) {
            parts = text == "." ? [] : text.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
        }
    }

    struct ParseError: Error, CustomStringConvertible {
        let line: Int
        let message: String
        var description: String { "line \(line): \(message)" }
    }

    let nodes: [Node]

    /// Limits: a template is at most 1 MiB and nests sections at most 32 deep.
    static let maximumBytes = 1 << 20
    static let maximumDepth = 32

    init(parsing source: String) throws(ParseError) {
        guard source.utf8.count <= Self.maximumBytes else { throw ParseError(line: 1, message: "template larger than 1 MiB") }
        let pieces = try Self.pieces(of: source)
        nodes = try Self.tree(from: Self.withoutStandaloneLines(pieces))
    }

    // MARK: Scanning

    /// A piece of the source: text (split after every line feed) or one tag.
    enum Piece {
        case text(Substring)
        case tag(Tag)
    }

    struct Tag {
        enum Kind { case variable, unescaped, section, inverted, close, partial, comment }
        let kind: Kind
        let name: String
        let line: Int
        var standaloneCapable: Bool { kind != .variable && kind != .unescaped }
    }

    static func pieces(of source: String) throws(ParseError) -> [Piece] {
        var pieces: [Piece] = []
        var rest = Substring(source)
        var line = 1
        func addText(_ text: Substring) {
            var remaining = text
            while let newline = remaining.firstIndex(of: "\n") {
                let after = remaining.index(after: newline)
                pieces.append(.text(remaining[..<after]))
                remaining = remaining[after...]
                line += 1
            }
            if !remaining.isEmpty { pieces.append(.text(remaining)) }
        }
        while let open = rest.range(of: "{{") {
            addText(rest[..<open.lowerBound])
            var inside = rest[open.upperBound...]
            let kind: Tag.Kind
            var closing = "}}"
            switch inside.first {
            case "{": kind = .unescaped; closing = "}}}"; inside = inside.dropFirst()
            case "&": kind = .unescaped; inside = inside.dropFirst()
            case "#": kind = .section; inside = inside.dropFirst()
            case "^": kind = .inverted; inside = inside.dropFirst()
            case "/": kind = .close; inside = inside.dropFirst()
            case ">": kind = .partial; inside = inside.dropFirst()
            case "!": kind = .comment; inside = inside.dropFirst()
            case "=": throw ParseError(line: line, message: "changing delimiters is not supported")
            default: kind = .variable
            }
            guard let end = inside.range(of: closing) else { throw ParseError(line: line, message: "unclosed tag") }
            let name = inside[..<end.lowerBound].trimmingCharacters(in: .whitespaces)
            if kind != .comment {
                guard !name.isEmpty, !name.contains(where: { $0 == "{" || $0 == "}" || $0 == "\n" }) else {
                    throw ParseError(line: line, message: "bad tag name \"\(name)\"")
                }
            }
            pieces.append(.tag(Tag(kind: kind, name: name, line: line)))
            line += inside[..<end.lowerBound].filter { $0 == "\n" }.count
            rest = inside[end.upperBound...]
        }
        addText(rest)
        return pieces
    }

    /// Drops the white space and line feed around standalone tags: a line whose only tag is a section, close, partial
    /// or comment tag and whose text is only spaces and tabs (and its line feed, or the end of the template).
    static func withoutStandaloneLines(_ pieces: [Piece]) throws(ParseError) -> [Piece] {
        var result: [Piece] = []
        var lineStart = 0
        var index = 0
        while index < pieces.count {
            // One line: up to and including a text piece that ends with a line feed, or to the end.
            var end = index
            while end < pieces.count {
                if case .text(let text) = pieces[end], text.last == "\n" { break }
                end += 1
            }
            let lineEnd = min(end, pieces.count - 1)
            let line = pieces[lineStart...lineEnd]
            let tags = line.compactMap { piece -> Tag? in if case .tag(let tag) = piece { return tag } else { return nil } }
            let blank = line.allSatisfy { piece in
                guard case .text(let text) = piece else { return true }
                return text.allSatisfy { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r\n" || $0 == "\r" }
            }
            if tags.count == 1, tags[0].standaloneCapable, blank {
                if tags[0].kind == .partial, case .text(let indentation)? = line.first, !indentation.isEmpty, indentation.last != "\n" {
                    throw ParseError(line: tags[0].line, message: "indented partials are not supported")
                }
                result.append(.tag(tags[0]))
            } else {
                result.append(contentsOf: line)
            }
            index = lineEnd + 1
            lineStart = index
        }
        return result
    }

    // MARK: Tree

    static func tree(from pieces: [Piece]) throws(ParseError) -> [Node] {
        var stack: [(tag: Tag?, nodes: [Node])] = [(nil, [])]
        for piece in pieces {
            switch piece {
            case .text(let text):
                if case .text(let previous)? = stack[stack.count - 1].nodes.last {
                    stack[stack.count - 1].nodes[stack[stack.count - 1].nodes.count - 1] = .text(previous + text)
                } else {
                    stack[stack.count - 1].nodes.append(.text(String(text)))
                }
            case .tag(let tag):
                switch tag.kind {
                case .variable: stack[stack.count - 1].nodes.append(.variable(name: Name(tag.name), escaped: true))
                case .unescaped: stack[stack.count - 1].nodes.append(.variable(name: Name(tag.name), escaped: false))
                case .partial: stack[stack.count - 1].nodes.append(.partial(name: tag.name))
                case .comment: break
                case .section, .inverted:
                    guard stack.count <= maximumDepth else { throw ParseError(line: tag.line, message: "sections nested too deep") }
                    stack.append((tag, []))
                case .close:
                    guard let open = stack.last?.tag, stack.count > 1 else {
                        throw ParseError(line: tag.line, message: "{{/\(tag.name)}} closes no section")
                    }
                    guard open.name == tag.name else {
                        throw ParseError(line: tag.line, message: "{{/\(tag.name)}} closes {{#\(open.name)}} of line \(open.line)")
                    }
                    let body = stack.removeLast().nodes
                    stack[stack.count - 1].nodes.append(.section(name: Name(open.name), inverted: open.kind == .inverted, body: body))
                }
            }
        }
        guard stack.count == 1 else {
            let open = stack.last!.tag!
            throw ParseError(line: open.line, message: "{{#\(open.name)}} is never closed")
        }
        return stack[0].nodes
    }
}
